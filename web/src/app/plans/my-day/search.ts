/** The caseload's filters, kept in the address so that the back button and a shared link show the same list. */
export interface CaseloadSearch {
  /** CaseloadStatus; OPEN when absent */
  status?: CaseloadStatusName;
  /** Chosen sector id */
  bransch?: string;
  /** Sector team id */
  team?: string;
  /** Everyone the viewer may read, not only the periods they are the secretary of */
  alla?: boolean;
  /** 1-based page */
  sida?: number;
}

export const CASELOAD_STATUSES = ['OPEN', 'AWAITING_FIRST_MEETING', 'WITHOUT_PLAN', 'FOLLOW_UP_OVERDUE', 'SICK_LISTED', 'EXITED'] as const;
export type CaseloadStatusName = (typeof CASELOAD_STATUSES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);

/** Reads the address's search params, dropping what could not have come from the filters. */
export function validateCaseloadSearch(search: Record<string, unknown>): CaseloadSearch {
  const sida = Number(search.sida);
  const status = CASELOAD_STATUSES.find((s) => s === search.status && s !== 'OPEN');
  return {
    status,
    bransch: uuid(search.bransch),
    team: uuid(search.team),
    alla: search.alla === true || search.alla === 'true' ? true : undefined,
    sida: Number.isInteger(sida) && sida > 1 ? sida : undefined,
  };
}
