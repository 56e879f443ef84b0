import { Injectable } from '@nestjs/common';

/**
 * The time source of every rule that depends on "now" (follow-ups due, agreements in force, the Kolada one-month
 * rule). Tests and the demo's simulated clock shift it instead of waiting.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  constructor(private readonly timeZone: string = 'Europe/Stockholm') {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's calendar date (YYYY-MM-DD) in the administration's time zone. */
  today(): string {
    return toLocalDate(this.now(), this.timeZone);
  }

  /** Moves the clock so that now() returns `instant` (used by tests and demo simulations only). */
  setNow(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone, as YYYY-MM-DD (Swedish dates are ISO-ordered). */
export function toLocalDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // building a formatter costs far more than using one, and "today" is asked on every request
    format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** Adds whole calendar days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
