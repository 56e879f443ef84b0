import { estimateTravel, type TravelMode } from './geo/travel-time.js';

/**
 * The commute the ranking counts: the estimated door-to-door minutes by public transport between a person's home
 * municipality and the opening's (geo/travel-time.ts: straight-line distance between the municipalities' seats, a
 * detour factor, an average speed and a fixed overhead, for all 290 municipalities). An estimate, not a timetable:
 * the explanation says so ("uppskattad"). Null only for a municipality the geography does not know.
 */
export function commuteMinutes(fromMunicipalityId: string, toMunicipalityId: string, mode: TravelMode = 'PUBLIC_TRANSPORT'): number | null {
  return estimateTravel(fromMunicipalityId, toMunicipalityId, mode)?.minutes ?? null;
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
