import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../validation/is-calendar-date.js';
import { Trim } from '../validation/trim.decorator.js';
import { ActivityStatus, ActivityType, FollowUpForm, PlanKind } from './plan.enums.js';
import { CONCEPT_ID } from '../validation/patterns.js';

/** An activity (insats) as given when it is added, on its own or with a new plan. */
@InputType()
export class PlanActivityInput {
  @Field(() => ActivityType)
  @IsEnum(ActivityType)
  type: ActivityType;

  @Field(() => ID, { nullable: true, description: 'The staff member responsible; an active user who carries activities' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string;

  @Field()
  @IsCalendarDate()
  startOn: string;

  @Field({ nullable: true, description: 'Not before startOn' })
  @IsOptional()
  @IsCalendarDate()
  endOn?: string;

  @Field(() => ActivityStatus, { defaultValue: ActivityStatus.PLANNED })
  @IsEnum(ActivityStatus)
  status: ActivityStatus = ActivityStatus.PLANNED;

  @Field({ defaultValue: false, description: 'Adapted to a sick-listing or a work limitation' })
  @IsBoolean()
  adapted: boolean = false;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class StartPlanInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field(() => PlanKind)
  @IsEnum(PlanKind)
  kind: PlanKind;

  @Field({ description: 'The day the plan was established: not before the first contact, not in the future' })
  @IsCalendarDate()
  establishedOn: string;

  @Field(() => ID, { nullable: true, description: 'Goal occupation: a JobTech occupation-name or SSYK-4 concept id' })
  @IsOptional()
  @Matches(CONCEPT_ID)
  goalOccupationConceptId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  goalSectorId?: string;

  @Field({ nullable: true, description: 'The goal in words, or the studies aimed at' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  goalDescription?: string;

  @Field(() => [PlanActivityInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PlanActivityInput)
  activities?: PlanActivityInput[];
}

/** Changes to a plan: only the fields sent change; null clears a goal field. */
@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(CONCEPT_ID)
  goalOccupationConceptId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  goalSectorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  goalDescription?: string | null;

  @Field({ nullable: true, description: 'Sick-listed: the plan is adapted, not paused; follow-ups go on' })
  @IsOptional()
  @IsBoolean()
  sickListed?: boolean;
}

@InputType()
export class AddPlanActivityInput extends PlanActivityInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;
}

/** Changes to an activity: only the fields sent change; null clears responsible, endOn or note. */
@InputType()
export class UpdatePlanActivityInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field(() => ActivityType, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityType)
  type?: ActivityType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endOn?: string | null;

  @Field(() => ActivityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  adapted?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class RecordFollowUpInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field({ description: 'The day it was held: not before the first contact, not in the future' })
  @IsCalendarDate()
  heldOn: string;

  @Field(() => FollowUpForm)
  @IsEnum(FollowUpForm)
  form: FollowUpForm;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary: string;

  @Field({ description: 'The next follow-up: after heldOn and at most 7 days later (at least weekly)' })
  @IsCalendarDate()
  nextOn: string;
}
