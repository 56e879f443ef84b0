import { describe, expect, it } from '@jest/globals';
import { addYears, asOfDay, monthsOf, periodProblem, reportMonthDue } from './period.js';

describe('the periods the statistics answer for', () => {
  it.each([
    ['2024-01-01', '2024-12-31', null],
    ['2024-01-01', '2024-01-01', null],
    ['2024-01-01', '2026-12-31', null],
    ['2024-01-01', '2027-01-01', 'at most 3 years'],
    ['2024-02-29', '2027-02-27', null],
    ['2024-02-29', '2027-02-28', 'at most 3 years'],
    ['2024-06-01', '2024-05-31', 'must not be before from'],
  ])('[%s, %s]: %s', (from, to, problem) => {
    const found = periodProblem(from, to);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-07-15', 3, '2027-07-15'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it.each([
    ['2024-06-30', '2026-11-27', '2024-06-30'],
    ['2026-12-31', '2026-11-27', '2026-11-27'],
  ])('a period ending %s, today %s: open periods counted on %s', (to, today, asOf) => {
    expect(asOfDay(to, today)).toBe(asOf);
  });
});

describe('the months of a period', () => {
  it('clips the first and last month to the period', () => {
    expect(monthsOf('2024-01-15', '2024-03-10')).toEqual([
      { month: '2024-01', from: '2024-01-15', to: '2024-01-31' },
      { month: '2024-02', from: '2024-02-01', to: '2024-02-29' },
      { month: '2024-03', from: '2024-03-01', to: '2024-03-10' },
    ]);
  });

  it('crosses a year and gives a single day its month', () => {
    expect(monthsOf('2024-11-01', '2025-01-31').map((m) => m.month)).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(monthsOf('2024-12-31', '2024-12-31')).toEqual([{ month: '2024-12', from: '2024-12-31', to: '2024-12-31' }]);
    expect(monthsOf('2024-01-01', '2026-12-31')).toHaveLength(36);
  });
});

describe('when the monthly follow-up report is due', () => {
  it.each([
    ['Saturday 1 June 2024: not a working day', '2024-06-01', null],
    ['Monday 3 June 2024: the first working day', '2024-06-03', '2024-05-01'],
    ['a later day of June (a missed run is made up)', '2024-06-20', '2024-05-01'],
    ['the last day of June', '2024-06-30', '2024-05-01'],
    ['Monday 1 July 2024', '2024-07-01', '2024-06-01'],
    ['nyårsdagen 2025', '2025-01-01', null],
    ['2 January 2025', '2025-01-02', '2024-12-01'],
    ['Easter Monday 1 April 2024 (annandag påsk)', '2024-04-01', null],
    ['Tuesday 2 April 2024', '2024-04-02', '2024-03-01'],
  ])('%s', (_, today, month) => {
    expect(reportMonthDue(today)?.month ?? null).toBe(month);
  });

  it('covers the whole previous month', () => {
    expect(reportMonthDue('2024-03-01')).toEqual({ month: '2024-02-01', from: '2024-02-01', to: '2024-02-29' });
    expect(reportMonthDue('2025-01-02')).toEqual({ month: '2024-12-01', from: '2024-12-01', to: '2024-12-31' });
  });
});
