/**
 * Points on the earth for near-me, the service circle and the map (issue 9 §4). Points are WGS-84
 * degrees; distances are great-circle (haversine) on a sphere of the earth's mean radius, which is
 * within 0.5 % of the ellipsoid: plenty for "within 3 km".
 */

/** Mean earth radius (IUGG), km. */
export const earthRadiusKm = 6371.0088;

/** The largest radius a near-me query takes, km (a province, not the country). */
export const maxRadiusKm = 200;

export interface Point {
  latitude: number;
  longitude: number;
}

/**
 * Why a point is not a point, or null: latitude within −90…90 and longitude within −180…180, both
 * finite. A latitude of 106 is someone's longitude (swapped), refused rather than answered with nothing.
 */
export function pointProblem(point: Point): { field: "latitude" | "longitude"; message: string } | null {
  if (!Number.isFinite(point.latitude) || point.latitude < -90 || point.latitude > 90) {
    return {
      field: "latitude",
      message: `纬度须在 -90 到 90 之间（收到 ${point.latitude}）；是否把经度和纬度填反了？`,
    };
  }
  if (!Number.isFinite(point.longitude) || point.longitude < -180 || point.longitude > 180) {
    return { field: "longitude", message: `经度须在 -180 到 180 之间（收到 ${point.longitude}）` };
  }
  return null;
}

/** Why a radius is not usable, or null: more than 0 and at most maxRadiusKm. */
export function radiusProblem(radiusKm: number): string | null {
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > maxRadiusKm) {
    return `半径须大于 0 且不超过 ${maxRadiusKm} 公里`;
  }
  return null;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, km (haversine). */
export function haversineKm(a: Point, b: Point): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLng = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * The latitude/longitude box that holds every point within `radiusKm` of `center`: the index
 * narrows to it, haversine decides. Longitude degrees shrink with the cosine of latitude; near a pole
 * (or a box crossing ±180°, which China never does) the box widens to every longitude.
 */
export function boundingBoxAround(center: Point, radiusKm: number): BoundingBox {
  const dLat = (radiusKm / earthRadiusKm) * (180 / Math.PI);
  const south = Math.max(-90, center.latitude - dLat);
  const north = Math.min(90, center.latitude + dLat);
  const widest = Math.max(Math.abs(south), Math.abs(north));
  const cos = Math.cos(toRadians(widest));
  const dLng = cos < 1e-6 ? 180 : (dLat / cos) * 1.0000001;
  const west = center.longitude - dLng;
  const east = center.longitude + dLng;
  if (dLng >= 180 || west < -180 || east > 180) return { south, north, west: -180, east: 180 };
  return { south, north, west, east };
}

/** The point `km` kilometres due north of `point` (tests and examples: "2 km north of 解放碑"). */
export function northOf(point: Point, km: number): Point {
  return { latitude: point.latitude + (km / earthRadiusKm) * (180 / Math.PI), longitude: point.longitude };
}
