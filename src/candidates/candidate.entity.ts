import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { EducationLevel, IdentityKind, SwedishLevel, TravelMode, WorkLimitation } from './candidate.enums.js';

@ObjectType()
export class CandidateLanguage {
  @Field(() => ID, { description: 'JobTech language concept id' })
  languageConceptId: string;

  @Field(() => ID, { description: 'JobTech language-level concept id' })
  levelConceptId: string;
}

@ObjectType()
export class CandidateExperience {
  @Field(() => ID, { description: 'JobTech occupation-name or SSYK-4 concept id' })
  occupationConceptId: string;

  @Field(() => Int)
  years: number;
}

/**
 * A job seeker, belonging to a principal (the municipality whose resident they are). Nothing the ranking may not
 * use is stored: no sex, ethnicity, religion, sexual orientation or diagnoses; the birth date is derived from the
 * identity number for duplicate checks and display, and is never a matching input.
 */
@ObjectType()
@Entity()
@Index(['principalId', 'identityNumber'], { unique: true })
@Index(['principalId', 'birthDate'])
export class Candidate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  principalId: string;

  /** Canonical YYYYMMDD-NNNN. Exposed only through the masking field resolver; never logged. */
  @Column('text')
  identityNumber: string;

  @Field(() => IdentityKind)
  @Column('text')
  identityKind: IdentityKind;

  @Field({ description: 'Derived from the identity number' })
  @Column('date')
  birthDate: string;

  @Field()
  @Column('text')
  firstName: string;

  @Field()
  @Column('text')
  lastName: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
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

  @Field(() => [CandidateLanguage])
  @Column('jsonb', { default: () => "'[]'" })
  languages: CandidateLanguage[];

  @Field(() => SwedishLevel)
  @Column('text')
  swedishLevel: SwedishLevel;

  @Field(() => EducationLevel, { nullable: true })
  @Column('text', { nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => [ID], { description: 'JobTech driving-licence concept ids as given; see impliedDrivingLicences' })
  @Column('text', { array: true, default: () => "'{}'" })
  drivingLicenceConceptIds: string[];

  @Field(() => [String], { description: 'Other certificates, e.g. truck licence (truckkort), hygiene certificate' })
  @Column('text', { array: true, default: () => "'{}'" })
  certificates: string[];

  @Field(() => [CandidateExperience])
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

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  earliestStartOn: string | null;

  @Field(() => [WorkLimitation])
  @Column('text', { array: true, default: () => "'{}'" })
  workLimitations: WorkLimitation[];

  @Field({ description: 'Newly arrived (nyanländ): registered for SFI from the start' })
  @Column({ default: false })
  newlyArrived: boolean;

  @Column({ default: false })
  demo: boolean;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
