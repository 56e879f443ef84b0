import dayjs from 'dayjs';
import '../platform/i18n/dates';

/** A moment as Swedish offices write it: 2026-12-10 09:00. */
export function formatDateTime(value: string): string {
  return dayjs(value).format('YYYY-MM-DD HH:mm');
}

/** A meeting's time: 2026-12-10 09:00–12:00, or both dates when it runs past midnight. */
export function formatSpan(startsAt: string, endsAt: string): string {
  const start = dayjs(startsAt);
  const end = dayjs(endsAt);
  return `${start.format('YYYY-MM-DD HH:mm')}–${end.isSame(start, 'day') ? end.format('HH:mm') : end.format('YYYY-MM-DD HH:mm')}`;
}

/** A date (YYYY-MM-DD) and a clock time (HH:MM) in the browser's time zone, as the API's instant. */
export function toInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = dayjs(`${date}T${time}`);
  return at.isValid() ? at.toISOString() : null;
}

/** The calendar quarter of today: year and 1-4. */
export function currentQuarter(): { year: number; quarter: number } {
  const now = dayjs();
  return { year: now.year(), quarter: Math.floor(now.month() / 3) + 1 };
}
