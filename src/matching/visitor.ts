import type { CandidatePool } from './candidate-pool.js';
import type { Compiled } from './compiled.js';
import { tailBits } from './requirements/hard-requirements.js';
import { NOTHING_ENTERS, tenths, type TopK } from './top-k.js';
import {
  EXPERIENCE_YEARS_CAP,
  LEVEL_VALUE,
  NEUTRAL,
  NO_LEVEL,
  W_COMMUTE,
  W_EXP_OCC,
  W_EXP_YEARS,
  W_HOURS,
  W_KIND,
  W_SECTOR,
  W_SKILLS,
  W_SWEDISH,
  W_WANTED,
} from './weights.js';

/** Where a Visitor step takes its candidates from. */
const LEVEL_WITH_SKILLS = 0;
const LEVEL_WITHOUT_SKILLS = 1;
const SKILLS = 2;
const ALL = 3;

/** Indices of Visitor.num. */
const SKILL_SCALE = 0;
const SKILL_NEUTRAL = 1;
const COMMUTE_MAX = 2;
const OTHERS = 3;

/**
 * Visits candidates best-bound first and offers each to the heap it belongs to (eligible: `top`; failing exactly one
 * requirement: `near`), stopping as soon as no candidate left can enter either heap.
 *
 * Every candidate belongs to one step: its best proximity level over the occupations it holds in experience or
 * wishes (0 same occupation ... 4 same field, from the occupation postings) and whether it holds one of the opening's
 * skills (from the skill postings); candidates with no related occupation form a "skills only" step and a last
 * "everyone else" step. A step's bound is the best score its members could have: both occupation factors at the
 * level's value, full experience years (none at proximity 0, where years x proximity is 0), all 24 skill points (or
 * exactly the neutral points without a skill, coverage being 0), and the other factors' maxima for this opening.
 * Steps run in decreasing bound, so an unvisited candidate's own step has not run and its score is at most the next
 * step's bound. A heap whose worst kept entry is above that bound (in tenths, the unit ranking compares) cannot change:
 * the heap keeps the best entries in a total order whatever order they are offered in, so the results are exactly
 * those of scoring everyone. Entries equal to the bound are still visited (they could win the tie-break). Within a
 * step, a candidate's own skill and commute points plus the other factors' maxima bound it again (three loads), which
 * skips most of a large step without scoring it. The bounds need 0 <= coverage <= total skill weight, i.e. positive
 * skill weights (the input allows 1-5); otherwise everyone is scored.
 *
 * The class only hoists every array the loop reads into fields once per ranking, so that the compiled loop sees one
 * shape and never meets a property first read in a rare branch.
 */
export class Visitor {
  private readonly words: number;
  private readonly size: number;
  private readonly visited: Int32Array;
  private readonly tier: Int32Array;
  private readonly score: Float64Array;
  private readonly coverage: Float64Array;
  private readonly prox: Float64Array;
  private readonly commute: Float64Array;
  private readonly home: Int32Array;
  private readonly swedish: Uint8Array;
  private readonly internship: Uint8Array;
  private readonly es: Uint32Array;
  private readonly ev: Int32Array;
  private readonly years: Float64Array;
  private readonly wos: Uint32Array;
  private readonly wov: Int32Array;
  private readonly ss: Uint32Array;
  private readonly sv: Int32Array;
  private readonly wts: Uint32Array;
  private readonly wtv: Int32Array;
  private readonly minSwedish: number;
  private readonly sector: number;
  private readonly worktime: number;
  private readonly internshipKind: boolean;
  /**
   * The fractional per-ranking numbers, [skill scale, skill neutral points, best commute factor, maximum points of
   * swedish + sector + kind + hours], kept in a typed array: as fields they would be small integers for one opening
   * and doubles for the next, and each such change of a field's representation deoptimises the compiled loop.
   */
  private readonly num = new Float64Array(4);
  /** The factors' weights (Compiled.w). */
  private readonly w: Float64Array;

