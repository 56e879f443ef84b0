/**
 * The proposed invite list (pure): each opening an employer brings to the meeting ranks the eligible people; a
 * person ranked for several openings appears once, with their best score, that opening and its explanation, and
 * the other openings they were ranked for.
 */

export interface OpeningRankingEntry {
  candidateId: string;
  score: number;
  explanation: string;
}

export interface InviteProposal {
  candidateId: string;
  score: number;
  explanation: string;
  /** The opening of the best score. */
  openingId: string;
  /** Every opening the person was ranked for, best first. */
  openingIds: string[];
}

/**
 * Merges per-opening rankings into one list, best first. Ties on score keep the order of the openings as given
 * (the meeting's order), then the candidate id, so the same input always gives the same list.
 */
export function mergeInviteProposals(rankings: ReadonlyArray<{ openingId: string; ranked: readonly OpeningRankingEntry[] }>): InviteProposal[] {
  const byPerson = new Map<string, { best: InviteProposal; scores: Array<{ openingId: string; score: number; order: number }> }>();
  rankings.forEach(({ openingId, ranked }, order) => {
    for (const entry of ranked) {
      const seen = byPerson.get(entry.candidateId);
      if (!seen) {
        byPerson.set(entry.candidateId, {
          best: { candidateId: entry.candidateId, score: entry.score, explanation: entry.explanation, openingId, openingIds: [] },
          scores: [{ openingId, score: entry.score, order }],
        });
        continue;
      }
      seen.scores.push({ openingId, score: entry.score, order });
      if (entry.score > seen.best.score) seen.best = { ...seen.best, score: entry.score, explanation: entry.explanation, openingId };
    }
  });
  const orderOf = new Map(rankings.map((r, i) => [r.openingId, i]));
  return [...byPerson.values()]
    .map(({ best, scores }) => ({
      ...best,
      openingIds: scores.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.openingId).filter((id, i, all) => all.indexOf(id) === i),
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (orderOf.get(a.openingId) ?? 0) - (orderOf.get(b.openingId) ?? 0) ||
        (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
    );
}
