import { describe, expect, it } from '@jest/globals';
import { COMPACT_MIN, LivePool } from './live-pool.js';
import { graph, label, randomWorld, TODAY } from './matching.fixtures.js';
import { rankCandidates } from './rank.js';
import type { RankingResult, RankOptions } from './ranking.types.js';

const options: RankOptions = { limit: 15, nearMissLimit: 10, explainTop: 5, today: TODAY, label };

/** A result with the excluded listed, comparable with toEqual; excluded as a set (the two list in different orders). */
function materialised(result: RankingResult) {
  return { ...result, listExcluded: result.listExcluded().sort((a, b) => a.id.localeCompare(b.id)) };
}

describe('LivePool: patched instead of rebuilt, ranking as a fresh pool would', () => {
  it('ranks exactly as a pool prepared from its current people, through a sequence of changes', () => {
    const world = randomWorld(4711, 1500, 12);
    const live = new LivePool(world.people);
    let current = new Map(world.people.map((p) => [p.id, p]));
    let next = world.people.length;
    for (let round = 0; round < 6; round++) {
      // change some people, add some, remove some (including people changed in an earlier round)
      const ids = [...current.keys()];
      const changed = Array.from({ length: 40 }, () => world.person(world.pick(ids)));
      const added = Array.from({ length: 10 }, () => world.person(`new-${next++}`));
      const removed = Array.from({ length: 15 }, () => world.pick(ids)).filter((id) => !changed.some((c) => c.id === id));
      live.apply([...changed, ...added], [...removed, 'never-there']);
      current = new Map(current);
      for (const c of [...changed, ...added]) current.set(c.id, c);
      for (const id of removed) current.delete(id);

      expect(live.size).toBe(current.size);
      for (const opening of world.openings) {
        const expected = rankCandidates(opening, [...current.values()], graph, options);
        expect(materialised(live.rank(opening, graph, options))).toEqual(materialised(expected));
      }
    }
    expect(live.stats.compactions).toBe(0);
    expect(live.stats.delta).toBeGreaterThan(0);
  });

  it('pages the excluded across both pools without repeating anyone', () => {
    const world = randomWorld(99, 800, 3);
    const live = new LivePool(world.people);
    live.apply(world.people.slice(0, 100).map((p) => world.person(p.id)), []);
    const result = live.rank(world.openings[0], graph, options);
    const all = result.listExcluded();
    expect(all).toHaveLength(result.excludedCount);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const page of [0, 1, 7, all.length - 1, all.length + 5]) expect(result.listExcluded(page)).toEqual(all.slice(0, page));
  });

  it('compacts the changes into a new base once they outgrow their share, and still ranks the same', () => {
    const world = randomWorld(7, 2000, 4);
    const live = new LivePool(world.people);
    const changed = world.people.slice(0, COMPACT_MIN + 1).map((p) => world.person(p.id));
    live.apply(changed, []);
    expect(live.stats).toEqual({ base: 2000, retired: 0, delta: 0, compactions: 1 });
    const current = [...changed, ...world.people.slice(COMPACT_MIN + 1)];
    for (const opening of world.openings) {
      expect(materialised(live.rank(opening, graph, options))).toEqual(materialised(rankCandidates(opening, current, graph, options)));
    }
  });

  it('keeps explanations for the first explainTop of the merged list only', () => {
    const world = randomWorld(12, 600, 2);
    const live = new LivePool(world.people);
    live.apply(world.people.slice(0, 200).map((p) => world.person(p.id)), []);
    const { ranked } = live.rank(world.openings[1], graph, options);
    expect(ranked.slice(0, options.explainTop).every((r) => r.explanation !== '')).toBe(true);
    expect(ranked.slice(options.explainTop).every((r) => r.explanation === '' && r.factors.every((f) => f.detail === ''))).toBe(true);
  });
});
