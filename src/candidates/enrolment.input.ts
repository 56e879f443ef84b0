import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../platform/validation/is-calendar-date.js';
import { ExitReason } from './candidate.enums.js';

@InputType({ description: 'The first meeting (nysamtal) with a labour-market secretary' })
export class FirstMeetingInput {
  @Field(() => ID, { description: 'The open enrolment period (UUID)' })
  @IsUUID()
  enrolmentId: string;

  @Field({ description: 'The day of the first meeting (nysamtal)' })
  @IsCalendarDate()
  heldOn: string;

  @Field({ description: 'Assessed as an active job seeker' })
  @IsBoolean()
  activeJobSeeker: boolean;
}

@InputType({ description: 'The start of the planning week' })
export class PlanningWeekInput {
  @Field(() => ID, { description: 'The open enrolment period (UUID)' })
  @IsUUID()
  enrolmentId: string;

  @Field({ description: 'First day of the planning week (YYYY-MM-DD), from the first contact up to today' })
  @IsCalendarDate()
  startOn: string;
}

@InputType({ description: 'The sector the person chose' })
export class ChooseSectorInput {
  @Field(() => ID, { description: 'The open enrolment period (UUID)' })
  @IsUUID()
  enrolmentId: string;

  @Field(() => ID, { description: "The sector chosen; a sector team of it must serve the person's municipality" })
  @IsUUID()
  sectorId: string;

  @Field({ description: 'The day the person chose the sector' })
  @IsCalendarDate()
  chosenOn: string;
}

@InputType({ description: 'The end of an enrolment period' })
export class ExitEnrolmentInput {
  @Field(() => ID, { description: 'The open enrolment period (UUID)' })
  @IsUUID()
  enrolmentId: string;

  @Field({ description: 'The last day of the period (YYYY-MM-DD), from the first contact up to today' })
  @IsCalendarDate()
  exitOn: string;

  @Field(() => ExitReason, { description: 'Why the period ends; decides where the exit counts in the statistics' })
  @IsEnum(ExitReason)
  reason: ExitReason;

  @Field(() => String, { nullable: true, description: 'Exit to work only: the first day of the job (default: exitOn)' })
  @IsOptional()
  @IsCalendarDate()
  workStartedOn?: string;
}

@InputType({ description: 'The result of the one-month check of an exit to work' })
export class ConfirmWorkExitInput {
  @Field(() => ID, { description: 'The enrolment period that ended in work (UUID)' })
  @IsUUID()
  enrolmentId: string;

  @Field(() => String, { nullable: true, description: "The job's last day if it has ended; null: the person still works there" })
  @IsOptional()
  @IsCalendarDate()
  jobEndedOn?: string | null;
}
