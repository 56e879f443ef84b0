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
import { IsCalendarDate } from '../validation/is-calendar-date.js';
import { Trim } from '../validation/trim.decorator.js';
import { JOB_KINDS, OpeningKind, OpeningStatus } from './opening.enums.js';
import { PHONE } from '../validation/patterns.js';

const POSTAL_CODE = /^\d{3} ?\d{2}$/;

@InputType()
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

@InputType()
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
  @Field({ nullable: true })
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

  @Field(() => [WeightedSkillInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => WeightedSkillInput)
  requiredSkills?: WeightedSkillInput[];

  @Field(() => [WeightedSkillInput], { nullable: true })
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

  @Field(() => String, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTAL_CODE, { message: 'postalCode must be a Swedish postal code, e.g. 231 42' })
  postalCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'JobTech worktime-extent concept id' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  worktimeConceptId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(80)
  hoursPerWeek?: number | null;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  startOn?: string;

  @Field(() => Int, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'supervisorPhone must be a phone number, e.g. 0410-123 45' })
  supervisorPhone?: string | null;

  @Field(() => String, { nullable: true })
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

@InputType()
export class CreateOpeningInput extends OpeningFields {
  @Field(() => ID)
  @IsUUID()
  employerId: string;

  @Field(() => OpeningKind)
  @IsEnum(OpeningKind)
  kind: OpeningKind;

  @Field()
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

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  override places: number;
}

/**
 * An opening from a skill need logged in an employer contact: the occupation, the number of places (headcount)
 * and the start (needed by) come from the need unless given here; the title defaults to the occupation's label.
 */
@InputType()
export class OpeningFromSkillNeedInput extends OpeningFields {
  @Field(() => OpeningKind)
  @IsEnum(OpeningKind)
  kind: OpeningKind;
}

@InputType()
export class UpdateOpeningInput extends OpeningFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale version gives CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SetOpeningStatusInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => OpeningStatus)
  @IsEnum(OpeningStatus)
  status: OpeningStatus;
}

@InputType()
export class AddInternshipCheckInInput {
  @Field(() => ID)
  @IsUUID()
  openingId: string;

  @Field({ description: 'YYYY-MM-DD; not in the future' })
  @IsCalendarDate()
  on: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note: string;
}

@InputType()
export class ConvertInternshipInput {
  @Field(() => ID)
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

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  places = 1;
}
