/** An opening compiled against a candidate pool, and a candidate's factor values and score under it. */
import { CandidatePool, dayNumber, fnv1a, LIMIT_BIT, SWEDISH_ORDINAL } from './candidate-pool.js';
import { commuteValue } from './factors/commute.factor.js';
import type { ScoringFactor } from './factors/factor.js';
import { FACTORS } from './factors/index.js';
import { skillWeights } from './factors/skills.factor.js';
import { compileCommute, type CompiledCommute } from './requirements/commute.requirement.js';
import { compileLanguageNeeds, type CompiledLanguageNeed } from './requirements/language.requirement.js';
import type { RankableOpening, RankOptions } from './ranking.types.js';
import { PROXIMITY, type ProximityLevel, type TaxonomyGraph } from './taxonomy-graph.js';
import { weightsOf } from './weights.js';

/** The proximity levels in the order occupationProximity checks them (OccupationTopology's level indices). */
export const LEVEL_ORDER: readonly ProximityLevel[] = ['same-occupation', 'same-ssyk4', 'substitutable-75', 'substitutable-25', 'same-field', 'none'];
export const LEVEL_VALUE = Float64Array.from(LEVEL_ORDER, (level) => PROXIMITY[level].value);
/** Level index of 'none'. */
export const NO_LEVEL = LEVEL_ORDER.length - 1;

/** An opening compiled against a pool: everything the per-candidate code needs, as typed arrays. */
export interface Compiled {
  opening: RankableOpening;
  /** The factors' weights, indexed like FACTORS (factors/index.ts). */
  w: Float64Array;
  /** The factors compiled for this opening, indexed like FACTORS. */
  factors: ScoringFactor[];
  openingHash: number;
  occupationProximity: Float64Array;
  /** Level index (LEVEL_ORDER) per interned occupation. */
  occupationLevel: Uint8Array;
  /** The interned occupations at each level but 'none', by level index. */
  levelOccupations: Int32Array[];
  /** Minutes and factor value per (municipality, mode) of the pool, indexed by pool.travel.homeMode; the limit. */
  commute: CompiledCommute;
  languageNeeds: CompiledLanguageNeed[];
  /** pool.scratchCoverage, filled for this opening; zeroed again by {@link release}. */
  coverage: Float64Array;
  /** Interned skills whose postings were added into coverage, in order. */
  coveredSkills: Int32Array;
  /** pool.scratchCovered: the candidates holding one of those skills; cleared again by {@link release}. */
  covered: Int32Array;
  totalSkillWeight: number;
  /** Every skill weight is positive and finite, so 0 <= coverage <= totalSkillWeight (what the Visitor's bounds use). */
  boundable: boolean;
  requiredLicences: Int32Array;
  minSwedish: number; // -1: none
  startDay: number;
  conflicts: number;
}

export function compile(opening: RankableOpening, pool: CandidatePool, graph: TaxonomyGraph, options: RankOptions): Compiled {
  const today = options.today;
  // every pool property is read up front, not in a branch (a first read in a rare branch deoptimises)
  const { licenceIds, skillIds, skillPostings, scratchCovered: coveredBits } = pool;
  const occupationLevel = pool.occupationTopology(graph).proximityLevels(opening.occupationId);
  const occupationProximity = new Float64Array(occupationLevel.length);
  const perLevel: number[][] = LEVEL_ORDER.slice(0, NO_LEVEL).map(() => []);
  for (let k = 0; k < occupationLevel.length; k++) {
    const level = occupationLevel[k];
    occupationProximity[k] = LEVEL_VALUE[level];
    if (level < NO_LEVEL) perLevel[level].push(k);
  }
  // skill coverage through the inverted index: a skill both required and preferred counts as required. The scratch
  // is all zero between rankings (release() zeroes what this wrote), so only the postings are touched.
  const coverage = pool.scratchCoverage;
  const covered: number[] = [];
  let totalSkillWeight = 0;
  let boundable = true;
  for (const { skillId, weight } of skillWeights(opening, graph).values()) {
    totalSkillWeight += weight;
    if (!(weight > 0 && weight < Infinity)) boundable = false;
    const s = skillIds.get(skillId);
    if (s < 0) continue;
    covered.push(s);
    const posting = skillPostings[s];
    for (let j = 0; j < posting.length; j++) {
      const i = posting[j];
      coverage[i] += weight;
      coveredBits[i >>> 5] |= 1 << (i & 31);
    }
  }
  const licences = opening.requiredLicenceIds.filter((id, i, all) => all.indexOf(id) === i);
  const c: Compiled = {
    opening,
    w: weightsOf(options),
    factors: [],
    openingHash: fnv1a(opening.id),
    occupationProximity,
    occupationLevel,
    levelOccupations: perLevel.map((ks) => Int32Array.from(ks)),
    commute: compileCommute(opening, pool.travel, commuteValue),
    languageNeeds: compileLanguageNeeds(opening, pool.languages),
    coverage,
    coveredSkills: Int32Array.from(covered),
    covered: coveredBits,
    totalSkillWeight,
    boundable,
    requiredLicences: Int32Array.from(licences.map((id) => licenceIds.get(id))),
    minSwedish: opening.minSwedishLevel === null ? -1 : SWEDISH_ORDINAL[opening.minSwedishLevel],
    startDay: dayNumber(opening.startOn ?? today),
    conflicts: (opening.physicallyDemanding ? LIMIT_BIT.NO_HEAVY_LIFTING : 0) | (opening.nightWork ? LIMIT_BIT.NO_NIGHT_WORK : 0),
  };
  c.factors = FACTORS.map((factor) => factor.compile(c, pool));
  return c;
}

/** Zeroes the coverage entries and covered bits compile() wrote, so the pool's scratch is all zero again. */
export function release(c: Compiled, pool: CandidatePool): void {
  const { coverage, covered } = c;
  for (let k = 0; k < c.coveredSkills.length; k++) {
    const posting = pool.skillPostings[c.coveredSkills[k]];
    for (let j = 0; j < posting.length; j++) {
      coverage[posting[j]] = 0;
      covered[posting[j] >>> 5] = 0;
    }
  }
}

/**
 * Writes candidate i's factor values (0..1, in the order of FACTORS) into `out` and returns the score 0..100, the sum
 * of each weight times its value in that order. The one place a score is computed: the ranked, the near misses, the
 * explanations and the bounded visiting all read it. Allocates nothing.
 */
export function evaluate(c: Compiled, i: number, out: Float64Array): number {
  const { factors, w } = c;
  let score = 0;
  for (let k = 0; k < factors.length; k++) {
    const value = factors[k].value(i);
    out[k] = value;
    score += w[k] * value;
  }
  return score;
}
