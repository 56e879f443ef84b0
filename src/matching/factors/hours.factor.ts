/** Working hours: the opening's worktime is one the person wants (or they have no wish, or the opening states none). */
import { listHolds, listNames, type FactorDefinition } from './factor.js';

export const hours: FactorDefinition = {
  name: 'hours',
  side: 'person',
  weight: 6,
  compile(c, pool) {
    const { opening } = c;
    // -1: no one in the pool wants it
    const id = opening.worktimeId === null ? -1 : pool.worktimeIds.get(opening.worktimeId);
    const { start, values } = pool.worktimes;
    return {
      cheap: false,
      value: (i) => (opening.worktimeId === null || start[i] === start[i + 1] || (id >= 0 && listHolds(start, values, i, id)) ? 1 : 0),
      bound: () => 1,
      explain(_i, { candidate, label }) {
        if (opening.worktimeId === null) return { detail: 'arbetstid ej angiven', inSentence: false };
        const wanted = candidate.wantedWorktimeIds;
        const name = label(opening.worktimeId);
        if (wanted.length === 0) return { detail: `${name} (inget önskemål)`, inSentence: true };
        if (wanted.includes(opening.worktimeId)) return { detail: `${name} ✓`, inSentence: true };
        return { detail: `${name}, men önskar ${listNames(wanted.map(label))}`, inSentence: true };
      },
    };
  },
};
