import { describe, expect, it } from '@jest/globals';
import { addWorkingDays, holidaysIn, isWorkingDay, workingDaysBetween } from './working-days.js';

// Run also with TZ=America/Los_Angeles and TZ=Pacific/Auckland: nothing here may depend on the machine's zone.

describe('isWorkingDay', () => {
  it.each([
    // Easter 2026
    ['2026-04-02', true], // skärtorsdagen, Thursday: a working day
    ['2026-04-03', false], // långfredagen
    ['2026-04-04', false], // påskafton, Saturday
    ['2026-04-05', false], // påskdagen, Sunday
    ['2026-04-06', false], // annandag påsk
    ['2026-04-07', true],
    // Easter 2025
    ['2025-04-17', true],
    ['2025-04-18', false], // långfredagen
    ['2025-04-21', false], // annandag påsk
    ['2025-04-22', true],
    // första maj, valborg and Ascension 2026
    ['2026-04-30', true], // valborgsmässoafton
    ['2026-05-01', false], // första maj, Friday
    ['2026-05-13', true],
    ['2026-05-14', false], // Kristi himmelsfärdsdag, Thursday
    ['2026-05-15', true], // klämdag: a working day by law
    // nationaldagen on a weekday (2025) and on a Saturday (2026: no substitute day)
    ['2025-06-05', true],
    ['2025-06-06', false], // Friday
    ['2025-06-09', true],
    ['2026-06-05', true],
    ['2026-06-06', false], // Saturday
    ['2026-06-08', true],
    // midsummer 2026
    ['2026-06-18', true],
    ['2026-06-19', false], // midsommarafton
    ['2026-06-20', false], // midsommardagen, Saturday
    ['2026-06-22', true],
    // alla helgons dag 2026 is Saturday 31 October; the eve before is a working day
    ['2026-10-30', true],
    // Christmas and New Year 2026-27
    ['2026-12-23', true],
    ['2026-12-24', false], // julafton, Thursday
    ['2026-12-25', false], // juldagen
    ['2026-12-26', false], // annandag jul, Saturday
    ['2026-12-28', true],
    ['2026-12-30', true],
    ['2026-12-31', false], // nyårsafton, Thursday
    ['2027-01-01', false], // nyårsdagen, Friday
    ['2027-01-04', true],
    ['2027-01-05', true], // trettondagsafton
    ['2027-01-06', false], // trettondedag jul, Wednesday
    ['2026-01-05', true], // trettondagsafton
    ['2026-01-06', false], // trettondedag jul, Tuesday
    // plain weeks
    ['2026-11-20', true], // Friday
    ['2026-11-21', false], // Saturday
    ['2026-11-22', false], // Sunday
    ['2026-11-23', true], // Monday
  ])('%s -> %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-4-2', '', '2026-04-02T00:00:00Z', '1899-12-29', '3000-01-01'])(
    'rejects %j with a RangeError',
    (date) => {
      expect(() => isWorkingDay(date)).toThrow(RangeError);
    },
  );
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-11-20', '2026-11-23', 1], // first contact Friday, plan Monday
    ['2026-11-16', '2026-11-23', 5], // Monday to Monday
    ['2026-11-21', '2026-11-22', 0], // Saturday to Sunday
    ['2026-11-21', '2026-11-23', 1], // Saturday to Monday
    ['2026-04-02', '2026-04-06', 0], // over Easter 2026: Friday and Monday are holidays
    ['2026-04-02', '2026-04-07', 1],
    ['2025-04-17', '2025-04-22', 1], // Easter 2025
    ['2026-05-13', '2026-05-15', 1], // Ascension 2026
    ['2025-06-05', '2025-06-09', 1], // nationaldagen on Friday 2025
    ['2026-06-05', '2026-06-08', 1], // nationaldagen on Saturday 2026
    ['2026-06-18', '2026-06-22', 1], // midsommarafton 2026
    ['2026-12-23', '2026-12-28', 1], // Christmas 2026
    ['2026-12-23', '2027-01-04', 4], // 28, 29, 30 December and 4 January
    ['2026-12-30', '2027-01-04', 1], // over the year boundary
    ['2025-12-31', '2026-12-31', 251], // all of 2026: 365 - 104 weekend days - 10 weekday holidays
    ['2026-11-23', '2026-11-23', 0], // same day
    ['2026-11-24', '2026-11-23', 0], // to before from
    ['2027-01-04', '2026-12-23', 0],
  ])('%s -> %s = %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('rejects dates that are not calendar dates', () => {
    expect(() => workingDaysBetween('2026-02-30', '2026-03-02')).toThrow(RangeError);
    expect(() => workingDaysBetween('2026-03-02', '2026-13-01')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-04-02', 1, '2026-04-07'], // Thursday before Easter 2026 -> Tuesday after
    ['2026-04-01', 5, '2026-04-10'],
    ['2025-04-17', 1, '2025-04-22'], // Easter 2025
    ['2026-05-13', 1, '2026-05-15'], // over Kristi himmelsfärdsdag
    ['2025-06-05', 1, '2025-06-09'], // over nationaldagen, Friday 2025
    ['2026-06-05', 1, '2026-06-08'], // nationaldagen on Saturday 2026 costs nothing
    ['2026-06-18', 1, '2026-06-22'], // over midsommarafton
    ['2026-12-23', 1, '2026-12-28'], // over Christmas
    ['2026-12-30', 1, '2027-01-04'], // over nyårsafton and nyårsdagen, into a new year
    ['2026-12-30', 2, '2027-01-05'],
    ['2027-01-05', 1, '2027-01-07'], // over trettondedag jul
    ['2026-11-20', 1, '2026-11-23'], // Friday -> Monday
    ['2026-11-21', 1, '2026-11-23'], // Saturday -> Monday
    ['2026-11-16', 5, '2026-11-23'], // a working week
    ['2026-11-23', 0, '2026-11-23'], // 0: the day itself when it is a working day
    ['2026-11-21', 0, '2026-11-23'], // 0 on a weekend: the next working day
    ['2026-04-03', 0, '2026-04-07'], // 0 on långfredagen
    ['2026-12-24', 0, '2026-12-28'],
    ['2026-12-31', 0, '2027-01-04'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p days with a RangeError', (days) => {
    expect(() => addWorkingDays('2026-11-23', days)).toThrow(RangeError);
  });

  it('rejects a date that is not a calendar date', () => {
    expect(() => addWorkingDays('2026-02-29', 1)).toThrow(RangeError);
  });

  it('agrees with workingDaysBetween and lands on working days, every day of 2025-2027', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (let n = 0; n <= 6; n++) {
        const result = addWorkingDays(date, n);
        const expected = n === 0 ? (isWorkingDay(date) ? 0 : 1) : n;
        if (!isWorkingDay(result) || workingDaysBetween(date, result) !== expected) mismatches.push(`${date} + ${n}`);
        if (n >= 1 && workingDaysBetween(date, dayBefore(result)) !== n - 1) mismatches.push(`${date} + ${n} (late)`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

/** The calendar day before `date`. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('holidaysIn', () => {
  it.each([
    [
      2025,
      [
        ['2025-01-01', 'nyårsdagen'],
        ['2025-01-06', 'trettondedag jul'],
        ['2025-04-18', 'långfredagen'],
        ['2025-04-20', 'påskdagen'],
        ['2025-04-21', 'annandag påsk'],
        ['2025-05-01', 'första maj'],
        ['2025-05-29', 'Kristi himmelsfärdsdag'],
        ['2025-06-06', 'nationaldagen'],
        ['2025-06-08', 'pingstdagen'],
        ['2025-06-20', 'midsommarafton'],
        ['2025-06-21', 'midsommardagen'],
        ['2025-11-01', 'alla helgons dag'],
        ['2025-12-24', 'julafton'],
        ['2025-12-25', 'juldagen'],
        ['2025-12-26', 'annandag jul'],
        ['2025-12-31', 'nyårsafton'],
      ],
    ],
    [
      2026,
      [
        ['2026-01-01', 'nyårsdagen'],
        ['2026-01-06', 'trettondedag jul'],
        ['2026-04-03', 'långfredagen'],
        ['2026-04-05', 'påskdagen'],
        ['2026-04-06', 'annandag påsk'],
        ['2026-05-01', 'första maj'],
        ['2026-05-14', 'Kristi himmelsfärdsdag'],
        ['2026-05-24', 'pingstdagen'],
        ['2026-06-06', 'nationaldagen'],
        ['2026-06-19', 'midsommarafton'],
        ['2026-06-20', 'midsommardagen'],
        ['2026-10-31', 'alla helgons dag'],
        ['2026-12-24', 'julafton'],
        ['2026-12-25', 'juldagen'],
        ['2026-12-26', 'annandag jul'],
        ['2026-12-31', 'nyårsafton'],
      ],
    ],
    [
      2027,
      [
        ['2027-01-01', 'nyårsdagen'],
        ['2027-01-06', 'trettondedag jul'],
        ['2027-03-26', 'långfredagen'],
        ['2027-03-28', 'påskdagen'],
        ['2027-03-29', 'annandag påsk'],
        ['2027-05-01', 'första maj'],
        ['2027-05-06', 'Kristi himmelsfärdsdag'],
        ['2027-05-16', 'pingstdagen'],
        ['2027-06-06', 'nationaldagen'],
        ['2027-06-25', 'midsommarafton'],
        ['2027-06-26', 'midsommardagen'],
        ['2027-11-06', 'alla helgons dag'],
        ['2027-12-24', 'julafton'],
        ['2027-12-25', 'juldagen'],
        ['2027-12-26', 'annandag jul'],
        ['2027-12-31', 'nyårsafton'],
      ],
    ],
  ])('%i', (year, expected) => {
    expect(holidaysIn(year).map((h) => [h.date, h.name])).toEqual(expected);
  });

  it('lists both holidays when two share a date (första maj and Kristi himmelsfärdsdag in 2008)', () => {
    expect(holidaysIn(2008).filter((h) => h.date === '2008-05-01').map((h) => h.name).sort()).toEqual([
      'Kristi himmelsfärdsdag',
      'första maj',
    ]);
  });

  it('returns copies: changing the result does not change the calendar', () => {
    const first = holidaysIn(2026);
    first[0].date = '2026-01-02';
    first.pop();
    expect(holidaysIn(2026)).toHaveLength(16);
    expect(holidaysIn(2026)[0].date).toBe('2026-01-01');
    expect(isWorkingDay('2026-01-02')).toBe(true);
  });

  it.each([1899, 3000, 2026.5, Number.NaN])('rejects year %p with a RangeError', (year) => {
    expect(() => holidaysIn(year)).toThrow(RangeError);
  });
});
