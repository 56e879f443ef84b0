/**
 * Experience of the occupation: the closest, to the opening's occupation, of the occupations the person has worked in
 * (taxonomy-graph.ts's proximity: 1 the same occupation, 0.8 the same SSYK-4 group, 0.6 / 0.4 substitutable, 0.2 the
 * same field).
 */
import { PROXIMITY_LABEL_SV } from '../taxonomy-graph.js';
import { bestProximity, formatYears, type FactorDefinition } from './factor.js';

export const experienceOccupation: FactorDefinition = {
  name: 'experienceOccupation',
  side: 'employer',
  weight: 32,
  compile(c, pool) {
    const proximity = c.occupationProximity;
    const { start, values } = pool.experience;
    return {
      cheap: false,
      value: (i) => bestProximity(proximity, start, values, i),
      bound: (step) => step.proximity,
      explain(_i, x) {
        let best: { id: string; years: number; value: number; text: string } | null = null;
        for (const { occupationId, years } of x.candidate.experience) {
          const p = x.proximity(occupationId);
          if (p.value > 0 && (!best || p.value > best.value)) best = { id: occupationId, years, value: p.value, text: PROXIMITY_LABEL_SV[p.level] };
        }
        return best
          ? { detail: `${formatYears(best.years)} som ${x.label(best.id)} (${best.text})`, inSentence: true }
          : { detail: 'ingen erfarenhet av yrket eller närliggande yrken', inSentence: false };
      },
    };
  },
};
