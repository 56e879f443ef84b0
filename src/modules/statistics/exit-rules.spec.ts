import { describe, expect, it } from '@jest/globals';
import { ExitReason } from '../../candidates/candidate.enums.js';
import { ExitOutcome, WorkCheck } from './exit-outcome.enums.js';
import { checkWork, exitOutcome, monthLastedOn } from './exit-rules.js';

describe('exitOutcome (Kolada: work after one continuous month, no municipal labour-market jobs, studies with student aid)', () => {
  it.each([
    [ExitReason.WORK_UNSUBSIDISED, WorkCheck.LASTED, ExitOutcome.WORK],
    [ExitReason.WORK_SUBSIDISED, WorkCheck.LASTED, ExitOutcome.WORK],
    [ExitReason.WORK_UNSUBSIDISED, WorkCheck.PENDING, ExitOutcome.WORK_PENDING],
    [ExitReason.WORK_SUBSIDISED, null, ExitOutcome.WORK_PENDING],
    [ExitReason.WORK_UNSUBSIDISED, WorkCheck.ENDED_WITHIN_MONTH, ExitOutcome.OTHER],
    [ExitReason.MUNICIPAL_LABOUR_MARKET_EMPLOYMENT, null, ExitOutcome.OTHER],
    [ExitReason.MUNICIPAL_LABOUR_MARKET_EMPLOYMENT, WorkCheck.LASTED, ExitOutcome.OTHER],
    [ExitReason.STUDIES_STUDENT_AID, null, ExitOutcome.STUDIES],
    [ExitReason.STUDIES_OTHER, null, ExitOutcome.OTHER],
    [ExitReason.MOVED, null, ExitOutcome.OTHER],
    [ExitReason.SICKNESS_BENEFIT, null, ExitOutcome.OTHER],
    [ExitReason.OTHER_SUPPORT, null, ExitOutcome.OTHER],
    [ExitReason.UNKNOWN, null, ExitOutcome.OTHER],
  ])('%s with check %s counts as %s', (reason, check, outcome) => {
    expect(exitOutcome(reason, check)).toBe(outcome);
  });
});

describe('the one-month check', () => {
  it.each([
    ['2026-03-01', '2026-04-01'],
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-12-15', '2027-01-15'],
    ['2026-11-30', '2026-12-30'],
  ])('a job started %s has lasted a month on %s', (startedOn, lastedOn) => {
    expect(monthLastedOn(startedOn)).toBe(lastedOn);
  });

  it.each([
    ['still running, month not over', '2026-03-01', null, '2026-03-31', null],
    ['still running on the day the month is complete', '2026-03-01', null, '2026-04-01', WorkCheck.LASTED],
    ['ended after three weeks: not work, known at once', '2026-03-01', '2026-03-21', '2026-03-22', WorkCheck.ENDED_WITHIN_MONTH],
    ['ended after three weeks, checked later', '2026-03-01', '2026-03-21', '2026-05-01', WorkCheck.ENDED_WITHIN_MONTH],
    ['ended on the last day of the month: one whole month', '2026-03-01', '2026-03-31', '2026-04-02', WorkCheck.LASTED],
    ['ended the day before that', '2026-03-01', '2026-03-30', '2026-04-02', WorkCheck.ENDED_WITHIN_MONTH],
    ['ends later than the month (fixed term)', '2026-03-01', '2026-06-30', '2026-04-01', WorkCheck.LASTED],
  ])('%s', (_, startedOn, endedOn, today, expected) => {
    expect(checkWork(startedOn, endedOn, today)).toBe(expected);
  });
});
