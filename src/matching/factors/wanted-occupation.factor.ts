/** The occupation the person wants: the closest, to the opening's occupation, of the occupations they want to work in. */
import { PROXIMITY_LABEL_SV, type ProximityLevel } from '../taxonomy-graph.js';
import { bestProximity, type FactorDefinition } from './factor.js';

export const wantedOccupation: FactorDefinition = {
  name: 'wantedOccupation',
  side: 'person',
  weight: 28,
  compile(c, pool) {
    const proximity = c.occupationProximity;
    const { start, values } = pool.wantedOccupations;
    return {
      cheap: false,
      value: (i) => bestProximity(proximity, start, values, i),
      bound: (step) => step.proximity,
      explain(_i, x) {
        let best: { id: string; level: ProximityLevel; value: number } | null = null;
        for (const id of x.candidate.wantedOccupationIds) {
          const p = x.proximity(id);
          if (p.value > 0 && (!best || p.value > best.value)) best = { id, level: p.level, value: p.value };
        }
        if (!best) return { detail: 'önskar inget närliggande yrke', inSentence: true };
        const detail =
          best.level === 'same-occupation' ? `vill arbeta som ${x.label(best.id)} ✓` : `vill arbeta som ${x.label(best.id)} (${PROXIMITY_LABEL_SV[best.level]})`;
        return { detail, inSentence: true };
      },
    };
  },
};
