import Personnummer from 'personnummer';
import { compactNumber, luhnHolds } from '../../platform/components/number-check';

/**
 * What can be said about a personnummer or samordningsnummer as it is being typed:
 * - `empty`, `incomplete`: nothing yet, so nobody is nagged mid-number;
 * - `characters`, `too-long`: wrong whatever comes next;
 * - `date`, `future`, `check-digit`, `invalid`: a whole number the API would refuse (`mayGrow`: ten digits that may be
 *   the start of the twelve-digit form, so said only once the person leaves the field);
 * - `valid`: the canonical form YYYYMMDD-NNNN that the API stores.
 */
export type IdentityNumberCheck =
  | { kind: 'empty' | 'incomplete' | 'characters' | 'too-long' }
  | { kind: 'date' | 'future' | 'check-digit' | 'invalid'; mayGrow: boolean }
  | { kind: 'valid'; canonical: string; coordination: boolean; birthDate: string };

/** YYMMDD or YYYYMMDD, optional separator, four digits: the API's FORMAT (src/platform/identifiers/identity-number.ts). */
const FORMAT = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

const isDate = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2999 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * Checks a personnummer or samordningsnummer as the API's `parseIdentityNumber` does, with the same library
 * (`personnummer`): the date (a samordningsnummer's day is the birth day + 60), Luhn's check digit, no interim
 * numbers, a birth date neither after `today` nor before 1900, and the century from `today` for the short forms
 * (YYMMDD-NNNN within the last hundred years, YYMMDD+NNNN a hundred years or more). White space is ignored.
 */
export function checkIdentityNumber(text: string, today: string): IdentityNumberCheck {
  const read = compactNumber(text);
  if ('kind' in read) return read;
  const { compact, digits } = read;
  const separatorAt = compact.search(/[+-]/);
  if (separatorAt !== -1 && separatorAt !== 6 && separatorAt !== 8) return { kind: 'characters' };
  const whole = separatorAt === 8 || (separatorAt === -1 && digits.length > 10) ? 12 : 10;
  if (digits.length > 12 || (separatorAt !== -1 && digits.length > whole)) return { kind: 'too-long' };
  if (digits.length < whole) return { kind: 'incomplete' };
  const mayGrow = separatorAt === -1 && digits.length === 10 && /^(19|20)/.test(digits);

  const [, century, yy, mm, dd, separator, serial] = FORMAT.exec(compact) ?? [];
  if (serial === undefined) return { kind: 'invalid', mayGrow };
  const day = Number(dd);
  const realDay = String(day > 60 ? day - 60 : day).padStart(2, '0');
  let year: number;
  if (century !== undefined) {
    if (separator === '+') return { kind: 'characters' };
    year = Number(century + yy);
  } else {
    const thisYear = Number(today.slice(0, 4));
    year = thisYear - ((thisYear - Number(yy)) % 100);
    if (`${year}-${mm}-${realDay}` > today) year -= 100;
    if (separator === '+') year -= 100;
  }
  const yyyy = String(year).padStart(4, '0');
  const birthDate = `${yyyy}-${mm}-${realDay}`;
  if (!isDate(birthDate)) return { kind: 'date', mayGrow };
  if (birthDate > today) return { kind: 'future', mayGrow };
  if (!luhnHolds(`${yy}${mm}${dd}${serial}`)) return { kind: 'check-digit', mayGrow };
  try {
    const parsed = Personnummer.parse(`${yyyy}${mm}${dd}${serial}`, { allowCoordinationNumber: true, allowInterimNumber: false });
    return { kind: 'valid', canonical: `${yyyy}${mm}${dd}-${serial}`, coordination: parsed.isCoordinationNumber(), birthDate };
  } catch {
    return { kind: 'invalid', mayGrow };
  }
}
