/**
 * Estimated travel time by bus (Skånetrafiken's regional buses; the Pågatåg where a bus journey would normally use
 * it) between the centres of Trelleborg, Svedala and their neighbouring municipalities. These are planning
 * estimates rounded to 5 minutes, typical weekday daytime including a change where one is usual, not a timetable:
 * replace the table with the travel planner's answers when an integration exists. Same municipality: ~15 min.
 * Pairs outside the table (any municipality not listed) return null: "unknown", which the ranking treats neutrally.
 */

/** JobTech municipality concept ids (taxonomy/jobtech/municipalities.json). */
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

/** Minutes within one municipality (home to workplace, local bus). */
export const SAME_MUNICIPALITY_MINUTES = 15;

const M = MUNICIPALITY;

/** Symmetric estimates, minutes, one row per unordered pair. */
export const COMMUTE_TABLE: ReadonlyArray<readonly [string, string, number]> = [
  [M.Trelleborg, M.Svedala, 40],
  [M.Trelleborg, M.Vellinge, 25],
  [M.Trelleborg, M.Skurup, 45],
  [M.Trelleborg, M.Malmo, 40],
  [M.Trelleborg, M.Lund, 60],
  [M.Trelleborg, M.Staffanstorp, 55],
  [M.Trelleborg, M.Ystad, 70],
  [M.Trelleborg, M.Burlov, 55],
  [M.Trelleborg, M.Sjobo, 75],
  [M.Svedala, M.Vellinge, 40],
  [M.Svedala, M.Skurup, 20],
  [M.Svedala, M.Malmo, 25],
  [M.Svedala, M.Lund, 35],
  [M.Svedala, M.Staffanstorp, 30],
  [M.Svedala, M.Ystad, 35],
  [M.Svedala, M.Burlov, 35],
  [M.Svedala, M.Sjobo, 35],
  [M.Vellinge, M.Skurup, 60],
  [M.Vellinge, M.Malmo, 25],
  [M.Vellinge, M.Lund, 50],
  [M.Vellinge, M.Staffanstorp, 50],
  [M.Vellinge, M.Ystad, 80],
  [M.Vellinge, M.Burlov, 40],
  [M.Vellinge, M.Sjobo, 80],
  [M.Skurup, M.Malmo, 30],
  [M.Skurup, M.Lund, 45],
  [M.Skurup, M.Staffanstorp, 50],
  [M.Skurup, M.Ystad, 20],
  [M.Skurup, M.Burlov, 45],
  [M.Skurup, M.Sjobo, 35],
  [M.Malmo, M.Lund, 25],
  [M.Malmo, M.Staffanstorp, 25],
  [M.Malmo, M.Ystad, 50],
  [M.Malmo, M.Burlov, 15],
  [M.Malmo, M.Sjobo, 60],
  [M.Lund, M.Staffanstorp, 20],
  [M.Lund, M.Ystad, 55],
  [M.Lund, M.Burlov, 15],
  [M.Lund, M.Sjobo, 45],
  [M.Staffanstorp, M.Ystad, 70],
  [M.Staffanstorp, M.Burlov, 25],
  [M.Staffanstorp, M.Sjobo, 45],
  [M.Ystad, M.Burlov, 65],
  [M.Ystad, M.Sjobo, 30],
  [M.Burlov, M.Sjobo, 70],
];

const KNOWN = new Set<string>(Object.values(MUNICIPALITY));
const MINUTES = new Map<string, number>();
for (const [a, b, minutes] of COMMUTE_TABLE) {
  MINUTES.set(`${a}|${b}`, minutes);
  MINUTES.set(`${b}|${a}`, minutes);
}

/** Estimated bus minutes from one municipality to another (symmetric); null when the pair is not in the table. */
export function commuteMinutes(fromMunicipalityId: string, toMunicipalityId: string): number | null {
  if (fromMunicipalityId === toMunicipalityId) return KNOWN.has(fromMunicipalityId) ? SAME_MUNICIPALITY_MINUTES : null;
  return MINUTES.get(`${fromMunicipalityId}|${toMunicipalityId}`) ?? null;
}
