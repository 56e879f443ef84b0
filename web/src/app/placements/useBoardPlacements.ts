import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { describeProblem, type Problem } from '../platform/api/errors';
import { CARDS_PER_COLUMN, PLACEMENT_LIMIT, PlacementsQuery, type BoardPlacement } from './documents';
import type { StageValue } from './messages';
import type { PlacementSearch } from './search';

interface BoardData {
  placements: BoardPlacement[] | null;
  /** Each stage's count in the API, however many of its cards are shown */
  totals: Partial<Record<StageValue, number>>;
  problem: Problem | null;
  loading: boolean;
}

/**
 * The board's placements: each stage's newest, as many as its column shows ("Visa fler" asks for more), with the
 * stage's count, in one request. Always from the server (network-only): a board that someone else changes must show
 * what is true now.
 */
export function useBoardPlacements(search: PlacementSearch) {
  const client = useClient();
  const [data, setData] = useState<BoardData>({ placements: null, totals: {}, problem: null, loading: true });
  const [round, setRound] = useState(0);
  const limit = Math.min(PLACEMENT_LIMIT, (search.sida ?? 1) * CARDS_PER_COLUMN);

  useEffect(() => {
    let current = true;
    setData((d) => ({ ...d, loading: true }));
    const variables = { openingId: search.openingId, candidateId: search.candidateId, limit };
    void client
      .query(PlacementsQuery, variables, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        if (!result.data) return setData((d) => ({ ...d, problem: result.error ? describeProblem(result.error) : null, loading: false }));
        const columns = Object.entries(result.data) as Array<[StageValue, { totalCount: number; items: BoardPlacement[] }]>;
        setData({
          placements: columns.flatMap(([, column]) => column.items),
          totals: Object.fromEntries(columns.map(([stage, column]) => [stage, column.totalCount])),
          problem: null,
          loading: false,
        });
      });
    return () => {
      current = false;
    };
  }, [client, search.candidateId, search.openingId, limit, round]);

  /** Puts a placement as a mutation returned it in place of the old one (its column's count follows), without asking the server again. */
  const replace = useCallback((updated: BoardPlacement) => {
    setData((d) => {
      const before = d.placements?.find((p) => p.id === updated.id);
      const totals = { ...d.totals };
      if (before && before.stage !== updated.stage) {
        totals[before.stage] = (totals[before.stage] ?? 1) - 1;
        totals[updated.stage] = (totals[updated.stage] ?? 0) + 1;
      }
      return { ...d, totals, placements: d.placements?.map((p) => (p.id === updated.id ? updated : p)) ?? null };
    });
  }, []);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...data, replace, reload };
}
