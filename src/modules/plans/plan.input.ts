import { Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';
import { Trim } from '../../platform/validation/trim.decorator.js';
import { ActivityStatus, ActivityType, FollowUpForm, PlanKind } from './plan.enums.js';
import { CONCEPT_ID } from '../../platform/validation/patterns.js';

/** An activity (insats) as given when it is added, on its own or with a new plan. */
@InputType({ description: 'An activity (insats) to add, on its own or with a new plan' })
export class PlanActivityInput {
  @Field(() => ActivityType, { description: 'The kind of activity' })
  @IsEnum(ActivityType)
  type: ActivityType;

  @Field(() => ID, { nullable: true, description: 'The staff member responsible; an active user who carries activities' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  @IsCalendarDate()
  startOn: string;

  @Field({ nullable: true, description: 'Not before startOn' })
  @IsOptional()
  @IsCalendarDate()
  endOn?: string;

  @Field(() => ActivityStatus, { defaultValue: ActivityStatus.PLANNED, description: 'Where the activity stands (default PLANNED)' })
  @IsEnum(ActivityStatus)
  status: ActivityStatus = ActivityStatus.PLANNED;

  @Field({ defaultValue: false, description: 'Adapted to a sick-listing or a work limitation' })
  @IsBoolean()
  adapted: boolean = false;

  @Field({ nullable: true, description: 'Free-text note, at most 2,000 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: 'A new plan for an open enrolment period' })
export class StartPlanInput {
  @Field(() => ID, { description: "The enrolment period's id (UUID)" })
  @IsUUID()
  enrolmentId: string;

  @Field(() => PlanKind, { description: 'Labour-market plan or study plan' })
  @IsEnum(PlanKind)
  kind: PlanKind;

  @Field({ description: 'The day the plan was established: not before the first contact, not in the future' })
  @IsCalendarDate()
  establishedOn: string;

  @Field(() => ID, { nullable: true, description: 'Goal occupation: a JobTech occupation-name or SSYK-4 concept id; in a change, null clears it' })
  @IsOptional()
  @Matches(CONCEPT_ID)
  goalOccupationConceptId?: string | null;

  @Field(() => ID, { nullable: true, description: "Goal sector's id (UUID); in a change, null clears it" })
  @IsOptional()
  @IsUUID()
  goalSectorId?: string | null;

  @Field(() => String, { nullable: true, description: 'The goal in words, or the studies aimed at, at most 2,000 characters; in a change, null clears it' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  goalDescription?: string | null;

  @Field(() => [PlanActivityInput], { nullable: true, description: 'Activities to start with, at most 30' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PlanActivityInput)
  activities?: PlanActivityInput[];
}

/** Changes to a plan: only the fields sent change; null clears a goal field. */
@InputType({ description: 'Changes to a plan: only the fields sent change; null clears a goal field' })
export class UpdatePlanInput extends PartialType(PickType(StartPlanInput, ['goalOccupationConceptId', 'goalSectorId', 'goalDescription'] as const)) {
  @Field(() => ID, { description: "The plan's id (UUID)" })
  @IsUUID()
  planId: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Sick-listed: the plan is adapted, not paused; follow-ups go on' })
  @IsOptional()
  @IsBoolean()
  sickListed?: boolean;
}

@InputType({ description: 'An activity (insats) to add to a plan' })
export class AddPlanActivityInput extends PlanActivityInput {
  @Field(() => ID, { description: "The plan's id (UUID)" })
  @IsUUID()
  planId: string;
}

/** Changes to an activity: only the fields sent change; null clears responsible, endOn or note. */
@InputType({ description: 'Changes to an activity: only the fields sent change; null clears responsibleUserId, endOn or note' })
export class UpdatePlanActivityInput {
  @Field(() => ID, { description: "The activity's id (UUID)" })
  @IsUUID()
  activityId: string;

  @Field(() => ActivityType, { nullable: true, description: 'The kind of activity' })
  @IsOptional()
  @IsEnum(ActivityType)
  type?: ActivityType;

  @Field(() => ID, { nullable: true, description: 'The staff member responsible; null clears it' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string | null;

  @Field({ nullable: true, description: 'First day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  startOn?: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), not before startOn; null clears it' })
  @IsOptional()
  @IsCalendarDate()
  endOn?: string | null;

  @Field(() => ActivityStatus, { nullable: true, description: 'Where the activity stands' })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;

  @Field({ nullable: true, description: 'Adapted to a sick-listing or a work limitation' })
  @IsOptional()
  @IsBoolean()
  adapted?: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text note, at most 2,000 characters; null clears it' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A follow-up held with the person' })
export class RecordFollowUpInput {
  @Field(() => ID, { description: "The open enrolment period's id (UUID)" })
  @IsUUID()
  enrolmentId: string;

  @Field({ description: 'The day it was held: not before the first contact, not in the future' })
  @IsCalendarDate()
  heldOn: string;

  @Field(() => FollowUpForm, { description: 'How it was held' })
  @IsEnum(FollowUpForm)
  form: FollowUpForm;

  @Field({ description: 'What was said and agreed, at most 4,000 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;

  @Field({ description: 'The next follow-up: after heldOn and at most 7 days later (at least weekly)' })
  @IsCalendarDate()
  nextOn: string;
}
