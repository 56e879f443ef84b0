/** The ranking's factors and their weights, and the engine's version (rank.ts explains the weights). */
import { FACTORS } from './factors/index.js';
import type { FactorName, RankOptions } from './ranking.types.js';

export interface FactorSpec {
  readonly name: FactorName;
  readonly side: 'employer' | 'person';
  readonly weight: number;
}

/** The fixed weights, in score points, from each factor's own file (factors/); order is the order of Ranked.factors. */
export const WEIGHTS: readonly FactorSpec[] = Object.freeze(FACTORS.map(({ name, side, weight }) => Object.freeze({ name, side, weight })));

/**
 * The engine's version, kept with every ranking shown (ranking-records.service.ts) together with the weights: change it
 * whenever what the factors compute changes, so that a kept ranking says which rules made it.
 */
export const ENGINE_VERSION = '2026-12-04b (one file per factor, calibrated proximity values and skills share)';

const DEFAULT_WEIGHTS = Float64Array.from(WEIGHTS, (spec) => spec.weight);

/** The weights a ranking uses: WEIGHTS, or for a calibration run the ones given (RankOptions.weights). */
export function weightsOf(options: RankOptions): Float64Array {
  const given = options.weights;
  if (!given) return DEFAULT_WEIGHTS;
  return Float64Array.from(WEIGHTS, (spec) => given[spec.name] ?? spec.weight);
}
