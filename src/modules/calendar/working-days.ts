import Holidays from 'date-holidays';
import { isCalendarDate } from '../../platform/validation/is-calendar-date.js';

/**
 * Working-day arithmetic for Swedish municipal administrations, on calendar dates written YYYY-MM-DD (no time,
 * no time zone). It serves the deadline rules "a labour-market plan within one working day of first contact"
 * (`addWorkingDays(firstContact, 1)`, or `workingDaysBetween(firstContact, planDate) <= 1`) and "sector chosen
 * within the first week".
 *
 * A day is NOT a working day when it is
 * - a Saturday or a Sunday;
 * - an allmän helgdag under lagen (1989:253) om allmänna helgdagar, 1 §: nyårsdagen, trettondedag jul,
 *   långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen,
 *   midsommardagen, alla helgons dag, juldagen, annandag jul (påskdagen, pingstdagen, midsommardagen and alla
 *   helgons dag always fall on a weekend, so they change nothing here but are listed by `holidaysIn`);
 * - midsommarafton, julafton or nyårsafton. They are not allmänna helgdagar, but Swedish law treats them as
 *   such: a statutory deadline that falls on "en söndag, annan allmän helgdag, lördag, midsommarafton, julafton
 *   eller nyårsafton" moves to the next weekday (lagen (1930:173) om beräkning av lagstadgad tid, 2 §, the
 *   söndagsregeln), and "med söndag jämställs allmän helgdag samt midsommarafton, julafton och nyårsafton"
 *   (semesterlagen (1977:480), 3 a §). Municipal employers give the same days off under their collective
 *   agreements (Allmänna bestämmelser, AB); the laws quoted here are the authority, the AB paragraph has not been
 *   checked for this module.
 *
 * Everything else is a working day, including the half days before a holiday (trettondagsafton, skärtorsdagen,
 * valborgsmässoafton, allhelgonaafton) and bridge days (klämdagar) such as the Friday after Kristi
 * himmelsfärdsdag, which an administration may give off by local decision but the law does not. A holiday that
 * falls on a weekend is not moved to a weekday (Sweden has no substitute days): nationaldagen on Saturday
 * 6 June 2026 costs no working day.
 *
 * The holidays come from `date-holidays`; why, and its known limits: docs/decisions/0001-working-days-from-date-holidays.md.
 */

/** A Swedish holiday (a non-working day other than a weekend) with its Swedish name. */
interface SwedishHoliday {
  /** YYYY-MM-DD */
  date: string;
  /** Swedish name as the library gives it, e.g. "långfredagen", "midsommarafton", "Kristi himmelsfärdsdag" */
  name: string;
}

/** The non-working eves (type "bank" in `date-holidays` for Sweden), named so that a data change adds no others. */
const DE_FACTO_HOLIDAYS: ReadonlySet<string> = new Set(['midsommarafton', 'julafton', 'nyårsafton']);

/** The years `isCalendarDate` accepts (and a PostgreSQL `date` in this domain holds). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

let calendar: Holidays | undefined;
const holidaysByYear = new Map<number, { list: readonly SwedishHoliday[]; dates: ReadonlySet<string> }>();

function holidaysOf(year: number): { list: readonly SwedishHoliday[]; dates: ReadonlySet<string> } {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year must be an integer from ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
  let entry = holidaysByYear.get(year);
  if (!entry) {
    calendar ??= new Holidays('SE', { languages: ['sv'] });
    const list = calendar
      .getHolidays(year, 'sv')
      .filter((h) => h.type === 'public' || (h.type === 'bank' && DE_FACTO_HOLIDAYS.has(h.name)))
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
      // the library sorts by date already; sorting again keeps the promise if that changes
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    entry = { list, dates: new Set(list.map((h) => h.date)) };
    holidaysByYear.set(year, entry);
  }
  return entry;
}

function assertDate(date: string, name: string): void {
  if (!isCalendarDate(date)) throw new RangeError(`${name} must be a calendar date, YYYY-MM-DD`);
}

/** The next calendar day, by UTC arithmetic (no local time zone involved). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function isWorkingDayUnchecked(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday ... 6 Saturday
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(Number(date.slice(0, 4))).dates.has(date);
}

/**
 * Whether `date` (YYYY-MM-DD) is a working day: a weekday that is neither an allmän helgdag nor midsommarafton,
 * julafton or nyårsafton. Throws RangeError for anything that is not a calendar date in 1900-2999.
 */
export function isWorkingDay(date: string): boolean {
  assertDate(date, 'date');
  return isWorkingDayUnchecked(date);
}

/**
 * Working days after `from` up to and including `to` (0 when to <= from): first contact Friday, plan Monday = 1;
 * first contact Thursday 2 April 2026, plan Tuesday 7 April 2026 (after Easter) = 1.
 */
export function workingDaysBetween(from: string, to: string): number {
  assertDate(from, 'from');
  assertDate(to, 'to');
  let count = 0;
  for (let day = from; day < to; ) {
    day = nextDay(day);
    if (isWorkingDayUnchecked(day)) count += 1;
  }
  return count;
}

/**
 * The date `days` working days after `date`: with `days` >= 1 the `days`-th working day after it (what `date`
 * itself is does not matter: a contact on Saturday plus one working day is Monday); with 0, `date` itself if it
 * is a working day, else the next working day. So `workingDaysBetween(date, addWorkingDays(date, n)) === n` for
 * n >= 1. Throws RangeError for a negative or fractional `days`, an invalid date, or a result after 2999.
 */
export function addWorkingDays(date: string, days: number): string {
  assertDate(date, 'date');
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number >= 0');
  let day = date;
  if (days === 0) {
    while (!isWorkingDayUnchecked(day)) day = nextDay(day);
    return day;
  }
  for (let counted = 0; counted < days; ) {
    day = nextDay(day);
    if (isWorkingDayUnchecked(day)) counted += 1;
  }
  return day;
}

/**
 * The year's Swedish non-working days other than ordinary weekends: the allmänna helgdagar plus midsommarafton,
 * julafton and nyårsafton, sorted by date, with Swedish names (lower case as in the law, "Kristi" capitalised).
 * Two can share a date (första maj and Kristi himmelsfärdsdag in 2008, nationaldagen and pingstdagen in 2049);
 * both are listed. Throws RangeError for a year outside 1900-2999.
 */
export function holidaysIn(year: number): Array<{ date: string; name: string }> {
  return holidaysOf(year).list.map((h) => ({ ...h }));
}
