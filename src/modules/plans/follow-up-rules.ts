import { addDays } from '../../platform/context/clock.js';
import { isWorkingDay } from '../calendar/working-days.js';

/**
 * docs/domain.md, "The job seeker's path", step 5: follow-up with the labour-market secretary at least once a week.
 * Reckoned in calendar days: a follow-up is due at most seven days after the one before.
 */
export const FOLLOW_UP_INTERVAL_DAYS = 7;

/** What the overdue rule needs to know about one enrolment period. */
export interface FollowUpState {
  /** The period has ended (exit): nothing is due any more. */
  exitOn: string | null;
  /** The first meeting (nysamtal). */
  firstMeetingOn: string | null;
  /** The day the plan was established (the enrolment's `planEstablishedOn`). */
  planEstablishedOn: string | null;
  /** `nextOn` of the latest follow-up: the one held last (the latest recorded among those held the same day). */
  latestNextOn: string | null;
}

/**
 * The day the next follow-up of an enrolment period is due (the overdue rule):
 * - a period that has ended has none (null);
 * - after a follow-up: the `nextOn` the latest follow-up set (at most a week after it was held);
 * - with no follow-up yet: {@link FOLLOW_UP_INTERVAL_DAYS} calendar days after the plan was established, or,
 *   without a plan, after the first meeting;
 * - with neither a plan nor a first meeting: none (null). The person has not been met yet; what is due then is the
 *   first meeting, which the enrolment path tracks, not a follow-up.
 *
 * The database holds the same rule as one SQL function, {@link FOLLOW_UP_DUE_ON_SQL}, which the list queries
 * (`FollowUpsService`, `CaseloadService`) and the statistics as of each day (`statistics_footprint`) call.
 */
export function followUpDueOn(state: FollowUpState): string | null {
  if (state.exitOn) return null;
  if (state.latestNextOn) return state.latestNextOn;
  const start = state.planEstablishedOn ?? state.firstMeetingOn;
  return start ? addDays(start, FOLLOW_UP_INTERVAL_DAYS) : null;
}

/**
 * {@link followUpDueOn} as the SQL function `follow_up_due_on(exit_on, latest_next_on, plan_established_on,
 * first_meeting_on)`: the one place the database has the rule. Migration StatisticsSql creates it; a change here
 * needs a migration that runs it again. follow-up-rules.sql.spec.ts checks that it answers as followUpDueOn does.
 * IMMUTABLE and a single expression, so the planner inlines it into the queries that call it.
 */
export const FOLLOW_UP_DUE_ON_SQL = `CREATE OR REPLACE FUNCTION follow_up_due_on(exit_on date, latest_next_on date, plan_established_on date, first_meeting_on date)
RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN exit_on IS NOT NULL THEN NULL
  ELSE COALESCE(latest_next_on, plan_established_on + ${FOLLOW_UP_INTERVAL_DAYS}, first_meeting_on + ${FOLLOW_UP_INTERVAL_DAYS}) END
$$`;

/** Overdue: the follow-up was due before `today` (`Clock.today()`); one due today is not overdue yet. */
export function isFollowUpOverdue(state: FollowUpState, today: string): boolean {
  const due = followUpDueOn(state);
  return due !== null && due < today;
}

/**
 * Why `nextOn` cannot follow a follow-up held on `heldOn`, or null when it can: the next follow-up comes after
 * this one and at most {@link FOLLOW_UP_INTERVAL_DAYS} days later (at least once a week).
 */
export function nextFollowUpProblem(heldOn: string, nextOn: string): string | null {
  if (nextOn <= heldOn) return `must be after the follow-up (${heldOn})`;
  const latest = addDays(heldOn, FOLLOW_UP_INTERVAL_DAYS);
  if (nextOn > latest) return `must be at most ${FOLLOW_UP_INTERVAL_DAYS} days after the follow-up (by ${latest}): follow-ups are at least weekly`;
  return null;
}

/**
 * The date a follow-up held on `heldOn` suggests for the next one: a week later, the last day the weekly rule
 * allows; when that day is not a working day (a weekend, a Swedish public holiday, midsommarafton, julafton or
 * nyårsafton: the calendar of docs/rules.md, "Working days"), the last working day before it. It is never moved
 * later, since a date more than {@link FOLLOW_UP_INTERVAL_DAYS} days after the follow-up is refused. When no
 * working day lies between (no week has that few), a week later.
 */
export function suggestedNextFollowUpOn(heldOn: string): string {
  const latest = addDays(heldOn, FOLLOW_UP_INTERVAL_DAYS);
  for (let day = latest; day > heldOn; day = addDays(day, -1)) {
    if (day < '3000' && isWorkingDay(day)) return day;
  }
  return latest;
}
