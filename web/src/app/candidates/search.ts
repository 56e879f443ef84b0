/** The list's filters, kept in the address so that the back button and a shared link show the same list. */
export interface CandidateSearch {
  /** 1-based page */
  sida?: number;
}

/** Reads the address's search params, dropping what could not have come from the form. */
export function validateCandidateSearch(search: Record<string, unknown>): CandidateSearch {
  const sida = Number(search.sida);
  return { sida: Number.isInteger(sida) && sida > 1 ? sida : undefined };
}
