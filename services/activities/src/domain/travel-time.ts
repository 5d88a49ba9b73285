/**
 * The 30-minute science service circle (30分钟科普服务圈, issue 9 §4): what a person can reach in a
 * given time by walking, cycling, public transport or car. A `TravelTimeModel` answers "how far, in a
 * straight line, does this many minutes take you": the service then searches within that radius and
 * orders by distance. A real routing service (Valhalla, GraphHopper, openrouteservice isochrones) can
 * replace the model by implementing the same interface; the public graph only sees the mode, the
 * minutes, the radius used and the model's description.
 */

export type TravelMode = "WALK" | "CYCLE" | "TRANSIT" | "CAR";

export const travelModes: readonly TravelMode[] = ["WALK", "CYCLE", "TRANSIT", "CAR"];

/** The longest trip a circle takes, minutes. */
export const maxTravelMinutes = 120;

/** How far a trip of some minutes by some mode reaches, as the crow flies. */
export interface TravelTimeModel {
  /** A short description of the model and its source, shown to people with the circle. */
  readonly description: string;
  /**
   * The straight-line distance (km) reachable from a point in `minutes` by `mode`; 0 when the
   * fixed overhead already takes the whole time. An isochrone service would return a polygon instead;
   * a radius is what the straight-line model can honestly give.
   */
  reachKm(mode: TravelMode, minutes: number): number;
}

/** The figures of one mode in the straight-line model. */
export interface ModeFigures {
  /** Average door-to-door moving speed, km/h. */
  speedKmh: number;
  /** Minutes lost before moving: unlocking a bike, walking to and waiting at a stop, parking. */
  overheadMinutes: number;
  /** Road distance ÷ straight-line distance in a Chinese city's street grid. */
  detourFactor: number;
}

/**
 * The default model's figures, per mode. Radius = (minutes − overhead) × speed ÷ detour factor, so
 * 30 minutes reach about 1.7 km walking, 4.3 km cycling, 4.3 km by bus or metro and 7.7 km by car.
 *
 * Sources: walking 4.5 km/h is the usual pedestrian planning speed (urban design guides put it at
 * 4–5 km/h; 1.2–1.4 m/s); cycling 12 km/h with 2 minutes to unlock or park a shared bike is the
 * average shared-bike trip speed reported for Chinese cities; public transport 18 km/h door to door
 * with 10 minutes of walking to and waiting at the stop reflects bus speeds of 15–20 km/h in large
 * Chinese cities (metro is faster, buses in the centre slower); car 25 km/h with 5 minutes to reach
 * and park the car is the peak-hour average speed China's big-city traffic reports give for centres
 * (20–30 km/h). Detour factors of 1.3–1.4 are the circuity commonly measured for urban street grids.
 * They are planning approximations, not routes: a river without a bridge or a missing metro line is
 * not seen. Replace the model with a routing service where that matters.
 */
export const straightLineFigures: Readonly<Record<TravelMode, ModeFigures>> = {
  WALK: { speedKmh: 4.5, overheadMinutes: 0, detourFactor: 1.3 },
  CYCLE: { speedKmh: 12, overheadMinutes: 2, detourFactor: 1.3 },
  TRANSIT: { speedKmh: 18, overheadMinutes: 10, detourFactor: 1.4 },
  CAR: { speedKmh: 25, overheadMinutes: 5, detourFactor: 1.35 },
};

/**
 * The default travel-time model: a straight-line radius per mode from an average speed, a fixed
 * overhead and a detour factor (figures and their sources: `straightLineFigures`). No network, no
 * data: it answers instantly and the same everywhere.
 */
export function straightLineTravelModel(
  figures: Readonly<Record<TravelMode, ModeFigures>> = straightLineFigures,
): TravelTimeModel {
  return {
    description:
      "直线距离估算：可达半径 =（时间 − 出发准备）× 平均速度 ÷ 绕行系数（步行 4.5 km/h、骑行 12 km/h、公交 18 km/h、驾车 25 km/h）",
    reachKm(mode, minutes) {
      const { speedKmh, overheadMinutes, detourFactor } = figures[mode];
      const moving = Math.max(0, minutes - overheadMinutes);
      return Math.round(((moving / 60) * speedKmh * 1000) / detourFactor) / 1000;
    },
  };
}

/** Why a trip length is not usable, or null: 1 to maxTravelMinutes whole minutes. */
export function minutesProblem(minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxTravelMinutes) {
    return `出行时间须为 1 到 ${maxTravelMinutes} 分钟之间的整数`;
  }
  return null;
}
