import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SwedishLevel } from '../../candidates/candidate.enums.js';
import { COMMUTE_LIMIT_RANGE } from '../../matching/commute.js';
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';
import { Trim } from '../../platform/validation/trim.decorator.js';
import { JOB_KINDS, OpeningKind, OpeningStatus } from './opening.enums.js';
import { PHONE } from '../../platform/validation/patterns.js';

const POSTAL_CODE = /^\d{3} ?\d{2}$/;

@InputType({ description: 'A skill an opening asks for, with its weight in the ranking' })
export class WeightedSkillInput {
  @Field(() => ID, { description: 'JobTech skill concept id' })
  @IsString()
  @MaxLength(20)
  skillConceptId: string;

  @Field(() => Int, { defaultValue: 3, description: '1 (nice to have) to 5 (essential)' })
  @IsInt()
  @Min(1)
  @Max(5)
  weight = 3;
}

@InputType({ description: 'A language other than Swedish the work needs, at a minimum level, with the reason' })
export class LanguageNeedInput {
  @Field(() => ID, { description: 'JobTech language concept id, not Swedish (use minSwedishLevel)' })
  @IsString()
  @MaxLength(20)
  languageConceptId: string;

  @Field(() => ID, { description: 'JobTech language-level concept id: the lowest level that meets the need' })
  @IsString()
  @MaxLength(20)
  minLevelConceptId: string;

