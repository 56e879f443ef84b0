import { PlacementOutcome, PlacementStage } from './placement.enums.js';

/**
 * The outbox events a placement records, one per change that matters outside the placement. Consumers subscribe
 * by kind (@OutboxHandler): the plan handler and the enrolment handler, whose enrolment periods the Kolada one-month
 * check and the statistics read; a new consumer needs no change to this file unless it needs a new kind.
 */
export enum PlacementEvent {
  INTERNSHIP_STARTED = 'placement.internship-started',
  INTERNSHIP_COMPLETED = 'placement.internship-completed',
  EMPLOYMENT_STARTED = 'placement.employment-started',
  HIRED = 'placement.hired',
  NOT_HIRED = 'placement.not-hired',
  ENDED_EARLY = 'placement.ended-early',
}

export const STAGE_EVENTS: Partial<Record<PlacementStage, PlacementEvent>> = {
  [PlacementStage.INTERNSHIP_STARTED]: PlacementEvent.INTERNSHIP_STARTED,
  [PlacementStage.INTERNSHIP_COMPLETED]: PlacementEvent.INTERNSHIP_COMPLETED,
  [PlacementStage.EMPLOYMENT_STARTED]: PlacementEvent.EMPLOYMENT_STARTED,
};

export const OUTCOME_EVENTS: Record<PlacementOutcome, PlacementEvent> = {
  [PlacementOutcome.HIRED]: PlacementEvent.HIRED,
  [PlacementOutcome.NOT_HIRED]: PlacementEvent.NOT_HIRED,
  [PlacementOutcome.ENDED_EARLY]: PlacementEvent.ENDED_EARLY,
};

/**
 * Every placement event's payload: ids and the placement's facts as they were when the event happened, which is what
 * the handlers decide from (the placement may have moved on by the time they run, and each later step has an event
 * of its own). E.g. Kolada's rule (docs/rules.md: work counts after one continuous month; municipal labour-market
 * employments never) needs the start, the subsidy and the municipal flag; the plan's internship activity needs the
 * internship's dates and the opening's title.
 */
export interface PlacementEventPayload {
  [key: string]: string | number | boolean | null;
  placementId: string;
  candidateId: string;
  /** The person's enrolment period: the event's stream, so a person's placement events are handled in order. */
  enrolmentId: string;
  openingId: string;
  /** The opening's title then (the plan's internship activity is named after it). */
  openingTitle: string;
  /** The staff member who recorded the change; background work acts on their behalf. */
  actorId: string;
  /** The day it happened (for an outcome, the day the outcome was decided). */
  on: string;
  stage: PlacementStage;
  outcome: PlacementOutcome | null;
  internshipStartedOn: string | null;
  internshipCompletedOn: string | null;
  employmentStartOn: string | null;
  subsidised: boolean | null;
  municipalLabourMarketEmployment: boolean | null;
  endedOn: string | null;
}
