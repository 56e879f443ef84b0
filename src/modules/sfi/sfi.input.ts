import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { SwedishLevel } from '../../candidates/candidate.enums.js';
import { IsCalendarDate } from '../validation/is-calendar-date.js';
import { Trim } from '../validation/trim.decorator.js';
import { SFI_COURSE_LEVELS } from './sfi-rules.js';

const LEVEL_MESSAGE = 'level must be an SFI course level, SFI_A to SFI_D';
/** A course larger than this is a typing error, not a class. */
const MAX_PLACES = 500;

/** Set only when given: an update sends what changed, and null is refused for a field that cannot be empty. */
const IfGiven = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

@InputType()
export class CreateSfiCourseInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { description: 'The sector (bransch) whose vocational Swedish and workplaces the course combines' })
  @IsUUID()
  sectorId: string;

  @Field(() => SwedishLevel, { description: 'SFI_A to SFI_D' })
  @IsIn(SFI_COURSE_LEVELS, { message: LEVEL_MESSAGE })
  level: SwedishLevel;

  @Field()
  @IsCalendarDate()
  startOn: string;

  @Field({ description: 'The last day; not before startOn' })
  @IsCalendarDate()
  endOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'places must be at least 1' })
  @Max(MAX_PLACES)
  places: number;

  @Field({ nullable: true, description: 'The workplace learning part: where, what' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  workplaceLearning?: string;

  @Field(() => [ID], { nullable: true, description: 'The principals whose residents the course takes; defaults to all you act for' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  servedPrincipalIds?: string[];
}

/** Only the fields given change; workplaceLearning may be set to null to clear it. */
@InputType()
export class UpdateSfiCourseInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IfGiven()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IfGiven()
  @IsUUID()
  sectorId?: string;

  @Field(() => SwedishLevel, { nullable: true })
  @IfGiven()
  @IsIn(SFI_COURSE_LEVELS, { message: LEVEL_MESSAGE })
  level?: SwedishLevel;

  @Field({ nullable: true })
  @IfGiven()
  @IsCalendarDate()
  startOn?: string;

  @Field({ nullable: true })
  @IfGiven()
  @IsCalendarDate()
  endOn?: string;

  @Field(() => Int, { nullable: true, description: 'Not fewer than the people active on the course' })
  @IfGiven()
  @IsInt()
  @Min(1, { message: 'places must be at least 1' })
  @Max(MAX_PLACES)
  places?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  workplaceLearning?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the served principals; one whose people are queued or active cannot be dropped' })
  @IfGiven()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  servedPrincipalIds?: string[];
}

@InputType()
export class QueueForSfiInput {
  @Field(() => ID)
  @IsUUID()
  courseId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field({ nullable: true, description: 'Waiting since (the day the person joined the queue); defaults to today' })
  @IsOptional()
  @IsCalendarDate()
  queuedSince?: string;
}

@InputType()
export class AddSfiNoteInput {
  @Field(() => ID)
  @IsUUID()
  sfiEnrolmentId: string;

  @Field({ description: 'The day the note is about' })
  @IsCalendarDate()
  on: string;

  @Field(() => Boolean, { nullable: true, description: 'Attendance that day; leave out for a progress note only' })
  @IsOptional()
  @IsBoolean()
  attended?: boolean;

  @Field({ nullable: true, description: 'Progress: what the person practised, reached, needs next' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note?: string;
}
