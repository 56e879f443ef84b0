import { PlacementOutcome, PlacementStage } from './placement.enums.js';

/**
 * The outbox events a placement records, one per change that matters outside the placement. Consumers subscribe
 * by kind (@OutboxHandler): the plan handler here; the enrolment, Kolada and statistics handlers later, without
 * changes to this file unless they need a new kind.
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
 * Every placement event's payload: ids and the small values a consumer needs to decide without a read, e.g.
 * Kolada's rule (DOMAIN.md: work counts after one continuous month; municipal labour-market employments never) needs
 * the start, the subsidy and the municipal flag. Handlers still read the placement for its current state.
 */
export interface PlacementEventPayload {
  [key: string]: string | number | boolean | null;
  placementId: string;
  candidateId: string;
  enrolmentId: string;
  openingId: string;
  /** The staff member who recorded the change; background work acts on their behalf. */
  actorId: string;
  /** The day it happened. */
  on: string;
  stage: PlacementStage;
  outcome: PlacementOutcome | null;
  employmentStartOn: string | null;
  subsidised: boolean | null;
  municipalLabourMarketEmployment: boolean | null;
  endedOn: string | null;
}
