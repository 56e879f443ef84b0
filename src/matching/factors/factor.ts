/**
 * What a ranking factor is. Each factor has one file in this folder, and that file is the whole of it: its name, its
 * side and weight, and, for an opening compiled against a pool, how it scores a person (0..1), the most it can give
 * anyone in a step of the bounded visiting, and its explanation in Swedish. The score a person gets, the bound the
 * visiting prunes by and the contributions a recruiter reads are all computed from that one definition
 * (compiled.ts `evaluate`, visitor.ts, explain.ts), so they cannot disagree; score.property.spec.ts checks it for random
 * people, openings and weights.
 */
import type { CandidatePool } from '../candidate-pool.js';
import type { Compiled } from '../compiled.js';
import type { FactorName, RankableCandidate } from '../ranking.types.js';
import type { Proximity } from '../taxonomy-graph.js';

/** The value of a factor with nothing to judge (an opening that lists no skills, or belongs to no sector). */
export const NEUTRAL = 0.5;

/**
 * Who a step of the bounded visiting holds (visitor.ts): people whose best occupation proximity, over the occupations
 * they have worked in and those they want, is at most `proximity`, and who hold one of the opening's skills or not.
 */
export interface Step {
  proximity: number;
  skilled: boolean;
}

/** What an explanation may read about one person. */
export interface Explaining {
  candidate: RankableCandidate;
  /** A taxonomy concept's Swedish label (the id when none is known). */
  label(id: string): string;
  /** How close an occupation is to the opening's, as compiled for this ranking. */
  proximity(occupationId: string): Proximity;
}

export interface Explanation {
  /** The factor's detail, shown beside its points. */
  detail: string;
  /** Whether the detail is also part of the recruiter's one-sentence summary. */
  inSentence: boolean;
}

/** A factor compiled for one opening against one pool. */
export interface ScoringFactor {
  /** Pool candidate i's value, 0..1. Allocates nothing: it runs for every person scored. */
  value(i: number): number;
  /** The most value() gives anyone in `step`; the visiting skips whoever cannot reach the top under it. */
  bound(step: Step): number;
  /**
   * value() is a load or two, so the visiting adds each person's own value, rather than the step's bound, before
   * deciding whether to score them.
   */
  readonly cheap: boolean;
  explain(i: number, x: Explaining): Explanation;
}

export interface FactorDefinition {
  readonly name: FactorName;
  /** Whose interest it measures: what the work needs, or what the person wants (rank.ts, "Reciprocity"). */
  readonly side: 'employer' | 'person';
  /** Its points out of 100 (chosen by `npm run bench:calibrate`, see weights.ts). */
  readonly weight: number;
  compile(c: Compiled, pool: CandidatePool): ScoringFactor;
}

/** The highest proximity among the values of one of the pool's per-person lists (experience, wishes) for person i. */
export function bestProximity(proximity: Float64Array, start: Uint32Array, values: Int32Array, i: number): number {
  let best = 0;
  for (let j = start[i], e = start[i + 1]; j < e; j++) {
    const p = proximity[values[j]];
    if (p > best) best = p;
  }
  return best;
}

/** Whether one of the pool's per-person lists holds `id` for person i. */
export function listHolds(start: Uint32Array, values: Int32Array, i: number, id: number): boolean {
  for (let j = start[i], e = start[i + 1]; j < e; j++) if (values[j] === id) return true;
  return false;
}

const MAX_LISTED = 5;

/** Names joined with commas, the first five and "m.fl." beyond them. */
export function listNames(names: string[]): string {
  return names.length <= MAX_LISTED ? names.join(', ') : `${names.slice(0, MAX_LISTED).join(', ')} m.fl.`;
}

/** Years with one decimal and a decimal comma. */
export function formatYears(years: number): string {
  return `${Math.round(years * 10) / 10} år`.replace('.', ',');
}
