/** The sector (bransch) the person chose: the opening's or not; neutral for an opening that belongs to none. */
import { listHolds, NEUTRAL, type FactorDefinition } from './factor.js';

export const sector: FactorDefinition = {
  name: 'sector',
  side: 'person',
  weight: 4,
  compile(c, pool) {
    const { opening } = c;
    // -1: no one in the pool chose it
    const id = opening.sectorId === null ? -1 : pool.sectorIds.get(opening.sectorId);
    const { start, values } = pool.sectors;
    return {
      cheap: false,
      value: (i) => (opening.sectorId === null ? NEUTRAL : id >= 0 && listHolds(start, values, i, id) ? 1 : 0),
      bound: () => (opening.sectorId === null ? NEUTRAL : id >= 0 ? 1 : 0),
      explain(_i, { candidate, label }) {
        if (opening.sectorId === null) return { detail: 'tjänsten hör inte till någon bransch', inSentence: false };
        const chosen = candidate.wantedSectorIds.includes(opening.sectorId);
        return { detail: chosen ? `vald bransch ${label(opening.sectorId)} ✓` : `har inte valt branschen ${label(opening.sectorId)}`, inSentence: true };
      },
    };
  },
};
