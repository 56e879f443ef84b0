import { describe, expect, it } from '@jest/globals';
import { monthsOf } from './period.js';
import { assembleRows, monthlySeries, REASONS, workingDaysSummary, type FigureLine, type HistogramLine, type StatisticsLines } from './statistics-assembly.js';

describe('working days from a histogram', () => {
  it.each([
    ['0, 1, 3, 0, 1, 1, 1: median 1, mean 1, 6 of 7 within 1', [[0, 2], [1, 4], [3, 1]], 1, { count: 7, median: 1, mean: 1, within: 6 }],
    ['4, 7: an even count takes the mean of the two middle values', [[4, 1], [7, 1]], 5, { count: 2, median: 5.5, mean: 5.5, within: 1 }],
    ['4, 7, 4', [[4, 1], [7, 1], [4, 1]], 5, { count: 3, median: 4, mean: 5, within: 2 }],
    ['1, 1, 2, 10', [[10, 1], [1, 2], [2, 1]], 1, { count: 4, median: 1.5, mean: 3.5, within: 2 }],
    ['nothing in the period', [], 1, { count: 0, median: null, mean: null, within: 0 }],
  ])('%s', (_, bars, target, expected) => {
    const summary = workingDaysSummary(bars.map(([v, n]) => ({ v, n })), target);
    expect(summary).toMatchObject({ count: expected.count, median: expected.median, mean: expected.mean, targetWorkingDays: target });
    expect(summary.withinTarget).toMatchObject({ numerator: expected.within, denominator: expected.count });
  });
});

const months = monthsOf('2024-01-01', '2024-04-30');
/** `n` periods spanning months `from` to `to` (1-based), with how many began, ended, and ended in work or studies. */
const span = (from: number, to: number, n: number, counts: Partial<HistogramLine> = {}): HistogramLine => ({
  k: null, g: 0, plan_days: null, sector_days: null, span_from: from, span_to: to, n, newly: 0, exited: 0, ws: 0, ...counts,
});

describe('the monthly series', () => {
  it('counts a period in every month its span covers, first contacts in its first month and exits in its last', () => {
    const series = monthlySeries(
      months,
      [
        span(1, 4, 3), // three periods open all four months
        span(2, 3, 1, { newly: 1, exited: 1, ws: 1 }), // first contact in February, to work in March
        span(4, 4, 2, { newly: 2 }),
        { ...span(1, 1, 0), g: 1, span_from: null, span_to: null, plan_days: 1, n: 5 }, // a working-days bar: not a span
      ],
      [],
    );
    expect(series.map((m) => [m.month, m.enrolled, m.newlyEnrolled, m.exited, m.exitsToWorkOrStudies])).toEqual([
      ['2024-01', 3, 0, 0, 0],
      ['2024-02', 4, 1, 0, 0],
      ['2024-03', 4, 0, 1, 1],
      ['2024-04', 5, 2, 0, 0],
    ]);
  });

  it('counts a person who left and came back in the same month once', () => {
    // March: one period ended on the 5th, the same person's next began on the 20th
    const series = monthlySeries(months, [span(3, 3, 1, { newly: 1, exited: 1 }), span(3, 4, 1, { newly: 1 })], [
      { k: null, g: 1, bucket: 3, enrolled: 1, newly: 1 },
    ]);
    expect(series[2]).toMatchObject({ month: '2024-03', enrolled: 1, newlyEnrolled: 1, exited: 1 });
    expect(series[3]).toMatchObject({ enrolled: 1, newlyEnrolled: 0 });
  });

  it('gives the working days from the bars of plans and sectors', () => {
    const bar = (plan: number | null, sector: number | null, n: number): HistogramLine => ({ ...span(1, 1, n), g: 1, span_from: null, span_to: null, plan_days: plan, sector_days: sector });
    const lines: StatisticsLines = {
      figures: [{ k: null, p: 'p', periods: 4, newly: 4, work: 0, studies: 0, other: 0, pending: 0, reasons: REASONS.map(() => 0), open_at_end: 0, with_plan: 0, overdue: 0 }],
      histograms: [bar(0, 4, 1), bar(1, 7, 1), bar(3, null, 1), bar(null, null, 1)],
      repeatedPeople: [],
      repeatedMonths: [],
    };
    const { total } = assembleRows(lines, months, new Map(), true);
    expect(total.workingDaysToPlan).toMatchObject({ count: 3, median: 1, withinTarget: { numerator: 2, denominator: 3 } });
    expect(total.workingDaysToSector).toMatchObject({ count: 2, median: 5.5, mean: 5.5, withinTarget: { numerator: 1, denominator: 2 } });
  });
});

