import type { CandidatePool } from './candidate-pool.js';
import { evaluate, LEVEL_VALUE, NO_LEVEL, type Compiled } from './compiled.js';
import type { ScoringFactor, Step } from './factors/factor.js';
import { tailBits } from './requirements/hard-requirements.js';
import { NOTHING_ENTERS, tenths, type TopK } from './top-k.js';

/** Where a Visitor step takes its candidates from. */
const LEVEL_WITH_SKILLS = 0;
const LEVEL_WITHOUT_SKILLS = 1;
const SKILLS = 2;
const ALL = 3;

/**
 * Visits candidates best-bound first and offers each to the heap it belongs to (eligible: `top`; failing exactly one
 * requirement: `near`), stopping as soon as no candidate left can enter either heap.
 *
 * Every candidate belongs to one step: its best proximity level over the occupations it holds in experience or
 * wishes (0 same occupation ... 4 same field, from the occupation postings) and whether it holds one of the opening's
 * skills (from the skill postings); candidates with no related occupation form a "skills only" step and a last
 * "everyone else" step. A step's bound is the best score its members could have: the sum of each factor's weight times
 * its own bound for the step (factors/factor.ts, ScoringFactor.bound).
 * Steps run in decreasing bound, so an unvisited candidate's own step has not run and its score is at most the next
 * step's bound. A heap whose worst kept entry is above that bound (in tenths, the unit ranking compares) cannot change:
 * the heap keeps the best entries in a total order whatever order they are offered in, so the results are exactly
 * those of scoring everyone. Entries equal to the bound are still visited (they could win the tie-break). Within a
 * step, a candidate's own points from the cheap factors (skills and commute: a load or two each) plus the others'
 * bounds bound it again, which skips most of a large step without scoring it. The bounds need 0 <= coverage <= total skill weight, i.e. positive
 * skill weights (the input allows 1-5); otherwise everyone is scored.
 */
export class Visitor {
  private readonly visited: Int32Array;
  private readonly tier: Int32Array;
  private readonly score: Float64Array;
  /** The cheap factors (ScoringFactor.cheap) and their weights; the rest and theirs. */
  private readonly cheap: ScoringFactor[] = [];
  private readonly cheapWeights: number[] = [];
  private readonly others: ScoringFactor[] = [];
  private readonly otherWeights: number[] = [];
  /** evaluate()'s factor values, discarded: only the score is kept while visiting. */
  private readonly values: Float64Array;

  constructor(
    private readonly c: Compiled,
    private readonly pool: CandidatePool,
    private readonly excluded: Int32Array,
    private readonly twice: Int32Array,
    private readonly top: TopK,
    private readonly near: TopK,
  ) {
    this.visited = pool.scratchVisited;
    this.tier = pool.scratchTier;
    this.score = pool.scratchScore;
    this.values = new Float64Array(c.factors.length);
    c.factors.forEach((factor, k) => {
      (factor.cheap ? this.cheap : this.others).push(factor);
      (factor.cheap ? this.cheapWeights : this.otherWeights).push(c.w[k]);
    });
  }

