import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from '../platform/database/versioned.entity.js';
import { EducationLevel, IdentityKind, SwedishLevel, TravelMode, WorkLimitation } from './candidate.enums.js';

@ObjectType({ description: 'A language the person speaks, and how well (JobTech concepts)' })
export class CandidateLanguage {
  @Field(() => ID, { description: 'JobTech language concept id' })
  languageConceptId: string;

  @Field(() => ID, { description: 'JobTech language-level concept id' })
  levelConceptId: string;
}

@ObjectType({ description: 'Experience of one occupation, in whole years' })
export class CandidateExperience {
  @Field(() => ID, { description: 'JobTech occupation-name or SSYK-4 concept id' })
  occupationConceptId: string;

  @Field(() => Int, { description: 'Years of experience in the occupation' })
  years: number;
}

/**
 * A job seeker, belonging to a principal (the municipality whose resident they are). Nothing the ranking may not
 * use is stored: no sex, ethnicity, religion, sexual orientation or diagnoses; the birth date is derived from the
 * identity number for duplicate checks and display, and is never a matching input.
 */
@ObjectType({ description: 'A job seeker, owned by a principal (the municipality whose resident they are); every read is access-logged' })
@Entity()
@Index(['principalId', 'identityNumber'], { unique: true })
@Index(['principalId', 'birthDate'])
export class Candidate extends AuditedEntity {
  @Field(() => ID, { description: "The person's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The principal (huvudman): the municipality that owns this person's records" })
  @Column('uuid')
  principalId: string;

  /** Canonical YYYYMMDD-NNNN. Exposed only through the masking field resolver; never logged. */
  @Column('text')
  identityNumber: string;

  @Field(() => IdentityKind, { description: 'Whether the identity number is a personnummer or a samordningsnummer' })
  @Column('text')
  identityKind: IdentityKind;

  @Field({ description: 'Derived from the identity number' })
  @Column('date')
  birthDate: string;

  @Field({ description: 'First name' })
  @Column('text')
  firstName: string;

  @Field({ description: 'Last name' })
  @Column('text')
  lastName: string;

  @Field(() => String, { nullable: true, description: 'Phone number, if given' })
  @Column('text', { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Email address, if given' })
  @Column('text', { nullable: true })
  email: string | null;

  @Field(() => ID, { description: 'JobTech municipality concept id of the home' })
  @Column('text')
  homeMunicipalityConceptId: string;

  @Field(() => String, { nullable: true, description: 'Locality or postal area, for commute (e.g. Anderslöv)' })
  @Column('text', { nullable: true })
  addressArea: string | null;

  @Field(() => TravelMode, { description: 'How the person gets to work; the commute is estimated for this mode' })
  @Column('text', { default: TravelMode.PUBLIC_TRANSPORT })
  travelMode: TravelMode;

  @Field(() => Int, { nullable: true, description: 'The longest commute, minutes one way, the person accepts; null when not said' })
  @Column('int', { nullable: true })
  maxCommuteMinutes: number | null;

  @Field(() => [CandidateLanguage], { description: 'Languages the person speaks, besides Swedish' })
  @Column('jsonb', { default: () => "'[]'" })
  languages: CandidateLanguage[];

  @Field(() => SwedishLevel, { description: "The person's Swedish level (SFI course or fluent); an opening's minimum is met by this level or a later one" })
  @Column('text')
  swedishLevel: SwedishLevel;

  @Field(() => EducationLevel, { nullable: true, description: 'Highest completed education; null when not recorded' })
  @Column('text', { nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => [ID], { description: 'JobTech driving-licence concept ids as given; see impliedDrivingLicences' })
  @Column('text', { array: true, default: () => "'{}'" })
  drivingLicenceConceptIds: string[];

  @Field(() => [String], { description: 'Other certificates, e.g. truck licence (truckkort), hygiene certificate' })
  @Column('text', { array: true, default: () => "'{}'" })
  certificates: string[];

  @Field(() => [CandidateExperience], { description: 'Work experience by occupation' })
  @Column('jsonb', { default: () => "'[]'" })
  experience: CandidateExperience[];

  @Field(() => [ID], { description: 'JobTech skill concept ids' })
  @Column('text', { array: true, default: () => "'{}'" })
  skillConceptIds: string[];

  @Field(() => [ID], { description: 'Occupations the person wants (JobTech ids)' })
  @Column('text', { array: true, default: () => "'{}'" })
  wantedOccupationConceptIds: string[];

  @Field(() => [ID], { description: 'Sectors the person wants' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  wantedSectorIds: string[];

  @Field({ description: 'Open to an internship (praktik)' })
  @Column({ default: true })
  wantsInternship: boolean;

  @Field(() => [ID], { description: 'JobTech worktime-extent concept ids the person wants (full time, part time)' })
  @Column('text', { array: true, default: () => "'{}'" })
  wantedWorktimeConceptIds: string[];

  @Field(() => String, { nullable: true, description: 'Earliest day the person can start work (YYYY-MM-DD); null when not said' })
  @Column('date', { nullable: true })
  earliestStartOn: string | null;

  @Field(() => [WorkLimitation], { description: 'Work the person cannot do (never why: no diagnoses are stored)' })
  @Column('text', { array: true, default: () => "'{}'" })
  workLimitations: WorkLimitation[];

  @Field({ description: 'Newly arrived (nyanländ): registered for SFI from the start' })
  @Column({ default: false })
  newlyArrived: boolean;

}
