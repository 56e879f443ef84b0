import type { OpeningKind, TravelModeValue } from './ranking.types.js';
import { localityPoint, postalCodePoint } from './geo/places.js';
import { estimateTravel, estimateTrip, type TripEnd } from './geo/travel-time.js';

/**
 * The travel modes in the order the ranking indexes its commute tables by (pool.homeMode = home × 3 + this index).
 */
export const TRAVEL_MODES: readonly TravelModeValue[] = ['PUBLIC_TRANSPORT', 'CAR', 'BICYCLE'];

/**
 * The commute the ranking counts: the estimated door-to-door minutes by the person's travel mode between their home
 * municipality and the opening's (geo/travel-time.ts: straight-line distance between the municipalities' seats, a
 * detour factor, an average speed and a fixed overhead, for all 290 municipalities). An estimate, not a timetable:
 * the explanation says so ("uppskattad"). Null only for a municipality the geography does not know.
 */
export function commuteMinutes(fromMunicipalityId: string, toMunicipalityId: string, mode: TravelModeValue = 'PUBLIC_TRANSPORT'): number | null {
  return estimateTravel(fromMunicipalityId, toMunicipalityId, mode)?.minutes ?? null;
}

/** Where a person's commute starts: their home municipality, at the locality (tätort) they live in when it is known. */
export function homeOf(person: { homeMunicipalityId: string; homeArea: string | null }): TripEnd {
  return { municipalityId: person.homeMunicipalityId, point: localityPoint(person.homeMunicipalityId, person.homeArea) };
}

/** Where an opening's commute ends: its municipality, at its postal code's post town when the code is known there. */
export function workplaceOf(opening: { municipalityId: string; postalCode: string | null }): TripEnd {
  return { municipalityId: opening.municipalityId, point: postalCodePoint(opening.municipalityId, opening.postalCode) };
}

/** The estimated door-to-door minutes between two trip ends by `mode`; null when a municipality is unknown. */
export function commuteBetween(from: TripEnd, to: TripEnd, mode: TravelModeValue): number | null {
  return estimateTrip(from, to, mode)?.minutes ?? null;
}

/** The shortest and longest commute limit, in minutes one way, a person or an opening may state. */
export const COMMUTE_LIMIT_RANGE = Object.freeze({ MIN: 10, MAX: 180 });

/**
 * The longest commute, in minutes one way, an opening accepts when it states none. Brygga's defaults, not a rule of
 * law: a job is worth an hour's trip each way, which is about where regional commuting in Skåne ends; an internship
 * or workplace learning pays no wage to make up for the travel and is often combined with SFI the same day, so 45
 * minutes. A recruiter sets another limit on the opening when the work warrants it.
 */
export const DEFAULT_COMMUTE_LIMIT_MINUTES: Readonly<Record<OpeningKind, number>> = Object.freeze({
  JOB_UNSUBSIDISED: 60,
  JOB_SUBSIDISED: 60,
  INTERNSHIP: 45,
  SFI_WORKPLACE_LEARNING: 45,
});

/** The commute limit an opening applies: its own, or the default for its kind. */
export function commuteLimitOf(opening: { kind: OpeningKind; maxCommuteMinutes: number | null }): number {
  return opening.maxCommuteMinutes ?? DEFAULT_COMMUTE_LIMIT_MINUTES[opening.kind];
}

const BY_MODE_SV: Readonly<Record<TravelModeValue, string>> = {
  PUBLIC_TRANSPORT: 'med kollektivtrafik',
  CAR: 'med bil',
  BICYCLE: 'med cykel',
};

/** The commute as an explanation states it: "cirka 35 min med bil (uppskattad)", or "restid okänd". */
export function commuteText(minutes: number | null, mode: TravelModeValue): string {
  return minutes === null ? 'restid okänd' : `cirka ${minutes} min ${BY_MODE_SV[mode]} (uppskattad)`;
}

/**
 * Why a person is not a ranked match for an opening beyond their commute limit: the opening's limit, or the person's
 * own when it is lower (the one that bites is named).
 */
export function commuteTooLongReason(minutes: number, mode: TravelModeValue, openingLimit: number | null, personLimit: number | null): string {
  const personBites = personLimit !== null && (openingLimit === null || personLimit < openingLimit);
  const limit = personBites ? `personen reser högst ${personLimit} min` : `tjänsten godtar högst ${openingLimit} min`;
  return `För lång resväg (ca ${minutes} min ${BY_MODE_SV[mode]}; ${limit})`;
}

/** JobTech municipality concept ids (taxonomy/jobtech/municipalities.json) of the demo's and the specs' region. */
export const MUNICIPALITY = {
  Trelleborg: 'STvk_dra_M1X',
  Svedala: 'n6r4_fjK_kRr',
  Vellinge: 'Tcog_5sH_b46',
  Skurup: 'oezL_78x_r89',
  Malmo: 'oYPt_yRA_Smm',
  Lund: 'muSY_tsR_vDZ',
  Staffanstorp: 'vBrj_bov_KEX',
  Ystad: 'hdYk_hnP_uju',
  Burlov: '64g5_Lio_aMU',
  Sjobo: 'P3Cs_1ZP_9XB',
} as const;

export type MunicipalityName = keyof typeof MUNICIPALITY;
