/**
 * Exposure of groups in rankings: pure arithmetic to monitor, after the fact, whether some group of people appears
 * in shortlists less often than its share of the candidates would suggest. The ranking never sees the groups (see
 * ranking.types.ts); this report is computed by whoever holds the richer records, e.g. for a yearly review.
 */

export interface GroupExposure {
  group: string;
  /** People of the group in the population. */
  population: number;
  /** population / all people. */
  populationShare: number;
  /** Appearances of the group's people across all top lists. */
  appearances: number;
  /** appearances / all appearances (0 when there are none). */
  exposureShare: number;
  /** exposureShare / populationShare: 1 = in proportion, < 1 under-exposed, > 1 over-exposed. */
  ratio: number;
}

export interface ExposureReport {
  /** One row per group present in the population, sorted by group. */
  groups: GroupExposure[];
  /** Number of top lists considered. */
  lists: number;
  /** Appearances of people in top lists who are in the population (each list position counts once). */
  appearances: number;
  /** Ids found in a top list but not in the population (counted nowhere else). */
  unmatched: number;
  /** Lowest ratio / highest ratio (1 when perfectly proportional; the "four-fifths rule" flags below 0.8). */
  disparity: number;
}

/**
 * How often each group appears in the top lists relative to its share of the population.
 *
 * @param rankings top lists of ids (e.g. each ranking's first 10 ids); only the first `topN` of each are counted
 * @param population the richer records of every person who could have been ranked
 * @param idOf the id a record is ranked under
 * @param groupOf the group of a record (sex, age band, country of birth ...), which the ranking never saw
 */
export function exposureReport<R>(
  rankings: ReadonlyArray<ReadonlyArray<string>>,
  population: readonly R[],
  idOf: (record: R) => string,
  groupOf: (record: R) => string,
  topN = 10,
): ExposureReport {
  const groupById = new Map<string, string>();
  const populationByGroup = new Map<string, number>();
  for (const record of population) {
    const group = groupOf(record);
    groupById.set(idOf(record), group);
    populationByGroup.set(group, (populationByGroup.get(group) ?? 0) + 1);
  }
  const appearancesByGroup = new Map<string, number>();
  let appearances = 0;
  let unmatched = 0;
  for (const list of rankings) {
    for (const id of list.slice(0, topN)) {
      const group = groupById.get(id);
      if (group === undefined) {
        unmatched++;
        continue;
      }
      appearances++;
      appearancesByGroup.set(group, (appearancesByGroup.get(group) ?? 0) + 1);
    }
  }
  const total = population.length;
  const groups = [...populationByGroup.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, count]): GroupExposure => {
      const populationShare = count / total;
      const seen = appearancesByGroup.get(group) ?? 0;
      const exposureShare = appearances === 0 ? 0 : seen / appearances;
      return { group, population: count, populationShare, appearances: seen, exposureShare, ratio: exposureShare / populationShare };
    });
  const ratios = groups.map((g) => g.ratio);
  const max = ratios.length ? Math.max(...ratios) : 0;
  const disparity = max === 0 ? 1 : Math.min(...ratios) / max;
  return { groups, lists: rankings.length, appearances, unmatched, disparity };
}
