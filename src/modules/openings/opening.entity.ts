import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from '../../platform/database/versioned.entity.js';
import { SwedishLevel } from '../../candidates/candidate.enums.js';
import { OpeningKind, OpeningStatus } from './opening.enums.js';

/** A skill an opening asks for, as a JobTech skill concept id with its weight for ranking (1 low, 5 high). */
@ObjectType({ description: 'A skill an opening asks for, with its weight in the ranking' })
export class WeightedSkill {
  @Field(() => ID, { description: 'JobTech skill concept id' })
  skillConceptId: string;

  @Field(() => Int, { description: '1 (nice to have) to 5 (essential)' })
  weight: number;
}

/**
 * A language other than Swedish the work needs, at a JobTech minimum level, with the reason (a care home whose
 * residents speak Arabic, a call centre answering in Somali). Without a need nobody's languages count.
 */
@ObjectType({ description: 'A language other than Swedish the work needs, at a minimum level, with the reason' })
export class LanguageNeed {
  @Field(() => ID, { description: 'JobTech language concept id (not Swedish: that is minSwedishLevel)' })
  languageConceptId: string;

  @Field(() => ID, { description: 'JobTech language-level concept id: the lowest level that meets the need' })
  minLevelConceptId: string;

  @Field({ description: 'Why the work needs the language' })
  reason: string;
}

/**
 * An opening at an employer: a job (unsubsidised or subsidised), an internship (praktik) or a sector SFI
 * workplace-learning place. Belongs to the employer's principal and is routed to the sector team that serves that
 * principal for the opening's sector.
 *
 * The internship terms (supervisor, period) are columns here rather than a table of their own: they are one per
 * opening, only a handful of nullable fields, and change together with the opening under its one `version`.
 */
@ObjectType({ description: 'An opening at an employer: a job, an internship (praktik) or a sector SFI workplace-learning place; routed to a sector team' })
@Entity()
@Index(['principalId', 'status'])
export class Opening extends AuditedEntity {
  @Field(() => ID, { description: "The opening's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The employer's principal (huvudman)" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: "The employer's id (UUID)" })
  @Index()
  @Column('uuid')
  employerId: string;

  @Field(() => OpeningKind, { description: 'What kind of place it is' })
  @Column('text')
  kind: OpeningKind;

  @Field({ description: 'The title of the job or internship' })
  @Column('text')
  title: string;

  @Field(() => ID, { description: 'JobTech occupation-name concept id' })
  @Column('text')
  occupationConceptId: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the sector of the occupation's SSYK-4 group" })
  @Column('uuid', { nullable: true })
  sectorId: string | null;

  @Field(() => ID, { nullable: true, description: "The sector team serving the employer's principal in that sector" })
  @Index()
  @Column('uuid', { nullable: true })
  teamId: string | null;

  @Field(() => [WeightedSkill], { description: 'Skills the work needs, with weights (what the work needs)' })
  @Column('jsonb', { default: () => "'[]'" })
  requiredSkills: WeightedSkill[];

  @Field(() => [WeightedSkill], { description: 'Skills that are a plus, with weights' })
  @Column('jsonb', { default: () => "'[]'" })
  preferredSkills: WeightedSkill[];

  @Field(() => SwedishLevel, { nullable: true, description: 'Only if the work really needs one; then with a reason' })
  @Column('text', { nullable: true })
  minSwedishLevel: SwedishLevel | null;

  @Field(() => String, { nullable: true, description: 'Why the work needs the minimum Swedish level' })
  @Column('text', { nullable: true })
  swedishLevelReason: string | null;

  @Field(() => [LanguageNeed], { description: 'Languages other than Swedish the work needs, each with a reason' })
  @Column('jsonb', { default: () => "'[]'" })
  languageNeeds: LanguageNeed[];

  @Field(() => Int, { nullable: true, description: "The longest commute, minutes one way, it accepts; null: its kind's default (commuteLimitMinutes)" })
  @Column('int', { nullable: true })
  maxCommuteMinutes: number | null;

  @Field(() => [ID], { description: 'JobTech driving-licence concept ids' })
  @Column('text', { array: true, default: () => "'{}'" })
  requiredLicenceConceptIds: string[];

  @Field(() => ID, { description: 'JobTech municipality concept id of the workplace' })
  @Column('text')
  municipalityConceptId: string;

  @Field(() => String, { nullable: true, description: 'Street address of the workplace' })
  @Column('text', { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code of the workplace, e.g. 231 42' })
  @Column('text', { nullable: true })
  postalCode: string | null;

  @Field(() => ID, { nullable: true, description: 'JobTech worktime-extent concept id (full or part time)' })
  @Column('text', { nullable: true })
  worktimeConceptId: string | null;

  @Field(() => Int, { nullable: true, description: 'Working hours per week' })
  @Column('int', { nullable: true })
  hoursPerWeek: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Column('date')
  startOn: string;

  @Field(() => Int, { description: 'How many people the opening takes' })
  @Column('int')
  places: number;

  @Field(() => String, { nullable: true, description: 'Last day to apply (YYYY-MM-DD), not after the start' })
  @Column('date', { nullable: true })
  applicationDeadline: string | null;

  @Field(() => OpeningStatus, { description: 'Where the opening stands (see nextStatuses)' })
  @Column('text')
  status: OpeningStatus;

  @Field(() => ID, { nullable: true, description: 'The skill need (employer contact, step 1) the opening was created from' })
  @Column('uuid', { nullable: true })
  sourceSkillNeedId: string | null;

  @Field(() => ID, { nullable: true, description: 'The internship this job was converted from' })
  @Column('uuid', { nullable: true })
  convertedFromOpeningId: string | null;

  @Field(() => String, { nullable: true, description: 'Internships: the workplace supervisor (handledare)' })
  @Column('text', { nullable: true })
  supervisorName: string | null;

  @Field(() => String, { nullable: true, description: "Internships: the supervisor's phone number" })
  @Column('text', { nullable: true })
  supervisorPhone: string | null;

  @Field(() => String, { nullable: true, description: "Internships: the supervisor's email address" })
  @Column('text', { nullable: true })
  supervisorEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Internships: first day of the period' })
  @Column('date', { nullable: true })
  periodStartOn: string | null;

  @Field(() => String, { nullable: true, description: 'Internships: last day of the period' })
  @Column('date', { nullable: true })
  periodEndOn: string | null;

  @Field(() => ID, { description: 'The user who created the opening' })
  @Column('uuid')
  createdById: string;
}