  @Field({ description: 'Why the work needs the language' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason: say why the work needs the language' })
  @MaxLength(1000)
  reason: string;
}

/** Fields shared by create, create-from-skill-need and update; all optional here. */
@InputType({ isAbstract: true })
abstract class OpeningFields {
  @Field({ nullable: true, description: 'Title of the job or internship, at most 200 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field(() => ID, { nullable: true, description: 'JobTech occupation-name concept id' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  occupationConceptId?: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the sector of the occupation's SSYK-4 group" })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @Field(() => [WeightedSkillInput], { nullable: true, description: 'Skills the work needs, with weights, at most 30; replaces the list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => WeightedSkillInput)
  requiredSkills?: WeightedSkillInput[];

  @Field(() => [WeightedSkillInput], { nullable: true, description: 'Skills that are a plus, with weights, at most 30; replaces the list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => WeightedSkillInput)
  preferredSkills?: WeightedSkillInput[];

  @Field(() => SwedishLevel, { nullable: true, description: 'Only if the work really needs one; requires swedishLevelReason' })
  @IsOptional()
  @IsEnum(SwedishLevel)
  minSwedishLevel?: SwedishLevel | null;

  @Field(() => String, { nullable: true, description: 'Why the work needs the minimum Swedish level, at most 1,000 characters; required with minSwedishLevel' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  swedishLevelReason?: string | null;

  @Field(() => [LanguageNeedInput], { nullable: true, description: 'Languages other than Swedish the work needs; replaces the list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LanguageNeedInput)
  languageNeeds?: LanguageNeedInput[];

  @Field(() => Int, { nullable: true, description: "The longest commute, minutes one way (10-180); null: the kind's default" })
  @IsOptional()
  @IsInt()
  @Min(COMMUTE_LIMIT_RANGE.MIN)
  @Max(COMMUTE_LIMIT_RANGE.MAX)
  maxCommuteMinutes?: number | null;

  @Field(() => [ID], { nullable: true, description: 'JobTech driving-licence concept ids' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  requiredLicenceConceptIds?: string[];

  @Field(() => ID, { nullable: true, description: "JobTech municipality concept id; defaults to the employer's" })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  municipalityConceptId?: string;

  @Field(() => String, { nullable: true, description: "Defaults to the employer's street when the municipality is not given" })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code of the workplace, e.g. 231 42' })
  @IsOptional()
  @Matches(POSTAL_CODE, { message: 'postalCode must be a Swedish postal code, e.g. 231 42' })
  postalCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'JobTech worktime-extent concept id' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  worktimeConceptId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Working hours per week, 1-80' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(80)
  hoursPerWeek?: number | null;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  startOn?: string;

  @Field(() => Int, { nullable: true, description: 'How many people the opening takes, 1-1000' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  places?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not after the start' })
  @IsOptional()
  @IsCalendarDate()
  applicationDeadline?: string | null;

  @Field(() => String, { nullable: true, description: 'Internships: the workplace supervisor (handledare)' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  supervisorName?: string | null;

  @Field(() => String, { nullable: true, description: "Internships: the supervisor's phone number, e.g. 0410-123 45" })
  @IsOptional()
  @Matches(PHONE, { message: 'supervisorPhone must be a phone number, e.g. 0410-123 45' })
  supervisorPhone?: string | null;

  @Field(() => String, { nullable: true, description: "Internships: the supervisor's email address" })
  @IsOptional()
  @IsEmail({}, { message: 'supervisorEmail must be an email address' })
  @MaxLength(200)
  supervisorEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Internships: first day of the period' })
  @IsOptional()
  @IsCalendarDate()
  periodStartOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Internships: last day of the period' })
  @IsOptional()
  @IsCalendarDate()
  periodEndOn?: string | null;
}

@InputType({ description: 'A new opening at an employer; it starts as a DRAFT' })
export class CreateOpeningInput extends OpeningFields {
  @Field(() => ID, { description: "The employer's id (UUID)" })
  @IsUUID()
  employerId: string;

  @Field(() => OpeningKind, { description: 'What kind of place it is' })
  @IsEnum(OpeningKind)
  kind: OpeningKind;

  @Field({ description: 'Title of the job or internship, at most 200 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  override title: string;

  @Field(() => ID, { description: 'JobTech occupation-name concept id' })
  @IsString()
  @MaxLength(20)
  override occupationConceptId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  override startOn: string;

  @Field(() => Int, { description: 'How many people the opening takes, 1-1000' })
  @IsInt()
  @Min(1)
  @Max(1000)
  override places: number;
}

/**
 * An opening from a skill need logged in an employer contact: the occupation, the number of places (headcount)
 * and the start (needed by) come from the need unless given here; the title defaults to the occupation's label.
 */
@InputType({ description: 'An opening made from a logged skill need: occupation, places (headcount) and start (needed by) come from the need unless given' })
export class OpeningFromSkillNeedInput extends OpeningFields {
  @Field(() => OpeningKind, { description: 'What kind of place it is' })
  @IsEnum(OpeningKind)
  kind: OpeningKind;
}

@InputType({ description: 'Changes to an opening that is not FILLED or CLOSED: send only the fields that change' })
export class UpdateOpeningInput extends OpeningFields {
  @Field(() => ID, { description: "The opening's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale version gives CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'A status change of an opening' })
export class SetOpeningStatusInput {
  @Field(() => ID, { description: "The opening's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT (STALE_VERSION)' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => OpeningStatus, { description: 'The new status; see Opening.nextStatuses' })
  @IsEnum(OpeningStatus)
  status: OpeningStatus;
}

@InputType({ description: 'A check-in with the workplace during an internship or workplace learning' })
export class AddInternshipCheckInInput {
  @Field(() => ID, { description: "The internship's id (UUID); an open or filled internship or workplace-learning place" })
  @IsUUID()
  openingId: string;

  @Field({ description: 'YYYY-MM-DD; not in the future' })
  @IsCalendarDate()
  on: string;

  @Field({ description: 'How it is going, at most 4,000 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note: string;
}

@InputType({ description: 'An internship turned into a job at the same employer' })
export class ConvertInternshipInput {
  @Field(() => ID, { description: "The internship's id (UUID)" })
  @IsUUID()
  openingId: string;

  @Field(() => Int, { description: "The internship's version you read" })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => OpeningKind, { description: 'JOB_UNSUBSIDISED or JOB_SUBSIDISED' })
  @IsIn(JOB_KINDS, { message: 'kind must be JOB_UNSUBSIDISED or JOB_SUBSIDISED' })
  kind: OpeningKind;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startOn: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many people the job takes, 1-1000' })
  @IsInt()
  @Min(1)
  @Max(1000)
  places = 1;
}
