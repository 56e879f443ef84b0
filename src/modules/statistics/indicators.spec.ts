import { describe, expect, it } from '@jest/globals';
import { ExitReason } from '../../candidates/candidate.enums.js';
import { ExitOutcome, WorkCheck } from './exit-outcome.enums.js';
import { checkWork, exitOutcome } from './exit-rules.js';
import {
  economicEstimate,
  share,
  shareOfEnrolled,
  shareOfExits,
  sumEstimates,
  wholePercent,
  type EconomicParameterValues,
  type OutcomeCounts,
} from './indicators.js';

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
  // Trelleborg 2019: 347 to work (300 unsubsidised, 47 subsidised, each lasted a month) and 75 to studies with student aid
  // of 1,245 enrolled; 259 other exits (80 municipal labour-market employments, 30 studies without student aid, 60 moved,
  // 40 sickness benefit, 29 other support, 20 unknown), so that Kolada's share is 62 %. Where each exit counts is
  // exitOutcome's (exit-rules.spec.ts).
  const trelleborg: OutcomeCounts = { work: 347, studies: 75, other: 259, workPending: 0 };
  // Svedala 2019: 55 to work or studies (41 work, 14 studies) of 235 enrolled; 76 other exits (12 municipal labour-market
  // employments, 30 moved, 34 other support); Kolada 42 %
  const svedala: OutcomeCounts = { work: 41, studies: 14, other: 76, workPending: 0 };

  it.each([
    ['Trelleborg 2019', trelleborg, 1245, 34, 62],
    ['Svedala 2019', svedala, 235, 23, 42],
  ])('%s', (_, outcomes, enrolled, ofEnrolled, ofExits) => {
    expect(shareOfEnrolled(outcomes, enrolled).percent).toBe(ofEnrolled);
    expect(shareOfExits(outcomes).percent).toBe(ofExits);
  });

  it('gives 422 / 1,245 and 422 / 681 as exact fractions', () => {
    expect(shareOfEnrolled(trelleborg, 1245)).toMatchObject({ numerator: 422, denominator: 1245, fraction: 422 / 1245 });
    expect(shareOfExits(trelleborg)).toMatchObject({ numerator: 422, denominator: 681, fraction: 422 / 681 });
  });

  it('leaves pending exits to work out of both shares until their month has passed', () => {
    // ten unsubsidised jobs with the check pending and three subsidised ones not checked yet
    expect(exitOutcome(ExitReason.WORK_UNSUBSIDISED, WorkCheck.PENDING)).toBe(ExitOutcome.WORK_PENDING);
    expect(exitOutcome(ExitReason.WORK_SUBSIDISED, null)).toBe(ExitOutcome.WORK_PENDING);
    const pending: OutcomeCounts = { ...trelleborg, workPending: 13 };
    expect(shareOfEnrolled(pending, 1245)).toMatchObject({ numerator: 422, percent: 34 });
    expect(shareOfExits(pending)).toMatchObject({ numerator: 422, denominator: 681, percent: 62 });
    // a month on, ten lasted and three ended within the month
    expect(exitOutcome(ExitReason.WORK_UNSUBSIDISED, WorkCheck.LASTED)).toBe(ExitOutcome.WORK);
    expect(exitOutcome(ExitReason.WORK_SUBSIDISED, WorkCheck.ENDED_WITHIN_MONTH)).toBe(ExitOutcome.OTHER);
    const settled: OutcomeCounts = { work: 357, studies: 75, other: 262, workPending: 0 };
    expect(shareOfExits(settled)).toMatchObject({ numerator: 432, denominator: 694, percent: 62 });
  });

  it('does not count a job that ended after three weeks as an exit to work', () => {
    const check = checkWork('2019-03-01', '2019-03-21', '2019-04-15');
    expect(check).toBe(WorkCheck.ENDED_WITHIN_MONTH);
    expect(exitOutcome(ExitReason.WORK_UNSUBSIDISED, check)).toBe(ExitOutcome.OTHER);
    expect(shareOfExits({ work: 0, studies: 0, other: 1, workPending: 0 }).percent).toBe(0);
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
