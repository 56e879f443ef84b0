/** The course list's filter, kept in the address (/sfi?bransch=<sector id>) so it survives back and forward. */
export interface SfiSearch {
  bransch?: string;
}

export function validateSfiSearch(search: Record<string, unknown>): SfiSearch {
  return { bransch: typeof search.bransch === 'string' && search.bransch ? search.bransch : undefined };
}
