import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';

@ArgsType()
export class TeamEnrolmentsArgs extends PageArgs {
  @Field(() => ID, { description: "The sector team's id (UUID)" })
  @IsUUID()
  teamId: string;
}

@ArgsType()
export class WithoutPlanArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only enrolment periods in this sector team' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'Only enrolment periods with this secretary' })
  @IsOptional()
  @IsUUID()
  secretaryId?: string;
}

@ArgsType()
export class SuggestedNextFollowUpArgs {
  @Field({ description: 'The day the follow-up is held, YYYY-MM-DD' })
  @IsCalendarDate()
  heldOn: string;
}
