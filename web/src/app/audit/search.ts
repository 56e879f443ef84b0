import dayjs from 'dayjs';

/** The access log's filters, kept in the address: a person's page links here with ?person=<id>. */
export interface AccessLogSearch {
  /** The person read (candidate id) */
  person?: string;
  /** From this day, YYYY-MM-DD */
  fran?: string;
  /** To and including this day, YYYY-MM-DD */
  till?: string;
  /** 1-based page */
  sida?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the address's search params, dropping what could not have come from the form. */
export function validateAccessLogSearch(search: Record<string, unknown>): AccessLogSearch {
  const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) && dayjs(value).isValid() ? value : undefined);
  const sida = Number(search.sida);
  return {
    person: typeof search.person === 'string' && UUID.test(search.person) ? search.person : undefined,
    fran: date(search.fran),
    till: date(search.till),
    sida: Number.isInteger(sida) && sida > 1 ? sida : undefined,
  };
}

/** The period as the API's instants: from the first day's start to the start of the day after the last (Swedish time). */
export function periodInstants(search: AccessLogSearch): { from?: string; to?: string } {
  return {
    from: search.fran ? dayjs(search.fran).startOf('day').toISOString() : undefined,
    to: search.till ? dayjs(search.till).add(1, 'day').startOf('day').toISOString() : undefined,
  };
}
