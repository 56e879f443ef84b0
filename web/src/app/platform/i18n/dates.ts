import dayjs from 'dayjs';
import 'dayjs/locale/sv';

dayjs.locale('sv');

/** Today's date in the browser's time zone, as the API writes dates: 2026-12-03. */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** A date (or a moment) as Swedish offices write it: 2026-12-03. */
export function formatDate(value: string): string {
  return dayjs(value).format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

/** The clock time a number of seconds from now, 10:45. */
export function clockTimeIn(seconds: number): string {
  return dayjs().add(seconds, 'second').format('HH:mm');
}
