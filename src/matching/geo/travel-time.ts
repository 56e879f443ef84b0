/**
 * A rough, documented estimate of door-to-door travel distance and time between two municipalities, per mode, from
 * straight-line distances between their seats (places.ts). These are planning estimates, not a journey planner: no
 * timetables, road network, congestion, ferries or time of day. Replace them with a travel planner's answers where one
 * is available. Long trips (beyond ~150 km) come out slower than in reality, because one average speed covers local
 * buses as well as trains and motorways; for commuting that does not matter, as such trips are far beyond any
 * commuting limit anyway.
 *
 * Model: km = straight-line km x detour factor; minutes = overhead + km / speed, rounded to whole minutes.
 * - Between municipalities, the straight line runs between the two seats.
 * - Within one municipality, it is the municipality's internal distance (internalKm).
 */
import { greatCircleKm, localitiesOf, municipalityPoint, type GeoPoint } from './places.js';

export type TravelMode = 'PUBLIC_TRANSPORT' | 'CAR' | 'BICYCLE';

/** How one mode turns a straight-line distance into a trip. */
export interface ModeProfile {
  /** Route length / straight-line length. */
  readonly detour: number;
  /** Average speed along the route, stops and changes included, km/h. */
  readonly kmPerHour: number;
  /** Fixed minutes per trip for walking to and from stops or the car, waiting and parking. */
  readonly overheadMinutes: number;
}

/**
 * The constants per mode. All are estimates, chosen as follows:
 * - PUBLIC_TRANSPORT: detour 1.3, 55 km/h, +10 min. Regional buses between towns average 45-60 km/h and regional
 *   trains 70-90 km/h; 10 minutes covers walking to the stop (~5) and half a typical headway of waiting. The suggested
 *   starting point (detour 1.4, 40 km/h, +12 min) gave 69 min for Trelleborg-Malmö (27 km apart; the Pågatåg takes
 *   ~35 min station to station) and averaged 27 min above the bus estimates of src/matching/commute.ts for the ten
 *   south-west Skåne municipalities; these values are still 6 min above them on average (root-mean-square difference
 *   12 min), erring on the slow side.
 * - CAR: detour 1.3, 65 km/h, +5 min. Swedish roads between towns are 1.2-1.4 times the straight line; 65 km/h
 *   averages 70-110 km/h roads with town streets; 5 minutes for walking to the car and parking.
 * - BICYCLE: detour 1.2, 15 km/h, +2 min. An ordinary bicycle at a commuter's pace with crossings (an e-bike does
 *   ~20 km/h); cycle paths follow roads, a little more directly than cars.
 */
export const MODE_PROFILES: Readonly<Record<TravelMode, ModeProfile>> = Object.freeze({
  PUBLIC_TRANSPORT: Object.freeze({ detour: 1.3, kmPerHour: 55, overheadMinutes: 10 }),
  CAR: Object.freeze({ detour: 1.3, kmPerHour: 65, overheadMinutes: 5 }),
  BICYCLE: Object.freeze({ detour: 1.2, kmPerHour: 15, overheadMinutes: 2 }),
});

/**
 * The internal distance of a municipality: how far apart, in a straight line, home and work typically are for someone
 * who lives and works in it. Taken as SHARE x the median straight-line distance from the seat to the municipality's
 * other localities, clamped to [MIN_KM, MAX_KM]; FALLBACK_KM when it has no other locality in geo/localities.csv.
 * - The median (not the mean or the farthest) ignores a single remote village.
 * - SHARE 0.5, because the median measures how spread the settlements are, not the people: most residents live in or
 *   near the seat, so a typical trip is shorter. For Trelleborg (median 11 km) this gives 5.6 km, 18 min by public
 *   transport, close to the 15 min commute.ts assumes.
 * - MIN_KM 3: even in a compact town home and work are rarely closer. MAX_KM 20: in the vast northern municipalities
 *   (Kiruna's median is 52 km) almost everyone lives in a few towns, so the median overstates a typical trip.
 * - FALLBACK_KM 5: the municipalities without other localities in the data are either small urban ones (Solna,
 *   Sundbyberg, Danderyd, ...) or ones whose people live almost all in the seat (Vilhelmina, Arjeplog, ...).
 */
export const INTERNAL_DISTANCE = Object.freeze({ SHARE: 0.5, MIN_KM: 3, MAX_KM: 20, FALLBACK_KM: 5 });

/** An estimated trip. */
export interface TravelEstimate {
  /** Estimated route length, km, one decimal. */
  readonly km: number;
  /** Estimated door-to-door minutes, whole minutes. */
  readonly minutes: number;
}

/** Turns a straight-line distance into route km and door-to-door minutes for `mode`. Pure. */
export function tripFromStraightKm(straightKm: number, mode: TravelMode): TravelEstimate {
  const { detour, kmPerHour, overheadMinutes } = MODE_PROFILES[mode];
  const routeKm = straightKm * detour;
  return { km: Math.round(routeKm * 10) / 10, minutes: Math.round(overheadMinutes + (routeKm / kmPerHour) * 60) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const internalKmCache = new Map<string, number>();

/** The internal straight-line distance (km) of the municipality with this JobTech concept id; null when unknown. */
export function internalKm(conceptId: string): number | null {
  const cached = internalKmCache.get(conceptId);
  if (cached !== undefined) return cached;
  const seat = municipalityPoint(conceptId);
  if (!seat) return null;
  const distances = localitiesOf(conceptId)
    .filter((l) => l.name !== seat.seatLocality)
    .map((l) => greatCircleKm(seat, l));
  const { SHARE, MIN_KM, MAX_KM, FALLBACK_KM } = INTERNAL_DISTANCE;
  const km = distances.length ? Math.min(MAX_KM, Math.max(MIN_KM, SHARE * median(distances))) : FALLBACK_KM;
  internalKmCache.set(conceptId, km);
  return km;
}

/** One end of a trip: a municipality (JobTech concept id) and, when known, a point in it (a locality, a post town). */
export interface TripEnd {
  readonly municipalityId: string;
  readonly point: GeoPoint | null;
}

/**
 * Estimated travel between two trip ends by `mode`: route km and door-to-door minutes. Symmetric.
 * - Both points known: the straight line between them, at least INTERNAL_DISTANCE.MIN_KM (two ends in one town).
 * - Otherwise within one municipality: its internal distance; between two: from each known point, else its seat.
 * Null when either municipality is not one of the 290.
 */
export function estimateTrip(from: TripEnd, to: TripEnd, mode: TravelMode): TravelEstimate | null {
  const a = municipalityPoint(from.municipalityId);
  const b = municipalityPoint(to.municipalityId);
  if (!a || !b) return null;
  let straightKm: number;
  if (from.point && to.point) straightKm = Math.max(greatCircleKm(from.point, to.point), INTERNAL_DISTANCE.MIN_KM);
  else if (a.conceptId === b.conceptId) straightKm = internalKm(a.conceptId)!;
  else straightKm = greatCircleKm(from.point ?? a, to.point ?? b);
  return tripFromStraightKm(straightKm, mode);
}

/** Estimated travel from one municipality to another (JobTech concept ids), seat to seat: {@link estimateTrip}. */
export function estimateTravel(fromMunicipality: string, toMunicipality: string, mode: TravelMode): TravelEstimate | null {
  return estimateTrip({ municipalityId: fromMunicipality, point: null }, { municipalityId: toMunicipality, point: null }, mode);
}
