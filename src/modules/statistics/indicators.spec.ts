import { describe, expect, it } from '@jest/globals';
import { ExitReason } from '../../candidates/candidate.enums.js';
import { WorkCheck } from './exit-outcome.enums.js';
import { checkWork } from './exit-rules.js';
import {
  countOutcomes,
  economicEstimate,
  share,
  shareOfEnrolled,
  shareOfExits,
  sumEstimates,
  wholePercent,
  type EconomicParameterValues,
  type OutcomeCounts,
} from './indicators.js';

/** `n` exits of one reason and check. */
const exits = (n: number, reason: ExitReason, check: WorkCheck | null = null) => Array.from({ length: n }, () => ({ reason, check }));

describe('wholePercent: the exact share, rounded half up to whole percent', () => {
  it.each([
    [422, 1245, 34], // 33.90 %
    [55, 235, 23], // 23.40 %
    [422, 681, 62], // 61.97 %
    [55, 131, 42], // 41.98 %
    [1, 8, 13], // 12.5 % exactly: half up
    [1, 200, 1], // 0.5 % exactly
    [1, 201, 0], // 0.4975 %
    [1, 3, 33],
    [2, 3, 67],
    [0, 5, 0],
    [5, 5, 100],
    [0, 0, null],
  ])('%i / %i -> %s %', (numerator, denominator, percent) => {
    expect(wholePercent(numerator, denominator)).toBe(percent);
  });

  it.each([
    [-1, 5],
    [1.5, 5],
    [1, Number.NaN],
  ])('refuses %s / %s', (numerator, denominator) => {
    expect(() => wholePercent(numerator, denominator)).toThrow(RangeError);
  });

  it('keeps the exact fraction beside the percent', () => {
    expect(share(422, 1245)).toEqual({ numerator: 422, denominator: 1245, fraction: 422 / 1245, percent: 34 });
    expect(share(0, 0)).toEqual({ numerator: 0, denominator: 0, fraction: null, percent: null });
  });
});

describe('the seeds (docs/rules.md, "Indicators the software must compute exactly")', () => {
  // Trelleborg 2019: 347 to work and 75 to studies of 1,245 enrolled; other exits added so that Kolada's share is 62 %
  const trelleborg = [
    ...exits(300, ExitReason.WORK_UNSUBSIDISED, WorkCheck.LASTED),
    ...exits(47, ExitReason.WORK_SUBSIDISED, WorkCheck.LASTED),
    ...exits(75, ExitReason.STUDIES_STUDENT_AID),
    ...exits(80, ExitReason.MUNICIPAL_LABOUR_MARKET_EMPLOYMENT),
    ...exits(30, ExitReason.STUDIES_OTHER),
    ...exits(60, ExitReason.MOVED),
    ...exits(40, ExitReason.SICKNESS_BENEFIT),
    ...exits(29, ExitReason.OTHER_SUPPORT),
    ...exits(20, ExitReason.UNKNOWN),
  ];
  // Svedala 2019: 55 to work or studies of 235 enrolled; Kolada 42 %
  const svedala = [
    ...exits(41, ExitReason.WORK_UNSUBSIDISED, WorkCheck.LASTED),
    ...exits(14, ExitReason.STUDIES_STUDENT_AID),
    ...exits(12, ExitReason.MUNICIPAL_LABOUR_MARKET_EMPLOYMENT),
    ...exits(30, ExitReason.MOVED),
    ...exits(34, ExitReason.OTHER_SUPPORT),
  ];

  it.each([
    ['Trelleborg 2019', trelleborg, 1245, { work: 347, studies: 75, other: 259, workPending: 0 }, 34, 62],
    ['Svedala 2019', svedala, 235, { work: 41, studies: 14, other: 76, workPending: 0 }, 23, 42],
  ])('%s', (_, list, enrolled, counts, ofEnrolled, ofExits) => {
    const outcomes = countOutcomes(list);
    expect(outcomes).toEqual(counts);
    expect(shareOfEnrolled(outcomes, enrolled).percent).toBe(ofEnrolled);
    expect(shareOfExits(outcomes).percent).toBe(ofExits);
  });

  it('gives 422 / 1,245 and 422 / 681 as exact fractions', () => {
    const outcomes = countOutcomes(trelleborg);
    expect(shareOfEnrolled(outcomes, 1245)).toMatchObject({ numerator: 422, denominator: 1245, fraction: 422 / 1245 });
    expect(shareOfExits(outcomes)).toMatchObject({ numerator: 422, denominator: 681, fraction: 422 / 681 });
  });

  it('leaves pending exits to work out of both shares until their month has passed', () => {
    const pending = countOutcomes([...trelleborg, ...exits(10, ExitReason.WORK_UNSUBSIDISED, WorkCheck.PENDING), ...exits(3, ExitReason.WORK_SUBSIDISED, null)]);
    expect(pending.workPending).toBe(13);
    expect(shareOfEnrolled(pending, 1245)).toMatchObject({ numerator: 422, percent: 34 });
    expect(shareOfExits(pending)).toMatchObject({ numerator: 422, denominator: 681, percent: 62 });
    // a month on, ten lasted and three ended within the month
    const settled = countOutcomes([...trelleborg, ...exits(10, ExitReason.WORK_UNSUBSIDISED, WorkCheck.LASTED), ...exits(3, ExitReason.WORK_SUBSIDISED, WorkCheck.ENDED_WITHIN_MONTH)]);
    expect(settled).toEqual({ work: 357, studies: 75, other: 262, workPending: 0 });
    expect(shareOfExits(settled)).toMatchObject({ numerator: 432, denominator: 694, percent: 62 });
  });

  it('does not count a job that ended after three weeks as an exit to work', () => {
    const check = checkWork('2019-03-01', '2019-03-21', '2019-04-15');
    expect(check).toBe(WorkCheck.ENDED_WITHIN_MONTH);
    const outcomes = countOutcomes([{ reason: ExitReason.WORK_UNSUBSIDISED, check }]);
    expect(outcomes).toEqual({ work: 0, studies: 0, other: 1, workPending: 0 });
    expect(shareOfExits(outcomes).percent).toBe(0);
  });

  it.each([
    ['municipal labour-market employment, even after a month', ExitReason.MUNICIPAL_LABOUR_MARKET_EMPLOYMENT, WorkCheck.LASTED, 'other'],
    ['studies without student aid', ExitReason.STUDIES_OTHER, null, 'other'],
    ['studies with student aid', ExitReason.STUDIES_STUDENT_AID, null, 'studies'],
    ['a subsidised job that lasted', ExitReason.WORK_SUBSIDISED, WorkCheck.LASTED, 'work'],
  ] as const)('counts %s as %s', (_, reason, check, key) => {
    const outcomes = countOutcomes([{ reason, check }]);
    expect(outcomes[key as keyof OutcomeCounts]).toBe(1);
  });
});

