import { describe, expect, it } from '@jest/globals';
import { validateSync } from 'class-validator';
import { IsIdentityNumber, maskIdentityNumber, parseIdentityNumber } from './identity-number.js';

/**
 * Test numbers only: the serials 980-999 are Skatteverket's series for test personnummer, never given to a real
 * person. 19850709-9805 is from Skatteverket's published list; the others are built from a birth date and a test
 * serial with the Luhn digit computed below, and each literal is checked against it.
 */
function luhnDigit(nineDigits: string): string {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return String((10 - (sum % 10)) % 10);
}

/** YYYYMMDD + serial -> YYYYMMDD-NNNC with a correct check digit. */
function testNumber(yyyymmdd: string, serial: string): string {
  return `${yyyymmdd}-${serial}${luhnDigit(yyyymmdd.slice(2) + serial)}`;
}

const TODAY = '2026-06-15';
const PN = 'PERSONNUMMER';
const SN = 'SAMORDNINGSNUMMER';

describe('the literal test numbers carry correct check digits', () => {
  it.each([
    ['19850709', '980', '19850709-9805'],
    ['19850709', '981', '19850709-9813'],
    ['19850769', '980', '19850769-9802'],
    ['19900161', '982', '19900161-9825'],
    ['19900191', '983', '19900191-9837'],
    ['19900291', '984', '19900291-9844'],
    ['19850230', '980', '19850230-9803'],
    ['20000229', '985', '20000229-9857'],
    ['19000229', '985', '19000229-9857'],
    ['20230229', '986', '20230229-9868'],
    ['20261231', '987', '20261231-9877'],
    ['20260615', '988', '20260615-9883'],
    ['20260616', '988', '20260616-9882'],
    ['20260301', '989', '20260301-9890'],
    ['19260901', '990', '19260901-9902'],
    ['19100101', '991', '19100101-9916'],
    ['20101231', '991', '20101231-9917'],
    ['20260681', '992', '20260681-9924'],
  ])('%s %s -> %s', (date, serial, expected) => {
    expect(testNumber(date, serial)).toBe(expected);
  });
});

