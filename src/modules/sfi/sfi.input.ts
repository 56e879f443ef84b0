import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
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
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';
import { Trim } from '../../platform/validation/trim.decorator.js';
import { SFI_COURSE_LEVELS } from './sfi-rules.js';

const LEVEL_MESSAGE = 'level must be an SFI course level, SFI_A to SFI_D';
/** A course larger than this is a typing error, not a class. */
const MAX_PLACES = 500;

/** Set only when given: an update sends what changed, and null is refused for a field that cannot be empty. */
const IfGiven = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

@InputType({ description: 'A new sector SFI course, run by your organisation' })
export class CreateSfiCourseInput {
  @Field({ description: "The course's name, at most 200 characters" })
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

  @Field({ description: 'The first day, YYYY-MM-DD' })
  @IsCalendarDate()
  startOn: string;

  @Field({ description: 'The last day, YYYY-MM-DD; not before the first' })
  @IsCalendarDate()
  endOn: string;

  @Field(() => Int, { description: 'How many people can be on the course at once: 1-500; not fewer than those active on it' })
  @IsInt()
  @Min(1, { message: 'places must be at least 1' })
  @Max(MAX_PLACES)
  places: number;

  @Field(() => String, { nullable: true, description: 'The workplace learning part: where, what; null clears it' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  workplaceLearning?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The principals whose residents the course takes; defaults to all you act for' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  servedPrincipalIds?: string[];
}

/**
 * Only the fields given change; null is refused for a field that cannot be empty (`skipNullProperties: false`), while
 * workplaceLearning, optional in a new course too, may be set to null to clear it.
 */
@InputType({ description: 'Changes to a course of your organisation: only the fields given change; null clears workplaceLearning' })
export class UpdateSfiCourseInput extends PartialType(OmitType(CreateSfiCourseInput, ['servedPrincipalIds'] as const), { skipNullProperties: false }) {
  @Field(() => ID, { description: "The course's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the served principals; one whose people are queued or active cannot be dropped' })
  @IfGiven()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  servedPrincipalIds?: string[];
}

@InputType({ description: "A person to put in a course's queue" })
export class QueueForSfiInput {
  @Field(() => ID, { description: "The course's id (UUID): one that has not ended and serves the person's principal" })
  @IsUUID()
  courseId: string;

  @Field(() => ID, { description: "The person's id (UUID): one you act for, with no enrolment on the course yet (one per course and person)" })
  @IsUUID()
  candidateId: string;

  @Field({ nullable: true, description: 'Waiting since (the day the person joined the queue); defaults to today' })
  @IsOptional()
  @IsCalendarDate()
  queuedSince?: string;
}

@InputType({ description: 'Attendance on a day, a progress note, or both (at least one)' })
export class AddSfiNoteInput {
  @Field(() => ID, { description: "The SFI enrolment's id (UUID)" })
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
