/** The recruiter's sentence and each factor's detail, in Swedish, for the explained top of a ranking. */
import type { CandidatePool } from './candidate-pool.js';
import { LEVEL_ORDER, type Compiled } from './compiled.js';
import type { Explaining } from './factors/factor.js';
import type { RankOptions } from './ranking.types.js';
import { PROXIMITY } from './taxonomy-graph.js';

/** Rounds to a given number of decimals. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export interface Explained {
  /** Each factor's detail, in the order of FACTORS. */
  details: string[];
  sentence: string;
}

/** Every factor's detail for one (opening, candidate), and the sentence made of those that belong in it: only for the explained top. */
export function explain(c: Compiled, pool: CandidatePool, i: number, options: RankOptions): Explained {
  const x: Explaining = {
    candidate: pool.candidates[i],
    label: (id) => options.label?.(id) ?? id,
    // graph.occupationProximity(opening.occupationId, id), as compiled for the pool (the candidate's ids are interned)
    proximity: (id) => PROXIMITY[LEVEL_ORDER[c.occupationLevel[pool.occupationIds.get(id)]]],
  };
  const explained = c.factors.map((factor) => factor.explain(i, x));
  return {
    details: explained.map((e) => e.detail),
    sentence: explained
      .filter((e) => e.inSentence)
      .map((e) => e.detail)
      .join('; '),
  };
}