describe('economic estimates (parameters per principal)', () => {
  const seeds: EconomicParameterValues = { aidPerPersonMonth: 8000, taxPerWorkExitMonth: 7500, costPerEnrolled: null };

  it.each([
    ['25 leavers x 8,000 kr = 200,000 kr a month less aid', { work: 20, studies: 5, enrolled: 100 }, seeds, { aidReducedPerMonth: 200_000, taxIncreasePerMonth: 150_000, programmeCost: null }],
    ['20 leavers to work x 7,500 kr = 150,000 kr a month more tax', { work: 20, studies: 0, enrolled: 100 }, seeds, { aidReducedPerMonth: 160_000, taxIncreasePerMonth: 150_000, programmeCost: null }],
    ['programme cost = enrolled x cost per enrolled (Trelleborg 2019)', { work: 347, studies: 75, enrolled: 1245 }, { ...seeds, costPerEnrolled: 27_027 }, { aidReducedPerMonth: 3_376_000, taxIncreasePerMonth: 2_602_500, programmeCost: 33_648_615 }],
    ['öre are exact', { work: 3, studies: 0, enrolled: 3 }, { aidPerPersonMonth: 0.1, taxPerWorkExitMonth: 0.1, costPerEnrolled: 0.1 }, { aidReducedPerMonth: 0.3, taxIncreasePerMonth: 0.3, programmeCost: 0.3 }],
    ['nobody left', { work: 0, studies: 0, enrolled: 0 }, seeds, { aidReducedPerMonth: 0, taxIncreasePerMonth: 0, programmeCost: null }],
  ])('%s', (_, counts, parameters, expected) => {
    expect(economicEstimate(counts, parameters)).toEqual(expected);
  });

  it('sums a group spanning principals per principal, each with its own parameters', () => {
    const trelleborg = economicEstimate({ work: 10, studies: 2, enrolled: 40 }, { aidPerPersonMonth: 8000, taxPerWorkExitMonth: 7500, costPerEnrolled: 27_027 });
    const svedala = economicEstimate({ work: 3, studies: 1, enrolled: 10 }, { aidPerPersonMonth: 7000, taxPerWorkExitMonth: 7000, costPerEnrolled: 28_915 });
    expect(sumEstimates([trelleborg, svedala])).toEqual({
      aidReducedPerMonth: 12 * 8000 + 4 * 7000,
      taxIncreasePerMonth: 10 * 7500 + 3 * 7000,
      programmeCost: 40 * 27_027 + 10 * 28_915,
    });
  });

  it('has no estimate when a principal in the group has no parameters, and no cost when one has no cost', () => {
    const withCost = economicEstimate({ work: 1, studies: 0, enrolled: 1 }, { ...seeds, costPerEnrolled: 100 });
    const withoutCost = economicEstimate({ work: 1, studies: 0, enrolled: 1 }, seeds);
    expect(sumEstimates([withCost, null])).toBeNull();
    expect(sumEstimates([])).toBeNull();
    expect(sumEstimates([withCost, withoutCost])).toEqual({ aidReducedPerMonth: 16_000, taxIncreasePerMonth: 15_000, programmeCost: null });
  });
});
