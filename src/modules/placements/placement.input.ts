import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';
import { CONCEPT_ID } from '../../platform/validation/patterns.js';
import { Trim } from '../../platform/validation/trim.decorator.js';
import { PlacementOutcome, PlacementStage } from './placement.enums.js';

@InputType({ description: 'A person put forward for an opening' })
export class CreatePlacementInput {
  @Field(() => ID, { description: 'A person with an open enrolment period' })
  @IsUUID()
  candidateId: string;

  @Field(() => ID, { description: 'An open opening' })
  @IsUUID()
  openingId: string;

  @Field(() => String, { nullable: true, description: 'Free-text note, at most 2,000 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

/** The version read, the day it happened (default today, not in the future) and a note: every change has them. */
@InputType({ isAbstract: true })
abstract class PlacementChange {
  @Field(() => ID, { description: "The placement's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale version gives CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'The day it happened, YYYY-MM-DD; default today; not in the future' })
  @IsOptional()
  @IsCalendarDate()
  on?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note, at most 2,000 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A move of a placement to another stage' })
export class AdvancePlacementInput extends PlacementChange {
  @Field(() => PlacementStage, { description: 'The new stage; see Placement.nextSteps' })
  @IsEnum(PlacementStage)
  stage: PlacementStage;
}

/** The terms of a job the person got. */
@InputType({ description: 'The terms of the job the person got' })
export class HiredTermsInput {
  @Field(() => ID, { description: 'JobTech employment-type concept id' })
  @Matches(CONCEPT_ID, { message: 'employmentTypeConceptId must be a JobTech concept id' })
  employmentTypeConceptId: string;

  @Field({ description: 'A subsidised employment (lönebidrag, nystartsjobb, ...): still work for Kolada' })
  @IsBoolean()
  subsidised: boolean;

  @Field({ description: 'A municipal labour-market employment: never counts as work for Kolada' })
  @IsBoolean()
  municipalLabourMarketEmployment: boolean;

  @Field({ description: 'First day of the employment, YYYY-MM-DD (may be ahead)' })
  @IsCalendarDate()
  startOn: string;

  @Field(() => Int, { description: 'Working hours per week, 1-80' })
  @IsInt()
  @Min(1)
  @Max(80)
  hoursPerWeek: number;
}

@InputType({ description: 'The outcome of a placement' })
export class RecordPlacementOutcomeInput extends PlacementChange {
  @Field(() => PlacementOutcome, { description: 'The outcome; see Placement.nextSteps' })
  @IsEnum(PlacementOutcome)
  outcome: PlacementOutcome;

  @Field(() => HiredTermsInput, { nullable: true, description: 'HIRED: required' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HiredTermsInput)
  hired?: HiredTermsInput | null;

  @Field(() => String, { nullable: true, description: 'NOT_HIRED, ENDED_EARLY: required' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'ENDED_EARLY: the last day, YYYY-MM-DD; required' })
  @IsOptional()
  @IsCalendarDate()
  endedOn?: string | null;
}
