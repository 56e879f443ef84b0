/** The board's filters, kept in the address so that the back button and a shared link show the same board. */
export interface PlacementSearch {
  /** One opening's placements */
  openingId?: string;
  /** One person's placements (the API lists an opening's or a person's, never both) */
  candidateId?: string;
  /** How far "Visa fler" has gone: each column shows this many screenfuls of cards */
  sida?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the address's search params, dropping what could not have come from the board (a hand-edited link). */
export function validatePlacementSearch(search: Record<string, unknown>): PlacementSearch {
  const sida = Number(search.sida);
  const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
  const candidateId = id(search.candidateId);
  return {
    // a person's placements are across openings: the person wins when a link gives both
    openingId: candidateId ? undefined : id(search.openingId),
    candidateId,
    sida: Number.isInteger(sida) && sida > 1 ? sida : undefined,
  };
}