describe('rows from lines', () => {
  const figure = (k: string | null, p: string, counts: Partial<FigureLine>): FigureLine => ({
    k, p, periods: 0, newly: 0, work: 0, studies: 0, other: 0, pending: 0, reasons: REASONS.map(() => 0), open_at_end: 0, with_plan: 0, overdue: 0, ...counts,
  });
  // one Trelleborg person in care twice (left and came back); one Svedala person in care and, later, without a sector
  const lines: StatisticsLines = {
    figures: [
      figure('care', 'trelleborg', { periods: 10, newly: 5, work: 3, studies: 1, other: 2, pending: 1, open_at_end: 4, with_plan: 3, overdue: 1 }),
      figure('care', 'svedala', { periods: 4, newly: 2, work: 1, other: 1, open_at_end: 2, with_plan: 2 }),
      figure(null, 'svedala', { periods: 2, newly: 2, studies: 1, open_at_end: 1 }),
    ],
    histograms: [],
    repeatedPeople: [
      { k: 'care', p: 'trelleborg', g: 0, enrolled: 1, newly: 1 },
      { k: 'care', p: null, g: 1, enrolled: 1, newly: 1 },
      { k: null, p: 'trelleborg', g: 2, enrolled: 1, newly: 1 },
      { k: null, p: 'svedala', g: 2, enrolled: 1, newly: 1 },
      { k: null, p: null, g: 3, enrolled: 2, newly: 2 },
    ],
    repeatedMonths: [],
  };
  const parameters = new Map([
    ['trelleborg', { aidPerPersonMonth: 8000, taxPerWorkExitMonth: 7500, costPerEnrolled: 27_027 }],
    ['svedala', { aidPerPersonMonth: 7000, taxPerWorkExitMonth: 7000, costPerEnrolled: null }],
  ]);

  it('sums a group over its principals and counts its people once', () => {
    const { groups } = assembleRows(lines, months, parameters, false);
    const care = groups.find((g) => g.key === 'care')!;
    expect(care).toMatchObject({ enrolled: 13, newlyEnrolled: 6, exits: 9, openAtEnd: 6, overdueFollowUps: 1 });
    expect(care.exitsByOutcome).toEqual({ work: 4, studies: 1, other: 3, workPending: 1, settled: 8 });
    expect(care.shareOfEnrolled).toMatchObject({ numerator: 5, denominator: 13, percent: 38 });
    expect(care.shareOfExits).toMatchObject({ numerator: 5, denominator: 8, percent: 63 }); // 62.5 % rounds up
    expect(care.currentPlan).toMatchObject({ numerator: 5, denominator: 6, percent: 83 });
    // each principal's part with its own parameters; Svedala has no cost, so the group has none
    expect(care.economy).toEqual({ aidReducedPerMonth: 4 * 8000 + 1 * 7000, taxIncreasePerMonth: 3 * 7500 + 1 * 7000, programmeCost: null });
    expect(groups.find((g) => g.key === null)).toMatchObject({ enrolled: 2, exits: 1, exitsByOutcome: { studies: 1 } });
  });

  it('costs each principal’s distinct people at its own cost per enrolled', () => {
    const costs = new Map([
      ['trelleborg', { aidPerPersonMonth: 0, taxPerWorkExitMonth: 0, costPerEnrolled: 27_027 }],
      ['svedala', { aidPerPersonMonth: 0, taxPerWorkExitMonth: 0, costPerEnrolled: 28_915 }],
    ]);
    const { groups, total } = assembleRows(lines, months, costs, false);
    expect(groups.find((g) => g.key === 'care')!.economy?.programmeCost).toBe(9 * 27_027 + 4 * 28_915);
    expect(total.economy?.programmeCost).toBe(9 * 27_027 + 5 * 28_915);
  });

  it('takes the total’s people from the total line, and its estimate per principal', () => {
    const { total } = assembleRows(lines, months, parameters, false);
    expect(total).toMatchObject({ key: null, total: true, enrolled: 14, newlyEnrolled: 7, exits: 10, openAtEnd: 7 });
    expect(total.economy).toEqual({ aidReducedPerMonth: 4 * 8000 + 2 * 7000, taxIncreasePerMonth: 3 * 7500 + 1 * 7000, programmeCost: null });
    const withoutSvedala = assembleRows(lines, months, new Map([['trelleborg', parameters.get('trelleborg')!]]), false);
    expect(withoutSvedala.total.economy).toBeNull();
  });

  it('has zeros and no shares without any periods', () => {
    const { groups, total } = assembleRows({ figures: [], histograms: [], repeatedPeople: [], repeatedMonths: [] }, months, parameters, true);
    expect(groups).toEqual([]);
    expect(total).toMatchObject({ enrolled: 0, exits: 0, shareOfEnrolled: { percent: null }, shareOfExits: { percent: null }, economy: null });
    expect(total.monthly.map((m) => m.enrolled)).toEqual([0, 0, 0, 0]);
  });
});
