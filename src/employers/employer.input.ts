import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOrganisationNumber } from '../platform/identifiers/organisation-number.js';
import { Trim } from '../platform/validation/trim.decorator.js';
import { EmployerStatus } from './employer.entity.js';
import { PHONE } from '../platform/validation/patterns.js';

/** SNI 2007 codes: a section letter or 2 to 5 digits. */
const SNI_CODE = /^([A-U]|\d{2,5})$/;
const POSTAL_CODE = /^\d{3} ?\d{2}$/;

@InputType({ description: 'A person at the employer the administration talks to' })
export class ContactPersonInput {
  @Field({ description: 'Full name, at most 200 characters' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ nullable: true, description: 'Their role at the employer, e.g. HR-ansvarig, at most 100 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  role?: string;

  @Field({ nullable: true, description: 'Phone number, e.g. 0410-123 45 or +46 410 123 45' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number, e.g. 0410-123 45 or +46 410 123 45' })
  phone?: string;

  @Field({ nullable: true, description: 'Email address' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email?: string;
}

/** Fields shared by create and update. */
@InputType({ isAbstract: true })
abstract class EmployerFields {
  @Field({ nullable: true, description: "The employer's name, at most 200 characters" })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => [String], { nullable: true, description: 'SNI 2007 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(SNI_CODE, { each: true, message: 'each SNI code must be a section letter or 2-5 digits' })
  sniCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'JobTech municipality concept id' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  municipalityConceptId?: string;

  @Field({ nullable: true, description: 'Street address of the workplace, at most 200 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  street?: string;

  @Field({ nullable: true, description: 'Swedish postal code, e.g. 231 42' })
  @IsOptional()
  @Matches(POSTAL_CODE, { message: 'postalCode must be a Swedish postal code, e.g. 231 42' })
  postalCode?: string;

  @Field({ nullable: true, description: 'Postal town, at most 100 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  city?: string;

  @Field(() => [ID], { nullable: true, description: 'Ids of the sectors the employer recruits in, at most 20' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  sectorIds?: string[];

  @Field(() => EmployerStatus, { nullable: true, description: 'Whether the administration works with the employer now' })
  @IsOptional()
  @IsEnum(EmployerStatus)
  status?: EmployerStatus;

  @Field(() => ID, { nullable: true, description: 'The responsible business developer' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string;

  @Field(() => [ContactPersonInput], { nullable: true, description: 'Replaces the list of contact persons' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContactPersonInput)
  contactPersons?: ContactPersonInput[];
}

@InputType({ description: 'A new employer for the register' })
export class CreateEmployerInput extends EmployerFields {
  @Field({ description: 'Organisationsnummer, with or without dash' })
  @IsOrganisationNumber()
  organisationNumber: string;

  @Field({ description: "The employer's name, at most 200 characters" })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  override name: string;

  @Field(() => ID, { description: 'JobTech municipality concept id' })
  @IsString()
  @MaxLength(20)
  override municipalityConceptId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The principal whose register the employer goes in; defaults to the user's own municipality",
  })
  @IsOptional()
  @IsUUID()
  principalId?: string;
}

@InputType({ description: 'Changes to an employer: send only the fields that change' })
export class UpdateEmployerInput extends EmployerFields {
  @Field(() => ID, { description: "The employer's id (UUID)" })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale version gives CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}
