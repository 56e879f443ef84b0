/**
 * The path's first deadlines (docs/rules.md, "Working days"; docs/domain.md, "The job seeker's path"): a
 * labour-market plan within one working day of the first contact, and the sector (bransch) chosen within the first
 * week, five working days. Counted in Swedish working days (calendar/working-days.ts, `workingDaysBetween`). The
 * caseload shows the days due, the enrolment period keeps the working days each took, and the statistics count the
 * share within them.
 */
import { addWorkingDays } from '../modules/calendar/working-days.js';

/** A plan is due this many working days after the first contact. */
export const PLAN_WITHIN_WORKING_DAYS = 1;
/** The sector is due this many working days after the first contact (the first week). */
export const SECTOR_WITHIN_WORKING_DAYS = 5;

/** The last day for the plan of a period first contacted on `firstContactOn`. */
export function planDueOn(firstContactOn: string): string {
  return addWorkingDays(firstContactOn, PLAN_WITHIN_WORKING_DAYS);
}

/** The last day for the sector choice of a period first contacted on `firstContactOn`. */
export function sectorDueOn(firstContactOn: string): string {
  return addWorkingDays(firstContactOn, SECTOR_WITHIN_WORKING_DAYS);
}
