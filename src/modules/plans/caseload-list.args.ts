import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';

/**
 * Which enrolment periods of a caseload to list. Every status but EXITED is a subset of OPEN, and OPEN,
 * FOLLOW_UP_OVERDUE and WITHOUT_PLAN count exactly what `secretaryCaseloads` and `teamCaseload` count as
 * openCandidates, overdueFollowUps and withoutPlan.
 */
export enum CaseloadStatus {
  /** Open periods (no exit): the caseload */
  OPEN = 'OPEN',
  /** Open, and the first meeting (nysamtal) has not been held: nobody is the person's secretary yet */
  AWAITING_FIRST_MEETING = 'AWAITING_FIRST_MEETING',
  /** Open, without a plan */
  WITHOUT_PLAN = 'WITHOUT_PLAN',
  /** Open, and the weekly follow-up was due before today */
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  /** Open, with a plan adapted to a sick-listing */
  SICK_LISTED = 'SICK_LISTED',
  /** Ended periods */
  EXITED = 'EXITED',
}
registerEnumType(CaseloadStatus, {
  name: 'CaseloadStatus',
  description: 'Which enrolment periods of a caseload to list; every status but EXITED is a subset of OPEN',
  valuesMap: {
    OPEN: { description: 'Open periods (no exit): the caseload' },
    AWAITING_FIRST_MEETING: { description: "Open, and the first meeting (nysamtal) has not been held: nobody is the person's secretary yet" },
    WITHOUT_PLAN: { description: 'Open, without a plan' },
    FOLLOW_UP_OVERDUE: { description: 'Open, and the weekly follow-up was due before today' },
    SICK_LISTED: { description: 'Open, with a plan adapted to a sick-listing' },
    EXITED: { description: 'Ended periods' },
  },
});

@ArgsType()
export class CaseloadEnrolmentsArgs extends PageArgs {
  @Field(() => CaseloadStatus, { defaultValue: CaseloadStatus.OPEN, description: 'Which periods to list (default OPEN)' })
  @IsEnum(CaseloadStatus)
  status: CaseloadStatus = CaseloadStatus.OPEN;

  @Field(() => ID, { nullable: true, description: 'Only periods this secretary holds' })
  @IsOptional()
  @IsUUID()
  secretaryId?: string;

  @Field(() => ID, { nullable: true, description: 'Only periods in this sector team' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'Only periods with this chosen sector' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;
}
