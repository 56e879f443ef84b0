import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { describeProblem, type Problem } from '../api/errors';
import { PLACEMENT_LIMIT, PlacementsQuery, type BoardPlacement } from './documents';
import type { PlacementSearch } from './search';

interface BoardData {
  placements: BoardPlacement[] | null;
  /** Some opening (or the person) has more placements than one page of the API */
  capped: boolean;
  problem: Problem | null;
  loading: boolean;
}

/**
 * The board's placements. The API lists one opening's or one person's placements at a time, so the whole board is
 * the placements of every open opening, asked for side by side; a filter asks once. Always from the server
 * (network-only): a board that someone else changes must show what is true now.
 */
export function useBoardPlacements(search: PlacementSearch, openOpeningIds: readonly string[] | undefined) {
  const client = useClient();
  const [data, setData] = useState<BoardData>({ placements: null, capped: false, problem: null, loading: true });
  const [round, setRound] = useState(0);
  const openingKey = openOpeningIds?.join(',');

  useEffect(() => {
    const requests = search.candidateId
      ? [{ candidateId: search.candidateId }]
      : search.openingId
        ? [{ openingId: search.openingId }]
        : openingKey === undefined
          ? null
          : openingKey.split(',').filter(Boolean).map((openingId) => ({ openingId }));
    if (!requests) return;
    let current = true;
    setData((d) => ({ ...d, loading: true }));
    void Promise.all(requests.map((v) => client.query(PlacementsQuery, { ...v, limit: PLACEMENT_LIMIT }, { requestPolicy: 'network-only' }).toPromise())).then(
      (results) => {
        if (!current) return;
        const failed = results.find((r) => r.error);
        if (failed?.error) return setData((d) => ({ ...d, problem: describeProblem(failed.error!), loading: false }));
        const pages = results.flatMap((r) => (r.data ? [r.data.placements] : []));
        setData({
          placements: pages.flatMap((p) => p.items),
          capped: pages.some((p) => p.totalCount > p.items.length),
          problem: null,
          loading: false,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [client, search.candidateId, search.openingId, openingKey, round]);

  /** Puts a placement as a mutation returned it in place of the old one, without asking the server again. */
  const replace = useCallback((updated: BoardPlacement) => {
    setData((d) => ({ ...d, placements: d.placements?.map((p) => (p.id === updated.id ? updated : p)) ?? null }));
  }, []);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...data, replace, reload };
}
