/**
 * How an exit (avslut) counts in the exit-to-work-or-studies indicators. docs/rules.md, "Indicators the software must
 * compute exactly", after Kolada's definition:
 * - *work* counts unsubsidised and subsidised jobs on the regular labour market that have **lasted at least one
 *   continuous month**; until that month has passed the exit is pending, and a job that ended sooner is not work;
 * - municipal labour-market employments (kommunala arbetsmarknadsanställningar) never count as work;
 * - *studies* count only if they entitle to student aid (Komvux, folkhögskola, university, other eligible education).
 * Everything else (moved, sickness benefit, other support, unknown, studies without student aid, work that did not
 * last) is an exit for another reason.
 */
import { ExitReason } from '../../candidates/candidate.enums.js';
import { addDays } from '../../platform/context/clock.js';
import { ExitOutcome, WorkCheck } from './exit-outcome.enums.js';

/** The exit reasons that are jobs on the regular labour market (subsidised or not): these wait for the month. */
export const WORK_REASONS: ReadonlySet<ExitReason> = new Set([ExitReason.WORK_UNSUBSIDISED, ExitReason.WORK_SUBSIDISED]);

export function isWorkReason(reason: ExitReason): boolean {
  return WORK_REASONS.has(reason);
}

/** Where an exit with this reason (and, for work, this check) counts. */
export function exitOutcome(reason: ExitReason, check: WorkCheck | null): ExitOutcome {
  if (isWorkReason(reason)) {
    if (check === WorkCheck.LASTED) return ExitOutcome.WORK;
    if (check === WorkCheck.ENDED_WITHIN_MONTH) return ExitOutcome.OTHER;
    return ExitOutcome.WORK_PENDING;
  }
  return reason === ExitReason.STUDIES_STUDENT_AID ? ExitOutcome.STUDIES : ExitOutcome.OTHER;
}

/**
 * The day a job that started on `startedOn` has lasted one continuous month: the same day of the next month
 * (clamped to that month's last day: started 31 January, a month on 28 or 29 February).
 */
export function monthLastedOn(startedOn: string): string {
  const [y, m, d] = startedOn.split('-').map(Number);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The one-month check of a job that started on `startedOn`, on `today`: null while the month has not passed;
 * otherwise LASTED unless the job ended (`endedOn`, its last day) before the month was complete. A job ending on the
 * day before {@link monthLastedOn} has lasted exactly one month (1 March to 31 March).
 */
export function checkWork(startedOn: string, endedOn: string | null, today: string): WorkCheck | null {
  const lastedOn = monthLastedOn(startedOn);
  if (endedOn !== null && endedOn < addDays(lastedOn, -1)) return WorkCheck.ENDED_WITHIN_MONTH;
  return today >= lastedOn ? WorkCheck.LASTED : null;
}
