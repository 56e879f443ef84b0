import { registerDecorator, type ValidationOptions } from 'class-validator';
import personnummer from 'personnummer';
import { toLocalDate } from '../context/clock.js';
import { isCalendarDate } from '../validation/is-calendar-date.js';

// The package's CommonJS build exports the class itself, while its types describe an ES default export.
const Personnummer = personnummer as unknown as typeof personnummer.default;

/**
 * A Swedish personnummer or samordningsnummer (coordination number, given to people who are or have been in
 * Sweden without being registered here; its day is the birth day + 60), parsed and checked.
 *
 * NEVER LOG IT, nor put it in an error message, an exception, a metric label or an audit diff: it identifies a
 * person on its own (docs/rules.md, "Rules that protect people"). `scrubIdentityNumbers` in logging/scrub.ts is the
 * net under that rule, not a licence; `maskIdentityNumber` is what may be shown where a number must be referred to.
 */
export interface IdentityNumber {
  /**
   * YYYYMMDD-NNNN: twelve digits with a dash, the date part as in the number (day + 60 for a samordningsnummer).
   * Twelve digits because the usual ten (YYMMDD-NNNN) are ambiguous across centuries: the separator (- under
   * 100 years of age, + from the year one turns 100) changes with time and is often dropped or mistyped, so
   * 121212-1212 and 121212+1212 are different people and "1212121212" could be either. With the century
   * written out, one person has one canonical string, which is what duplicate checks compare.
   */
  canonical: string;
  kind: 'PERSONNUMMER' | 'SAMORDNINGSNUMMER';
  /**
   * YYYY-MM-DD, the real birth date (day - 60 for a samordningsnummer). Derived from the number rather than
   * entered, so the two cannot disagree, and used only for duplicate checks and display. Age is never a matching
   * input: it is a ground of the Discrimination Act (diskrimineringslagen 2008:567), which the ranking must not
   * use (docs/rules.md, "Rules that protect people"), so nothing here offers an age. For the same reason the
   * serial's legal-sex digit (the ninth) is not exposed either.
   */
  birthDate: string;
}

/** YYMMDD or YYYYMMDD, optional separator, four digits (three serial digits and the check digit). */
const FORMAT = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

/** Today's date in Sweden, when the caller does not pass one (services pass `Clock.today()`). */
function todayInSweden(): string {
  return toLocalDate(new Date(), 'Europe/Stockholm');
}

/**
 * Parses a personnummer or samordningsnummer; null when it is not one. The `personnummer` library checks the
 * Luhn check digit, the date (2026-02-30 is not one) and the samordningsnummer's day + 60; interim numbers
 * (letters in the serial) are not accepted. A birth date after `today` (YYYY-MM-DD, default today in Sweden)
 * is rejected too, and so is one before 1900.
 *
 * Accepted forms, surrounding white space ignored:
 * - YYYYMMDDNNNN and YYYYMMDD-NNNN: the century is written out (a + there is rejected: it would mean nothing);
 * - YYMMDD-NNNN: born within the 100 years up to `today`, i.e. the latest such date that is not after `today`
 *   (on 2026-06-15, 260301-NNNN is 2026-03-01 and 260901-NNNN is 1926-09-01);
 * - YYMMDD+NNNN: 100 years or older on `today` (260301+NNNN is 1926-03-01 on 2026-06-15);
 * - YYMMDDNNNN, without separator: read as YYMMDD-NNNN, the common way it is written.
 * The library's own century guess uses the machine's clock, so the century is settled here from `today` and the
 * library is given the 12-digit form.
 */
export function parseIdentityNumber(value: string, today: string = todayInSweden()): IdentityNumber | null {
  if (!isCalendarDate(today)) throw new RangeError('today must be a calendar date, YYYY-MM-DD');
  if (typeof value !== 'string') return null;
  const match = FORMAT.exec(value.trim());
  if (!match) return null;
  const [, century, yy, mm, dd, separator, serial] = match;

  const day = Number(dd);
  const realDay = String(day > 60 ? day - 60 : day).padStart(2, '0');
  let year: number;
  if (century !== undefined) {
    if (separator === '+') return null;
    year = Number(century + yy);
  } else {
    const thisYear = Number(today.slice(0, 4));
    year = thisYear - ((thisYear - Number(yy)) % 100); // the latest year ending in yy, up to this year
    if (`${year}-${mm}-${realDay}` > today) year -= 100;
    if (separator === '+') year -= 100;
  }
  const yyyy = String(year).padStart(4, '0');

  let coordination: boolean;
  try {
    const parsed = Personnummer.parse(`${yyyy}${mm}${dd}${serial}`, {
      allowCoordinationNumber: true,
      allowInterimNumber: false,
    });
    coordination = parsed.isCoordinationNumber();
  } catch {
    return null;
  }
  // isCalendarDate also bounds the year to 1900-2999: nobody living was born earlier (a + reaches back 199 years)
  const birthDate = `${yyyy}-${mm}-${realDay}`;
  if (!isCalendarDate(birthDate) || birthDate > today) return null;
  return {
    canonical: `${yyyy}${mm}${dd}-${serial}`,
    kind: coordination ? 'SAMORDNINGSNUMMER' : 'PERSONNUMMER',
    birthDate,
  };
}

/**
 * The canonical number with the last four digits hidden, "19850709-****", for lists and confirmations where a
 * person must be told apart without showing the number. Anything that is not a canonical number (YYYYMMDD-NNNN)
 * comes back fully hidden, "********-****", so that a wrong call can never echo a raw number.
 */
export function maskIdentityNumber(canonical: string): string {
  const isCanonical = typeof canonical === 'string' && /^\d{8}-\d{4}$/.test(canonical);
  return isCanonical ? `${canonical.slice(0, 8)}-****` : '********-****';
}

/**
 * class-validator: the property is a valid personnummer or samordningsnummer in one of the forms
 * `parseIdentityNumber` accepts, with its birth date not after today in Sweden (the service canonicalises it).
 * The message names the kinds and never contains the value.
 */
export function IsIdentityNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIdentityNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: 'must be a valid Swedish personnummer or samordningsnummer (YYYYMMDD-NNNN, check digit)',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseIdentityNumber(value) !== null,
      },
    });
}
