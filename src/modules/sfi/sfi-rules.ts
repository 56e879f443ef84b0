import { SwedishLevel } from '../../candidates/candidate.enums.js';
import { SfiEnrolmentStatus } from './sfi-enrolment.entity.js';

/**
 * The rules of sector SFI that need no database: which levels a course may teach, how long someone has waited in
 * the queue, which status changes are legal, and whether a course has a free place. docs/domain.md: SFI waiting lists
 * are long (26 people waited from December 2019 in Svedala), so queue time is worth tracking.
 */

/** The SFI course levels a course can teach (Skolverket's courses A-D); "completed" and "fluent" are not courses. */
export const SFI_COURSE_LEVELS: readonly SwedishLevel[] = [SwedishLevel.SFI_A, SwedishLevel.SFI_B, SwedishLevel.SFI_C, SwedishLevel.SFI_D];

/** Whole calendar days from one ISO date (YYYY-MM-DD) to another; negative when `to` is before `from`. */
export function calendarDaysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export type QueueTimes = { status: SfiEnrolmentStatus; queuedSince: string; startedOn: string | null; endedOn: string | null };

/**
 * Calendar days a person waited in the queue for a course: up to `today` while still queued; up to the start once
 * started (the wait is over, whatever happened after); up to leaving for someone who left the queue without
 * starting. Never negative.
 */
export function waitingDays(enrolment: QueueTimes, today: string): number {
  const until =
    enrolment.status === SfiEnrolmentStatus.QUEUED ? today : (enrolment.startedOn ?? enrolment.endedOn ?? today);
  return Math.max(0, calendarDaysBetween(enrolment.queuedSince, until));
}

/** What can happen to an enrolment: starting the course, leaving it (or the queue), completing it. */
export enum SfiAction {
  START = 'START',
  LEAVE = 'LEAVE',
  COMPLETE = 'COMPLETE',
}

/**
 * The legal status changes. A queued person starts (taking a place) or leaves the queue; an active one completes or
 * leaves. COMPLETED and LEFT are final: a person who comes back is a new decision, not an undo.
 */
const TRANSITIONS: Record<SfiAction, { from: readonly SfiEnrolmentStatus[]; to: SfiEnrolmentStatus }> = {
  [SfiAction.START]: { from: [SfiEnrolmentStatus.QUEUED], to: SfiEnrolmentStatus.ACTIVE },
  [SfiAction.LEAVE]: { from: [SfiEnrolmentStatus.QUEUED, SfiEnrolmentStatus.ACTIVE], to: SfiEnrolmentStatus.LEFT },
  [SfiAction.COMPLETE]: { from: [SfiEnrolmentStatus.ACTIVE], to: SfiEnrolmentStatus.COMPLETED },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: SfiEnrolmentStatus, action: SfiAction): SfiEnrolmentStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** Places still free on a course with `places` places of which `taken` are held by active participants. */
export function placesLeft(places: number, taken: number): number {
  return Math.max(0, places - taken);
}

/** Whether one more person can start on a course. */
export function hasFreePlace(places: number, taken: number): boolean {
  return placesLeft(places, taken) > 0;
}
