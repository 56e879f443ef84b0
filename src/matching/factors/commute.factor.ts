/**
 * Commute: the estimated minutes one way by the person's own travel mode (commute.ts), full up to 20 minutes, none from
 * 90, linear between. An unknown commute counts as none, so that it never scores above a known one. A commute beyond
 * the opening's or the person's limit is a hard requirement instead (requirements/commute.requirement.ts).
 */
import { commuteText } from '../commute.js';
import type { FactorDefinition } from './factor.js';

/** Commute minutes at or below which the factor is full, and at or above which it is zero. */
export const COMMUTE_FULL_MINUTES = 20;
export const COMMUTE_ZERO_MINUTES = 90;

/** The factor's value for a commute of `minutes` (null: unknown). */
export function commuteValue(minutes: number | null): number {
  if (minutes === null) return 0;
  if (minutes <= COMMUTE_FULL_MINUTES) return 1;
  if (minutes >= COMMUTE_ZERO_MINUTES) return 0;
  return (COMMUTE_ZERO_MINUTES - minutes) / (COMMUTE_ZERO_MINUTES - COMMUTE_FULL_MINUTES);
}

export const commute: FactorDefinition = {
  name: 'commute',
  side: 'person',
  weight: 6,
  compile(c, pool) {
    // the minutes and values per (home, mode) of the pool, as the commute requirement computed them (compiled.ts):
    // what is explained is what was scored
    const { factor: table, minutes } = c.commute;
    const homeMode = pool.travel.homeMode;
    let best = 0;
    for (let k = 0; k < table.length; k++) if (table[k] > best) best = table[k];
    return {
      cheap: true,
      value: (i) => table[homeMode[i]],
      bound: () => best,
      explain(i, { candidate }) {
        const estimate = minutes[homeMode[i]];
        return { detail: commuteText(estimate < 0 ? null : estimate, candidate.travelMode), inSentence: true };
      },
    };
  },
};
