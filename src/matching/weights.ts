/** The ranking's factors and their weights, the engine's version, and the factor values' constants (rank.ts explains them). */
import type { FactorName, RankOptions } from './ranking.types.js';
import { PROXIMITY, type ProximityLevel } from './taxonomy-graph.js';

export interface FactorSpec {
  readonly name: FactorName;
  readonly side: 'employer' | 'person';
  readonly weight: number;
}

/** The fixed weights, in score points; see the module comment for why. Order is the order of Ranked.factors. */
export const WEIGHTS: readonly FactorSpec[] = Object.freeze([
  { name: 'skills', side: 'employer', weight: 6 },
  { name: 'experienceOccupation', side: 'employer', weight: 34 },
  { name: 'experienceYears', side: 'employer', weight: 4 },
  { name: 'swedish', side: 'employer', weight: 6 },
  { name: 'wantedOccupation', side: 'person', weight: 28 },
  { name: 'sector', side: 'person', weight: 4 },
  { name: 'kind', side: 'person', weight: 6 },
  { name: 'hours', side: 'person', weight: 6 },
  { name: 'commute', side: 'person', weight: 6 },
] as const);

/**
 * The engine's version, kept with every ranking shown (ranking-records.service.ts) together with the weights: change it
 * whenever what rank.ts computes changes, so that a kept ranking says which rules made it.
 */
export const ENGINE_VERSION = '2026-12-04 (commute limits, language needs, calibrated weights)';

/** Required skills weigh this many times a preferred skill of the same IDF and employer weight. */
export const REQUIRED_SKILL_MULTIPLIER = 2;
/** Years (proximity-weighted) at which the experience-years factor is full. */
export const EXPERIENCE_YEARS_CAP = 5;
/** Commute minutes at or below which the factor is full, and at or above which it is zero. */
export const COMMUTE_FULL_MINUTES = 20;
export const COMMUTE_ZERO_MINUTES = 90;
/** Factor value for a neutral sector or skill case. */
export const NEUTRAL = 0.5;

/** Indices of the factors in WEIGHTS and in a ranking's weight array. */
export const [W_SKILLS, W_EXP_OCC, W_EXP_YEARS, W_SWEDISH, W_WANTED, W_SECTOR, W_KIND, W_HOURS, W_COMMUTE] = WEIGHTS.map((_, k) => k);
const DEFAULT_WEIGHTS = Float64Array.from(WEIGHTS, (spec) => spec.weight);

/** The weights a ranking uses: WEIGHTS, or for a calibration run the ones given (RankOptions.weights). */
export function weightsOf(options: RankOptions): Float64Array {
  const given = options.weights;
  if (!given) return DEFAULT_WEIGHTS;
  return Float64Array.from(WEIGHTS, (spec) => given[spec.name] ?? spec.weight);
}

/** The proximity levels in the order occupationProximity checks them (OccupationTopology's level indices). */
export const LEVEL_ORDER: readonly ProximityLevel[] = ['same-occupation', 'same-ssyk4', 'substitutable-75', 'substitutable-25', 'same-field', 'none'];
export const LEVEL_VALUE = Float64Array.from(LEVEL_ORDER, (level) => PROXIMITY[level].value);
/** Level index of 'none'. */
export const NO_LEVEL = LEVEL_ORDER.length - 1;

/** The commute factor; an unknown commute counts as none, so that it never scores above a known one. */
export function commuteValue(minutes: number | null): number {
  if (minutes === null) return 0;
  if (minutes <= COMMUTE_FULL_MINUTES) return 1;
  if (minutes >= COMMUTE_ZERO_MINUTES) return 0;
  return (COMMUTE_ZERO_MINUTES - minutes) / (COMMUTE_ZERO_MINUTES - COMMUTE_FULL_MINUTES);
}
