import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Whether `value` is a real calendar date written YYYY-MM-DD (2026-02-30 is not), in the years 1900-2999: dates
 * in this domain (contacts, follow-ups, plans) fall there, and year 0 does not fit a PostgreSQL `date`.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** class-validator: a calendar date (PostgreSQL `date`) as YYYY-MM-DD. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a date, YYYY-MM-DD`, ...options },
      validator: { validate: isCalendarDate },
    });
}
