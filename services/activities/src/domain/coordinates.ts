import gcoord from "gcoord";

/** How a point was given: GPS (WGS-84) or a Chinese commercial map (GCJ-02: AMap, Tencent). */
export type CoordinateSystem = "WGS84" | "GCJ02";

/**
 * A point as stored (WGS-84, degrees): points picked on a Chinese map arrive in GCJ-02 and are
 * converted here, at the edge (gcoord; WGS→GCJ-02 shifts 中国科技馆 by ~555 m, the round trip is
 * under 1 cm). Outside China GCJ-02 equals WGS-84, which gcoord applies. Inputs must already be in range.
 */
export function toWgs84(point: { latitude: number; longitude: number }, system: CoordinateSystem) {
  if (system === "WGS84") return point;
  const [longitude, latitude] = gcoord.transform([point.longitude, point.latitude], gcoord.GCJ02, gcoord.WGS84);
  return { latitude: Number(latitude.toFixed(7)), longitude: Number(longitude.toFixed(7)) };
}