  constructor(
    private readonly c: Compiled,
    private readonly pool: CandidatePool,
    private readonly excluded: Int32Array,
    private readonly twice: Int32Array,
    private readonly top: TopK,
    private readonly near: TopK,
  ) {
    this.words = pool.words;
    this.size = pool.size;
    this.visited = pool.scratchVisited;
    this.tier = pool.scratchTier;
    this.score = pool.scratchScore;
    this.coverage = c.coverage;
    this.prox = c.occupationProximity;
    this.commute = c.commute.factor;
    this.home = pool.travel.homeMode;
    this.swedish = pool.swedish;
    this.internship = pool.internship;
    this.es = pool.experience.start;
    this.ev = pool.experience.values;
    this.years = pool.experienceYears;
    this.wos = pool.wantedOccupations.start;
    this.wov = pool.wantedOccupations.values;
    this.ss = pool.sectors.start;
    this.sv = pool.sectors.values;
    this.wts = pool.worktimes.start;
    this.wtv = pool.worktimes.values;
    this.minSwedish = c.minSwedish;
    this.sector = c.sector;
    this.worktime = c.worktime;
    this.internshipKind = c.internshipKind;
    const total = c.totalSkillWeight;
    const num = this.num;
    const w = c.w;
    this.w = w;
    num[SKILL_SCALE] = total > 0 ? w[W_SKILLS] / total : 0;
    num[SKILL_NEUTRAL] = total > 0 ? 0 : w[W_SKILLS] * NEUTRAL;
    for (let k = 0; k < c.commute.factor.length; k++) num[COMMUTE_MAX] = Math.max(num[COMMUTE_MAX], c.commute.factor[k]);
    num[OTHERS] = w[W_SWEDISH] + (c.sector === -2 ? w[W_SECTOR] * NEUTRAL : c.sector === -1 ? 0 : w[W_SECTOR]) + w[W_KIND] + w[W_HOURS];
  }

  run(): void {
    const { c, pool, tier, num } = this;
    const { levelOccupations, totalSkillWeight, boundable } = c;
    const postings = pool.occupationPostings;
    this.visited.fill(0);
    if (!boundable) {
      // skill weights that are not all positive break 0 <= coverage <= total: score everyone, no bound, no skipping
      this.visit(ALL, Infinity, NOTHING_ENTERS);
      return;
    }
    // the steps, by bound: each proximity level with and without one of the opening's skills (without: the skill
    // points are exactly the neutral value), then skills without a related occupation, then everyone else
    const skills = totalSkillWeight > 0;
    const steps: Array<{ level: number; source: number; bound: number }> = [];
    for (let level = 0; level < NO_LEVEL; level++) {
      if (levelOccupations[level].length === 0) continue;
      if (skills) steps.push({ level, source: LEVEL_WITH_SKILLS, bound: this.bound(LEVEL_VALUE[level], this.w[W_SKILLS]) });
      steps.push({ level, source: LEVEL_WITHOUT_SKILLS, bound: this.bound(LEVEL_VALUE[level], num[SKILL_NEUTRAL]) });
    }
    if (skills) steps.push({ level: NO_LEVEL, source: SKILLS, bound: this.bound(0, this.w[W_SKILLS]) });
    steps.sort((x, y) => y.bound - x.bound);
    // everyone else: no related occupation, no skill; the lowest bound of all, so last
    steps.push({ level: NO_LEVEL, source: ALL, bound: this.bound(0, num[SKILL_NEUTRAL]) });
    for (const { level, source, bound } of steps) {
      if (this.done(bound)) return;
      if (source === LEVEL_WITH_SKILLS || source === LEVEL_WITHOUT_SKILLS) {
        const occupations = levelOccupations[level];
        for (let o = 0; o < occupations.length; o++) {
          const posting = postings[occupations[o]];
          for (let j = 0; j < posting.length; j++) tier[posting[j] >>> 5] |= 1 << (posting[j] & 31);
        }
      }
      this.visit(source, LEVEL_VALUE[level], bound);
    }
  }

  /** The most the factors other than skills and commute give a candidate whose best proximity is `proximity`. */
  private maxOthers(proximity: number): number {
    const w = this.w;
    return (w[W_EXP_OCC] + w[W_WANTED]) * proximity + (proximity > 0 ? w[W_EXP_YEARS] : 0) + this.num[OTHERS];
  }