describe('parseIdentityNumber', () => {
  it.each([
    // personnummer in every accepted form
    ['19850709-9805', '19850709-9805', PN, '1985-07-09'],
    ['198507099805', '19850709-9805', PN, '1985-07-09'],
    ['850709-9805', '19850709-9805', PN, '1985-07-09'],
    ['8507099805', '19850709-9805', PN, '1985-07-09'], // no separator: read as -
    [' 19850709-9813\n', '19850709-9813', PN, '1985-07-09'],
    // the century of the short form follows `today`
    ['260301-9890', '20260301-9890', PN, '2026-03-01'], // born this year
    ['260301+9890', '19260301-9890', PN, '1926-03-01'], // turned 100 this year
    ['260901-9902', '19260901-9902', PN, '1926-09-01'], // 2026-09-01 is still to come: 99 years old
    ['260615-9883', '20260615-9883', PN, '2026-06-15'], // born today
    ['101231-9917', '20101231-9917', PN, '2010-12-31'],
    ['100101+9916', '19100101-9916', PN, '1910-01-01'], // 116 years old
    ['19100101-9916', '19100101-9916', PN, '1910-01-01'],
    // 29 February
    ['20000229-9857', '20000229-9857', PN, '2000-02-29'],
    ['000229-9857', '20000229-9857', PN, '2000-02-29'],
    // samordningsnummer: day + 60, birthDate is the real day
    ['19850769-9802', '19850769-9802', SN, '1985-07-09'],
    ['850769-9802', '19850769-9802', SN, '1985-07-09'],
    ['19900161-9825', '19900161-9825', SN, '1990-01-01'], // day 61
    ['199001919837', '19900191-9837', SN, '1990-01-31'], // day 91
    ['900191-9837', '19900191-9837', SN, '1990-01-31'],
  ])('%j -> %s %s %s', (input, canonical, kind, birthDate) => {
    expect(parseIdentityNumber(input, TODAY)).toEqual({ canonical, kind, birthDate });
  });

  it.each([
    ['19850709-9806', 'wrong check digit'],
    ['19850709-9815', 'wrong check digit'],
    ['850709+9806', 'wrong check digit, short form'],
    ['19850230-9803', '30 February (check digit right)'],
    ['19000229-9857', '29 February 1900, not a leap year'],
    ['20230229-9868', '29 February 2023'],
    ['000229+9857', '29 February 1900 through the + separator'],
    ['19850700-9804', 'day 00'],
    ['19851309-9807', 'month 13'],
    ['19900192-9836', 'day 92: neither a day nor a day + 60'],
    ['19900291-9844', 'samordningsnummer for 31 February'],
    ['20261231-9877', 'born after today'],
    ['20260616-9882', 'born tomorrow'],
    ['20260681-9924', 'samordningsnummer born after today (21 June 2026)'],
    ['19100101+9916', 'a + with the century written out'],
    ['260901+9902', 'born 1826 by the + separator: before 1900'],
    ['19850709-0002', 'serial 000'],
    ['19850709-T805', 'interim number (letter in the serial)'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['abc', 'garbage'],
    ['19850709-98O5', 'letter O for zero'],
    ['1985-07-09-9805', 'dashes in the date'],
    ['19850709--9805', 'two separators'],
    ['850709 9805', 'space as separator'],
    ['19850709-980', 'too short'],
    ['19850709-98055', 'too long'],
    ['1985070998050', 'thirteen digits'],
    ['19850709_9805', 'underscore'],
  ])('%j -> null (%s)', (input) => {
    expect(parseIdentityNumber(input, TODAY)).toBeNull();
  });

  it('returns null for a value that is not a string', () => {
    expect(parseIdentityNumber(198507099805 as unknown as string, TODAY)).toBeNull();
    expect(parseIdentityNumber(undefined as unknown as string, TODAY)).toBeNull();
  });

  it('defaults today to the current date in Sweden', () => {
    expect(parseIdentityNumber('19850709-9805')).toEqual({
      canonical: '19850709-9805',
      kind: PN,
      birthDate: '1985-07-09',
    });
    expect(parseIdentityNumber('29991231-9804')).toBeNull(); // valid check digit, but far in the future
  });

  it('rejects a `today` that is not a calendar date', () => {
    expect(() => parseIdentityNumber('19850709-9805', '2026-02-30')).toThrow(RangeError);
  });

  it('does not echo the number in the RangeError', () => {
    expect(() => parseIdentityNumber('19850709-9805', 'x')).toThrow(/^today must be/);
  });
});

describe('maskIdentityNumber', () => {
  it.each([
    ['19850709-9805', '19850709-****'],
    ['19850769-9802', '19850769-****'], // samordningsnummer: the number's own date part
    ['850709-9805', '********-****'], // not canonical: nothing shown
    ['198507099805', '********-****'],
    ['', '********-****'],
    ['garbage', '********-****'],
  ])('%j -> %j', (input, expected) => {
    expect(maskIdentityNumber(input)).toBe(expected);
  });
});

describe('@IsIdentityNumber', () => {
  class Input {
    @IsIdentityNumber()
    identityNumber: unknown;
  }

  it.each([
    ['19850709-9805', 0],
    ['850709-9805', 0],
    ['19850769-9802', 0], // samordningsnummer
    ['19850709-9806', 1],
    ['19850230-9803', 1],
    [198507099805, 1],
    [undefined, 1],
    [null, 1],
  ])('%j gives %i error(s)', (value, count) => {
    const input = Object.assign(new Input(), { identityNumber: value });
    const errors = validateSync(input);
    expect(errors).toHaveLength(count);
    if (count) {
      expect(errors[0].property).toBe('identityNumber');
      const message = Object.values(errors[0].constraints ?? {}).join(' ');
      expect(message).toMatch(/personnummer or samordningsnummer/);
      if (typeof value === 'string') expect(message).not.toContain(value);
    }
  });
});
