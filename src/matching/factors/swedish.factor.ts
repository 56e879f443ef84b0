/**
 * Swedish, against the need the opening states: full when it is met or there is none, a third less per step short.
 * Never more for more Swedish than the work needs: that would act as a proxy for origin (docs/rules.md).
 */
import { SWEDISH_ORDINAL } from '../candidate-pool.js';
import { SWEDISH_LABEL_SV } from '../requirements/hard-requirements.js';
import type { FactorDefinition } from './factor.js';

export const swedish: FactorDefinition = {
  name: 'swedish',
  side: 'employer',
  weight: 6,
  compile(c, pool) {
    const { minSwedish, opening } = c;
    const level = pool.swedish;
    return {
      cheap: false,
      value: (i) => (minSwedish < 0 || level[i] >= minSwedish ? 1 : Math.max(0, 1 - (minSwedish - level[i]) / 3)),
      bound: () => 1,
      explain(_i, { candidate }) {
        const has = SWEDISH_LABEL_SV[candidate.swedishLevel];
        if (opening.minSwedishLevel === null) return { detail: `svenska ${has} (inget krav)`, inSentence: true };
        const met = SWEDISH_ORDINAL[candidate.swedishLevel] >= SWEDISH_ORDINAL[opening.minSwedishLevel];
        return { detail: `svenska ${has} (${SWEDISH_LABEL_SV[opening.minSwedishLevel]} krävs) ${met ? '✓' : '✗'}`, inSentence: true };
      },
    };
  },
};
