/** The list's filters, kept in the address so that the back button and a shared link show the same list. */
export interface CandidateSearch {
  /** Part of the name */
  q?: string;
  /** Sector id of an enrolment period */
  bransch?: string;
  /** Sector team id of an enrolment period */
  team?: string;
  /** Only people with an open enrolment period */
  inskrivna?: boolean;
  /** 1-based page */
  sida?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);

/** Reads the address's search params, dropping what could not have come from the form. */
export function validateCandidateSearch(search: Record<string, unknown>): CandidateSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  const sida = Number(search.sida);
  return {
    q: q || undefined,
    bransch: uuid(search.bransch),
    team: uuid(search.team),
    inskrivna: search.inskrivna === true || search.inskrivna === 'true' ? true : undefined,
    sida: Number.isInteger(sida) && sida > 1 ? sida : undefined,
  };
}

export function hasFilters(search: CandidateSearch): boolean {
  return Boolean(search.q || search.bransch || search.team || search.inskrivna);
}