  /** Best score, in tenths rounded up past floating-point slack, of a candidate whose best proximity is at most
   * `proximity`, with `skills` skill points at most. */
  private bound(proximity: number, skills: number): number {
    return Math.ceil((skills + this.maxOthers(proximity) + this.w[W_COMMUTE] * this.num[COMMUTE_MAX]) * 10 + 1e-6);
  }

  private done(bound: number): boolean {
    return this.top.threshold() > bound && this.near.threshold() > bound;
  }

  /**
   * Scores and offers the candidates set in `tier` (everyone when `all`) and not yet visited; clears `tier`. Each
   * has a best proximity of at most `proximity`, so its score is at most its own skill and commute points plus the
   * other factors' maxima, checked before scoring.
   */
  private visit(source: number, proximity: number, bound: number): void {
    const { words, visited, tier, excluded, twice, top, near, score, coverage, commute, home, num } = this;
    const covered = this.c.covered;
    const skillScale = num[SKILL_SCALE];
    const wCommute = this.w[W_COMMUTE];
    const topOpen = !(top.threshold() > bound);
    const nearOpen = !(near.threshold() > bound);
    const tail = tailBits(this.size);
    // in tenths, with slack for the floating-point order of the sum: a candidate is skipped when its bound is at
    // most a heap's threshold - 1, i.e. below the threshold once rounded up
    const rest = (num[SKILL_NEUTRAL] + this.maxOthers(proximity)) * 10 + 1e-6;
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
        if ((ex & low) === 0) {
          if (!topOpen) continue;
          if ((skillScale * coverage[i] + wCommute * commute[home[i]]) * 10 + rest <= top.threshold() - 1) continue;
          this.scoreOf(i);
          top.offer(i, tenths(score[i]));
        } else if (nearOpen && (tw & low) === 0) {
          if ((skillScale * coverage[i] + wCommute * commute[home[i]]) * 10 + rest <= near.threshold() - 1) continue;
          this.scoreOf(i);
          near.offer(i, tenths(score[i]));
        }
      }
    }
  }

  /**
   * Writes candidate i's score, 0..100, into the pool's score scratch: the same arithmetic in the same order as
   * {@link evaluate} (the specs check both agree), with the factor values kept in registers.
   */
  private scoreOf(i: number): void {
    const { prox, es, ev, years: experienceYears, wos, wov, ss, sv, wts, wtv, minSwedish, sector, worktime, num, w } = this;
    const level = this.swedish[i];
    let swedishValue = 1;
    if (minSwedish >= 0 && level < minSwedish) swedishValue = Math.max(0, 1 - (minSwedish - level) / 3);
    let best = 0;
    let years = 0;
    for (let j = es[i], e = es[i + 1]; j < e; j++) {
      const p = prox[ev[j]];
      if (p > best) best = p;
      years += experienceYears[j] * p;
    }
    let wantedBest = 0;
    for (let j = wos[i], e = wos[i + 1]; j < e; j++) {
      const p = prox[wov[j]];
      if (p > wantedBest) wantedBest = p;
    }
    let sectorValue = NEUTRAL;
    if (sector !== -2) {
      sectorValue = 0;
      for (let j = ss[i], e = ss[i + 1]; j < e; j++) {
        if (sv[j] === sector) {
          sectorValue = 1;
          break;
        }
      }
    }
    let hoursValue = 1;
    const wa = wts[i];
    const wb = wts[i + 1];
    if (worktime !== -2 && wa !== wb) {
      hoursValue = 0;
      for (let j = wa; j < wb; j++) {
        if (wtv[j] === worktime) {
          hoursValue = 1;
          break;
        }
      }
    }
    this.score[i] =
      num[SKILL_NEUTRAL] +
      num[SKILL_SCALE] * this.coverage[i] +
      w[W_EXP_OCC] * best +
      w[W_EXP_YEARS] * (years >= EXPERIENCE_YEARS_CAP ? 1 : years / EXPERIENCE_YEARS_CAP) +
      w[W_SWEDISH] * swedishValue +
      w[W_WANTED] * wantedBest +
      w[W_SECTOR] * sectorValue +
      w[W_KIND] * (this.internshipKind ? this.internship[i] : 1) +
      w[W_HOURS] * hoursValue +
      w[W_COMMUTE] * this.commute[this.home[i]];
  }
}