  run(): void {
    const { c, pool, tier } = this;
    const { levelOccupations, totalSkillWeight, boundable } = c;
    const postings = pool.occupationPostings;
    this.visited.fill(0);
    if (!boundable) {
      // skill weights that are not all positive break 0 <= coverage <= total: score everyone, no bound, no skipping
      this.visit(ALL, Infinity, NOTHING_ENTERS);
      return;
    }
    // the steps, by bound: each proximity level with and without one of the opening's skills, then skills without a
    // related occupation, then everyone else
    const skills = totalSkillWeight > 0;
    const steps: Array<{ level: number; source: number; bound: number }> = [];
    for (let level = 0; level < NO_LEVEL; level++) {
      if (levelOccupations[level].length === 0) continue;
      const proximity = LEVEL_VALUE[level];
      if (skills) steps.push({ level, source: LEVEL_WITH_SKILLS, bound: this.bound({ proximity, skilled: true }) });
      steps.push({ level, source: LEVEL_WITHOUT_SKILLS, bound: this.bound({ proximity, skilled: false }) });
    }
    if (skills) steps.push({ level: NO_LEVEL, source: SKILLS, bound: this.bound({ proximity: 0, skilled: true }) });
    steps.sort((x, y) => y.bound - x.bound);
    // everyone else: no related occupation, no skill; the lowest bound of all, so last
    steps.push({ level: NO_LEVEL, source: ALL, bound: this.bound({ proximity: 0, skilled: false }) });
    for (const { level, source, bound } of steps) {
      if (this.done(bound)) return;
      if (source === LEVEL_WITH_SKILLS || source === LEVEL_WITHOUT_SKILLS) {
        const occupations = levelOccupations[level];
        for (let o = 0; o < occupations.length; o++) {
          const posting = postings[occupations[o]];
          for (let j = 0; j < posting.length; j++) tier[posting[j] >>> 5] |= 1 << (posting[j] & 31);
        }
      }
      const step = { proximity: LEVEL_VALUE[level], skilled: source !== LEVEL_WITHOUT_SKILLS && source !== ALL };
      this.visit(source, this.weightedBounds(this.others, this.otherWeights, step), bound);
    }
  }

  /** Σ weight × bound over `factors` for `step`. */
  private weightedBounds(factors: ScoringFactor[], weights: number[], step: Step): number {
    let sum = 0;
    for (let k = 0; k < factors.length; k++) sum += weights[k] * factors[k].bound(step);
    return sum;
  }

  /** Best score of anyone in `step`, in tenths rounded up past floating-point slack. */
  private bound(step: Step): number {
    const sum = this.weightedBounds(this.cheap, this.cheapWeights, step) + this.weightedBounds(this.others, this.otherWeights, step);
    return Math.ceil(sum * 10 + 1e-6);
  }

  private done(bound: number): boolean {
    return this.top.threshold() > bound && this.near.threshold() > bound;
  }

  /**
   * Scores and offers the candidates set in `tier` (everyone when `all`) and not yet visited; clears `tier`. A
   * candidate's score is at most its own cheap factors' points plus `othersBound`, the other factors' points at most,
   * checked before scoring.
   */
  private visit(source: number, othersBound: number, bound: number): void {
    const { visited, tier, excluded, twice, top, near, score, cheap, cheapWeights, c, values } = this;
    const words = this.pool.words;
    const covered = c.covered;
    const topOpen = !(top.threshold() > bound);
    const nearOpen = !(near.threshold() > bound);
    const tail = tailBits(this.pool.size);
    // in tenths, with slack for the floating-point order of the sum: a candidate is skipped when its bound is at
    // most a heap's threshold - 1, i.e. below the threshold once rounded up
    const rest = othersBound * 10 + 1e-6;
    for (let k = 0; k < words; k++) {
      let w: number;
      if (source === LEVEL_WITH_SKILLS) {
        w = tier[k] & covered[k];
        tier[k] = 0;
      } else if (source === LEVEL_WITHOUT_SKILLS) {
        w = tier[k] & ~covered[k];
        tier[k] = 0;
      } else if (source === SKILLS) w = covered[k];
      else w = k === words - 1 ? tail : -1;
      w &= ~visited[k];
      if (w === 0) continue;
      visited[k] |= w;
      const ex = excluded[k];
      const tw = twice[k];
      const base = k << 5;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const i = base + 31 - Math.clz32(low);
        const isTop = (ex & low) === 0;
        if (isTop ? !topOpen : !nearOpen || (tw & low) !== 0) continue;
        let own = 0;
        for (let f = 0; f < cheap.length; f++) own += cheapWeights[f] * cheap[f].value(i);
        if (own * 10 + rest <= (isTop ? top : near).threshold() - 1) continue;
        score[i] = evaluate(c, i, values);
        (isTop ? top : near).offer(i, tenths(score[i]));
      }
    }
  }
}
