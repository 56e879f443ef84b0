import dayjs from 'dayjs';
import { today } from '../platform/i18n/dates';

/** The groupings the statistics offer, as the address writes them. */
export const GROUPINGS = ['huvudman', 'bransch', 'team', 'sekreterare'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const GROUP_BY = { huvudman: 'PRINCIPAL', bransch: 'SECTOR', team: 'TEAM', sekreterare: 'SECRETARY' } as const;

/** The dashboard's filters, kept in the address so that a view can be shared and the back button works. */
export interface StatisticsSearch {
  /** The period's first day, YYYY-MM-DD */
  fran?: string;
  /** The period's last day, YYYY-MM-DD */
  till?: string;
  /** One principal's id; none: every principal the viewer reads */
  huvudman?: string;
  grupp?: Grouping;
}

/** The filters with the defaults filled in: this year so far, every principal, per principal. */
export interface StatisticsFilters {
  from: string;
  to: string;
  principalId?: string;
  grouping: Grouping;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the address's search params, dropping what could not have come from the form. */
export function validateStatisticsSearch(search: Record<string, unknown>): StatisticsSearch {
  const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) && dayjs(value).isValid() ? value : undefined);
  return {
    fran: date(search.fran),
    till: date(search.till),
    huvudman: typeof search.huvudman === 'string' && UUID.test(search.huvudman) ? search.huvudman : undefined,
    grupp: GROUPINGS.find((g) => g === search.grupp),
  };
}

export function filtersOf(search: StatisticsSearch): StatisticsFilters {
  const year = presets().find((p) => p.key === 'thisYear')!;
  return { from: search.fran ?? year.from, to: search.till ?? year.to, principalId: search.huvudman, grouping: search.grupp ?? 'huvudman' };
}

export type PresetKey = 'thisMonth' | 'lastMonth' | 'thisYear' | 'lastYear';

/** The periods offered with one click; this month and this year end today (the statistics never count the future). */
export function presets(now = today()): Array<{ key: PresetKey; from: string; to: string }> {
  const d = dayjs(now);
  const lastMonth = d.subtract(1, 'month');
  const lastYear = d.subtract(1, 'year');
  const f = (x: dayjs.Dayjs) => x.format('YYYY-MM-DD');
  return [
    { key: 'thisMonth', from: f(d.startOf('month')), to: now },
    { key: 'lastMonth', from: f(lastMonth.startOf('month')), to: f(lastMonth.endOf('month')) },
    { key: 'thisYear', from: f(d.startOf('year')), to: now },
    { key: 'lastYear', from: f(lastYear.startOf('year')), to: f(lastYear.endOf('year')) },
  ];
}
