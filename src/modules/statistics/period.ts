/**
 * The calendar of the statistics: which periods may be asked for, the months of a period, the day open periods
 * are counted on, and when the monthly follow-up report is due. Dates are calendar dates, YYYY-MM-DD.
 */
import { addWorkingDays } from '../calendar/working-days.js';
import { addDays } from '../../platform/context/clock.js';

/** The longest period the statistics answer for: three years (36 monthly rows per group). */
export const MAX_PERIOD_YEARS = 3;

/** The same day `years` later, clamped to the month's end (29 February 2024 + 1 year is 28 February 2025). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${pad(m)}-${pad(Math.min(d, last))}`;
}

/** Why [from, to] is not a period the statistics answer for, or null: `to` not before `from`, at most three years. */
export function periodProblem(from: string, to: string): string | null {
  if (to < from) return `must not be before from (${from})`;
  if (to >= addYears(from, MAX_PERIOD_YEARS)) return `the period may span at most ${MAX_PERIOD_YEARS} years (to before ${addYears(from, MAX_PERIOD_YEARS)})`;
  return null;
}

/**
 * The day "at the period's end" is reckoned on (periods open, with a current plan, overdue follow-ups): the
 * period's last day, or today if the period has not ended yet. The future is not counted.
 */
export function asOfDay(to: string, today: string): string {
  return to < today ? to : today;
}

/** One month of a period's monthly series. */
export interface PeriodMonth {
  /** YYYY-MM */
  month: string;
  /** The month's first day within the period (the period's first day for a period starting mid-month). */
  from: string;
  /** The month's last day within the period. */
  to: string;
}

/**
 * The calendar months a period touches, each clipped to the period: [2024-01-15, 2024-03-10] gives January from
 * the 15th, all of February, and March to the 10th. The monthly series counts within these bounds, so the months
 * add up to the period.
 */
export function monthsOf(from: string, to: string): PeriodMonth[] {
  const months: PeriodMonth[] = [];
  for (let start = firstOfMonth(from); start <= to; start = nextMonth(start)) {
    const end = addDays(nextMonth(start), -1);
    months.push({ month: start.slice(0, 7), from: start < from ? from : start, to: end > to ? to : end });
  }
  return months;
}

export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The first day of the month after the month `date` is in. */
export function nextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
}

/** The first day of the month before the month `date` is in. */
export function previousMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m === 1 ? `${y - 1}-12-01` : `${y}-${pad(m - 1)}-01`;
}

/** The first working day of the month `date` is in (weekends, Swedish public holidays and the three eves excluded). */
export function firstWorkingDayOfMonth(date: string): string {
  return addWorkingDays(firstOfMonth(date), 0);
}

/**
 * The month whose follow-up report is due on `today`: the previous month, from the first working day of this month
 * on (1 January is a holiday, so January's report for December comes on the 2nd at the earliest, or later after a
 * weekend). Null before that day. From then on every day of the month answers the same month, so a run missed on
 * the first working day is made up by the next day's.
 */
export function reportMonthDue(today: string): { month: string; from: string; to: string } | null {
  if (today < firstWorkingDayOfMonth(today)) return null;
  const month = previousMonth(today);
  return { month, from: month, to: addDays(firstOfMonth(today), -1) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
