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
import { IsIdentityNumber } from '../modules/identifiers/identity-number.js';
import { IsCalendarDate } from '../modules/validation/is-calendar-date.js';
import { Trim } from '../modules/validation/trim.decorator.js';
import { COMMUTE_LIMIT_RANGE } from '../matching/commute.js';
import { ConsentPurpose, EducationLevel, SwedishLevel, TravelMode, WorkLimitation } from './candidate.enums.js';
import { CONCEPT_ID, PHONE } from '../modules/validation/patterns.js';

@InputType()
export class CandidateLanguageInput {
  @Field(() => ID)
  @Matches(CONCEPT_ID)
  languageConceptId: string;

  @Field(() => ID)
  @Matches(CONCEPT_ID)
  levelConceptId: string;
}

@InputType()
export class CandidateExperienceInput {
  @Field(() => ID)
  @Matches(CONCEPT_ID)
  occupationConceptId: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(60)
  years: number;
}

/** The profile fields a secretary or recruiter records; every one optional so updates send only what changed. */
@InputType({ isAbstract: true })
export abstract class CandidateProfileFields {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field(() => ID, { nullable: true, description: 'JobTech municipality concept id' })
  @IsOptional()
  @Matches(CONCEPT_ID)
  homeMunicipalityConceptId?: string;

  @Field({ nullable: true })
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

  @Field(() => [CandidateLanguageInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CandidateLanguageInput)
  languages?: CandidateLanguageInput[];

  @Field(() => SwedishLevel, { nullable: true })
  @IsOptional()
  @IsEnum(SwedishLevel)
  swedishLevel?: SwedishLevel;

  @Field(() => EducationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(EducationLevel)
  educationLevel?: EducationLevel;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  drivingLicenceConceptIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  certificates?: string[];

  @Field(() => [CandidateExperienceInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CandidateExperienceInput)
  experience?: CandidateExperienceInput[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  skillConceptIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  wantedOccupationConceptIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  wantedSectorIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  wantsInternship?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @Matches(CONCEPT_ID, { each: true })
  wantedWorktimeConceptIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  earliestStartOn?: string;

  @Field(() => [WorkLimitation], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(WorkLimitation, { each: true })
  workLimitations?: WorkLimitation[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  newlyArrived?: boolean;
}

@InputType()
export class EnrolCandidateInput extends CandidateProfileFields {
  @Field({ description: 'Personnummer or samordningsnummer; checked, and shown masked to most roles' })
  @IsIdentityNumber()
  identityNumber: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  override firstName: string;

  @Field()
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

@InputType()
export class UpdateCandidateInput extends CandidateProfileFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class ConsentInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => ConsentPurpose)
  @IsEnum(ConsentPurpose)
  purpose: ConsentPurpose;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  recipient?: string;
}
