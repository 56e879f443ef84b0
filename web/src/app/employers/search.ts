import { conceptIdFrom } from '../platform/api/municipalities';

/** The employer list's search, kept in the address so that the back button and a shared link show the same list. */
export interface EmployerSearch {
  /** Part of the name, or the first digits of the organisationsnummer */
  q?: string;
  /** JobTech municipality concept id */
  kommun?: string;
  /** Sector id */
  bransch?: string;
  /** Only the employers the viewer is responsible for */
  mina?: boolean;
  /** 1-based page */
  sida?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What the API takes as organisationNumberPrefix: the first digits, with or without the hyphen. */
const ORGANISATION_NUMBER_PREFIX = /^\d{1,6}(-?\d{0,4})?$/;

/** Reads the address's search params, dropping what could not have come from the form (a hand-edited link). */
export function validateEmployerSearch(search: Record<string, unknown>): EmployerSearch {
  const q = typeof search.q === 'string' || typeof search.q === 'number' ? String(search.q).trim().slice(0, 100) : '';
  const sida = Number(search.sida);
  return {
    q: q || undefined,
    kommun: conceptIdFrom(search.kommun),
    bransch: typeof search.bransch === 'string' && UUID.test(search.bransch) ? search.bransch : undefined,
    mina: search.mina === true || search.mina === 'true' ? true : undefined,
    sida: Number.isInteger(sida) && sida > 1 ? sida : undefined,
  };
}

/** The words typed decide the argument: digits are the start of an organisationsnummer, anything else part of a name. */
export function searchArguments(q: string | undefined): { name?: string; organisationNumberPrefix?: string } {
  if (!q) return {};
  return ORGANISATION_NUMBER_PREFIX.test(q) ? { organisationNumberPrefix: q } : { name: q };
}

export function hasFilters(search: EmployerSearch): boolean {
  return Boolean(search.q || search.kommun || search.bransch || search.mina);
}
