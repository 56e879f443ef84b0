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
registerEnumType(PlacementStage, {
  name: 'PlacementStage',
  description: 'Where a placement (a person put forward for an opening) stands; Placement.nextSteps lists the legal moves',
  valuesMap: {
    PROPOSED: { description: 'Put forward for the opening' },
    PRESENTED: { description: "Presented to the employer: the profile is shared, which needs the person's consent" },
    INTERVIEW: { description: 'Interview with the employer' },
    INTERNSHIP_STARTED: { description: 'Internship (praktik) started' },
    INTERNSHIP_COMPLETED: { description: 'Internship completed' },
    EMPLOYMENT_STARTED: { description: 'Employment started' },
    OUTCOME: { description: 'Final: see the outcome' },
  },
});

export enum PlacementOutcome {
  HIRED = 'HIRED',
  NOT_HIRED = 'NOT_HIRED',
  /** an internship or an employment that ended before its time */
  ENDED_EARLY = 'ENDED_EARLY',
}
registerEnumType(PlacementOutcome, {
  name: 'PlacementOutcome',
  description: 'What came of a placement',
  valuesMap: {
    HIRED: { description: 'The person got the job; with the terms, it ends the enrolment period as an exit to work' },
    NOT_HIRED: { description: 'Not hired, with the reason' },
    ENDED_EARLY: { description: 'An internship or employment ended before its time, with the reason and the last day' },
  },
});
