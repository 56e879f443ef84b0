import { describe, expect, it } from '@jest/globals';
import { prepareCandidates } from './candidate-pool.js';
import { graph, label, prng, randomWorld, TODAY } from './matching.fixtures.js';
import { rankCandidates, WEIGHTS } from './rank.js';
import type { FactorName, RankOptions } from './ranking.types.js';

/** Properties over random people, openings and weights: what is explained is what is scored, and pruning loses no one. */
describe('score, explanation and pruning agree', () => {
  const { people, openings } = randomWorld(2027, 1500, 30);
  const pool = prepareCandidates(people);
  const random = prng(99);
  const randomWeights = (): Record<FactorName, number> =>
    Object.fromEntries(WEIGHTS.map((w) => [w.name, Math.round(random() * 40)])) as Record<FactorName, number>;
  const weightSets = [undefined, ...Array.from({ length: 6 }, randomWeights)];

  it.each(weightSets.map((w, k) => [k, w] as const))('weights #%i: the explained contributions add up to the score', (_k, weights) => {
    for (const o of openings) {
      const result = rankCandidates(o, pool, graph, { limit: 20, explainTop: 20, today: TODAY, label, weights });
      for (const r of result.ranked) {
        const sum = r.factors.reduce((a, f) => a + f.contribution, 0);
        // contributions are rounded to 0.01 each (nine of them), the score to 0.1
        expect(Math.abs(sum - r.score)).toBeLessThanOrEqual(0.1);
        for (const f of r.factors) {
          expect(f.contribution).toBeGreaterThanOrEqual(0);
          expect(f.contribution).toBeLessThanOrEqual(f.weight + 1e-9);
          expect(f.detail.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it.each(weightSets.map((w, k) => [k, w] as const))('weights #%i: the pruned top and near misses equal scoring everyone', (_k, weights) => {
    const options: RankOptions = { limit: 10, nearMissLimit: 5, explainTop: 0, today: TODAY, weights };
    for (const o of openings) {
      const everyone = rankCandidates(o, pool, graph, { ...options, limit: people.length, nearMissLimit: people.length });
      const pruned = rankCandidates(o, pool, graph, options);
      expect(pruned.ranked.map((r) => [r.id, r.score])).toEqual(everyone.ranked.slice(0, 10).map((r) => [r.id, r.score]));
      expect(pruned.nearMisses).toEqual(everyone.nearMisses.slice(0, 5));
    }
  });
});
