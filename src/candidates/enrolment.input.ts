import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../modules/validation/is-calendar-date.js';
import { ExitReason } from './candidate.enums.js';

@InputType()
export class FirstMeetingInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field({ description: 'The day of the first meeting (nysamtal)' })
  @IsCalendarDate()
  heldOn: string;

  @Field({ description: 'Assessed as an active job seeker' })
  @IsBoolean()
  activeJobSeeker: boolean;
}

@InputType()
export class PlanningWeekInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field()
  @IsCalendarDate()
  startOn: string;
}

@InputType()
export class ChooseSectorInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field(() => ID)
  @IsUUID()
  sectorId: string;

  @Field({ description: 'The day the person chose the sector' })
  @IsCalendarDate()
  chosenOn: string;
}

@InputType()
export class ExitEnrolmentInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field()
  @IsCalendarDate()
  exitOn: string;

  @Field(() => ExitReason)
  @IsEnum(ExitReason)
  reason: ExitReason;

  @Field(() => String, { nullable: true, description: 'Exit to work only: the first day of the job (default: exitOn)' })
  @IsOptional()
  @IsCalendarDate()
  workStartedOn?: string;
}

@InputType()
export class ConfirmWorkExitInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId: string;

  @Field(() => String, { nullable: true, description: "The job's last day if it has ended; null: the person still works there" })
  @IsOptional()
  @IsCalendarDate()
  jobEndedOn?: string | null;
}
