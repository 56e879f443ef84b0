import type { MeetingStatusValue } from './messages';

export const MEETING_STATUSES: readonly MeetingStatusValue[] = ['PLANNED', 'INVITATIONS_SENT', 'HELD', 'CANCELLED'];

/** The meetings list's filters and the quarter shown, kept in the address for the back button and a shared link. */
export interface MeetingSearch {
  status?: MeetingStatusValue;
  team?: string;
  kommun?: string;
  sida?: number;
  ar?: number;
  kvartal?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the address's search params, dropping what could not have come from the page (a hand-edited link). */
export function validateMeetingSearch(search: Record<string, unknown>): MeetingSearch {
  const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
  const int = (value: unknown, min: number, max: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
  const status = MEETING_STATUSES.find((s) => s === search.status);
  const sida = int(search.sida, 2, 10_000);
  return { status, team: id(search.team), kommun: id(search.kommun), sida, ar: int(search.ar, 2000, 2999), kvartal: int(search.kvartal, 1, 4) };
}
