import { conceptIdFrom } from '../platform/api/municipalities';

/** The openings list's filters, kept in the address so that the back button and a shared link show the same list. */
export interface OpeningSearch {
  status?: OpeningStatusValue;
  /** The kind of place */
  typ?: OpeningKindValue;
  /** JobTech municipality concept id of the workplace */
  kommun?: string;
  /** Sector id */
  bransch?: string;
  /** Team id */
  team?: string;
  /** 1-based page */
  sida?: number;
}

export const OPENING_STATUSES = ['DRAFT', 'OPEN', 'FILLED', 'CLOSED'] as const;
export const OPENING_KINDS = ['JOB_UNSUBSIDISED', 'JOB_SUBSIDISED', 'INTERNSHIP', 'SFI_WORKPLACE_LEARNING'] as const;
export type OpeningStatusValue = (typeof OPENING_STATUSES)[number];
export type OpeningKindValue = (typeof OPENING_KINDS)[number];

/** Kinds that are a period of workplace learning, with a supervisor, a period and check-ins (as the API's INTERNSHIP_KINDS). */
export const INTERNSHIP_KINDS: readonly string[] = ['INTERNSHIP', 'SFI_WORKPLACE_LEARNING'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** Reads the address's search params, dropping what could not have come from the filters (a hand-edited link). */
export function validateOpeningSearch(search: Record<string, unknown>): OpeningSearch {
  const sida = Number(search.sida);
  return {
    status: oneOf(OPENING_STATUSES, search.status),
    typ: oneOf(OPENING_KINDS, search.typ),
    kommun: conceptIdFrom(search.kommun),
    bransch: typeof search.bransch === 'string' && UUID.test(search.bransch) ? search.bransch : undefined,
    team: typeof search.team === 'string' && UUID.test(search.team) ? search.team : undefined,
    sida: Number.isInteger(sida) && sida > 1 ? sida : undefined,
  };
}

export function hasFilters(search: OpeningSearch): boolean {
  return Boolean(search.status || search.typ || search.kommun || search.bransch || search.team);
}
