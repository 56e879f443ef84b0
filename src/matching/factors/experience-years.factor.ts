/** Years of relevant experience: the years in each occupation times its proximity to the opening's, summed, full at a cap. */
import { formatYears, type FactorDefinition } from './factor.js';

/** Years (proximity-weighted) at which the factor is full. */
export const EXPERIENCE_YEARS_CAP = 5;

export const experienceYears: FactorDefinition = {
  name: 'experienceYears',
  side: 'employer',
  weight: 4,
  compile(c, pool) {
    const proximity = c.occupationProximity;
    const { start, values } = pool.experience;
    const years = pool.experienceYears;
    return {
      cheap: false,
      value(i) {
        let sum = 0;
        for (let j = start[i], e = start[i + 1]; j < e; j++) sum += years[j] * proximity[values[j]];
        return sum >= EXPERIENCE_YEARS_CAP ? 1 : sum / EXPERIENCE_YEARS_CAP;
      },
      // with no related occupation every year counts zero
      bound: (step) => (step.proximity > 0 ? 1 : 0),
      explain(_i, x) {
        const sum = x.candidate.experience.reduce((a, e) => a + e.years * x.proximity(e.occupationId).value, 0);
        return { detail: `${formatYears(sum)} relevant erfarenhet (full poäng vid ${EXPERIENCE_YEARS_CAP} år)`, inSentence: false };
      },
    };
  },
};
