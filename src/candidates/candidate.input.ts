import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
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
import { IsIdentityNumber } from '../platform/identifiers/identity-number.js';
import { IsCalendarDate } from '../platform/validation/is-calendar-date.js';
import { Trim } from '../platform/validation/trim.decorator.js';
import { COMMUTE_LIMIT_RANGE } from '../matching/commute.js';
import { ConsentPurpose, EducationLevel, SwedishLevel, TravelMode, WorkLimitation } from './candidate.enums.js';
import { CONCEPT_ID, PHONE } from '../platform/validation/patterns.js';

@InputType({ description: 'A language the person speaks and their level, as JobTech concept ids' })
export class CandidateLanguageInput {
  @Field(() => ID, { description: 'JobTech language concept id' })
  @Matches(CONCEPT_ID)
  languageConceptId: string;

  @Field(() => ID, { description: 'JobTech language-level concept id' })
  @Matches(CONCEPT_ID)
  levelConceptId: string;
}

@InputType({ description: 'Experience of one occupation' })
export class CandidateExperienceInput {
  @Field(() => ID, { description: 'JobTech occupation-name or SSYK-4 concept id' })
  @Matches(CONCEPT_ID)
  occupationConceptId: string;

  @Field(() => Int, { description: 'Whole years of experience, 0-60' })
  @IsInt()
  @Min(0)
  @Max(60)
  years: number;
}

/** The profile fields a secretary or recruiter records; every one optional so updates send only what changed. */
@InputType({ isAbstract: true })
export abstract class CandidateProfileFields {
  @Field({ nullable: true, description: 'First name, at most 100 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @Field({ nullable: true, description: 'Last name, at most 100 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;

  @Field({ nullable: true, description: 'Phone number' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @Field({ nullable: true, description: 'Email address' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field(() => ID, { nullable: true, description: 'JobTech municipality concept id' })
  @IsOptional()
  @Matches(CONCEPT_ID)
  homeMunicipalityConceptId?: string;

  @Field({ nullable: true, description: 'Locality or postal area, for the commute estimate (e.g. Anderslöv), at most 100 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  addressArea?: string;

  @Field(() => TravelMode, { nullable: true, description: 'CAR needs a driving licence including class B and no NO_DRIVING limitation' })
  @IsOptional()
  @IsEnum(TravelMode)
  travelMode?: TravelMode;

  @Field(() => Int, { nullable: true, description: 'The longest commute, minutes one way (10-180); null clears it' })
  @IsOptional()
  @IsInt()
  @Min(COMMUTE_LIMIT_RANGE.MIN)
  @Max(COMMUTE_LIMIT_RANGE.MAX)
  maxCommuteMinutes?: number | null;

  @Field(() => [CandidateLanguageInput], { nullable: true, description: 'Languages spoken, at most 20; replaces the whole list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CandidateLanguageInput)
  languages?: CandidateLanguageInput[];

  @Field(() => SwedishLevel, { nullable: true, description: 'Swedish level (SFI course or fluent)' })
  @IsOptional()
  @IsEnum(SwedishLevel)
  swedishLevel?: SwedishLevel;

  @Field(() => EducationLevel, { nullable: true, description: 'Highest completed education' })
  @IsOptional()
  @IsEnum(EducationLevel)
  educationLevel?: EducationLevel;

  @Field(() => [ID], { nullable: true, description: 'JobTech driving-licence concept ids held; replaces the whole list' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  drivingLicenceConceptIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Other certificates as free text (e.g. truckkort), at most 30 of at most 100 characters' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  certificates?: string[];

  @Field(() => [CandidateExperienceInput], { nullable: true, description: 'Work experience by occupation, at most 30; replaces the whole list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CandidateExperienceInput)
  experience?: CandidateExperienceInput[];

  @Field(() => [ID], { nullable: true, description: 'JobTech skill concept ids, at most 200; replaces the whole list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  skillConceptIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'JobTech occupation concept ids the person wants, at most 20' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  wantedOccupationConceptIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Ids of the sectors the person wants, at most 10' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  wantedSectorIds?: string[];

  @Field({ nullable: true, description: 'Open to an internship (praktik)' })
  @IsOptional()
  @IsBoolean()
  wantsInternship?: boolean;

  @Field(() => [ID], { nullable: true, description: 'JobTech worktime-extent concept ids wanted (full time, part time)' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  wantedWorktimeConceptIds?: string[];

  @Field({ nullable: true, description: 'Earliest day the person can start work (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  earliestStartOn?: string;

  @Field(() => [WorkLimitation], { nullable: true, description: 'Work the person cannot do; replaces the whole list' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(WorkLimitation, { each: true })
  workLimitations?: WorkLimitation[];

  @Field({ nullable: true, description: 'Newly arrived (nyanländ): registered for SFI from the start' })
  @IsOptional()
  @IsBoolean()
  newlyArrived?: boolean;
}

@InputType({ description: 'A new person, or a new enrolment period for someone enrolled before (first contact)' })
export class EnrolCandidateInput extends CandidateProfileFields {
  @Field({ description: 'Personnummer or samordningsnummer; checked, and shown masked to most roles' })
  @IsIdentityNumber()
  identityNumber: string;

  @Field({ description: 'First name, at most 100 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  override firstName: string;

  @Field({ description: 'Last name, at most 100 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  override lastName: string;

  @Field(() => ID, { description: 'JobTech municipality concept id' })
  @Matches(CONCEPT_ID)
  override homeMunicipalityConceptId: string;

  @Field({ description: 'The day the application for aid arrived (first contact)' })
  @IsCalendarDate()
  firstContactOn: string;

  @Field(() => ID, { nullable: true, description: "The principal (the person's municipality); defaults to your own" })
  @IsOptional()
  @IsUUID()
  principalId?: string;
}

@InputType({ description: "Changes to a person's profile: send only the fields that change" })
export class UpdateCandidateInput extends CandidateProfileFields {
  @Field(() => ID, { description: "The person's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT (STALE_VERSION)' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'A consent (samtycke) the person gave' })
export class ConsentInput {
  @Field(() => ID, { description: "The person's id (UUID)" })
  @IsUUID()
  candidateId: string;

  @Field(() => ConsentPurpose, { description: 'What the consent allows' })
  @IsEnum(ConsentPurpose)
  purpose: ConsentPurpose;

  @Field({ nullable: true, description: 'To whom, when the purpose needs it (e.g. a named clinic), at most 200 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  recipient?: string;
}
