import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a placement (a person put forward for an opening) stands, in the order docs/domain.md gives: proposed,
 * presented to the employer, interview, internship started and completed or employment started, outcome.
 */
export enum PlacementStage {
  PROPOSED = 'PROPOSED',
  /** presented to the employer: the person's profile is shared, which needs their consent */
  PRESENTED = 'PRESENTED',
  INTERVIEW = 'INTERVIEW',
  /** praktik started */
  INTERNSHIP_STARTED = 'INTERNSHIP_STARTED',
  INTERNSHIP_COMPLETED = 'INTERNSHIP_COMPLETED',
  EMPLOYMENT_STARTED = 'EMPLOYMENT_STARTED',
  /** final: see the outcome */
  OUTCOME = 'OUTCOME',
}
registerEnumType(PlacementStage, { name: 'PlacementStage' });

export enum PlacementOutcome {
  HIRED = 'HIRED',
  NOT_HIRED = 'NOT_HIRED',
  /** an internship or an employment that ended before its time */
  ENDED_EARLY = 'ENDED_EARLY',
}
registerEnumType(PlacementOutcome, { name: 'PlacementOutcome' });
