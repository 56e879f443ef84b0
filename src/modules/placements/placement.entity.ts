import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from '../../platform/database/versioned.entity.js';
import { PlacementOutcome, PlacementStage } from './placement.enums.js';

/**
 * A person (a candidate with an open enrolment period) put forward for an opening, and what came of it. It is
 * the person's record, so it belongs to the person's principal (huvudman), whoever the employer is: a Svedala
 * resident placed at a Trelleborg employer is Svedala's data (docs/rules.md, the larger pool is the point).
 *
 * The hired terms are columns rather than a table of their own: one set per placement, set together with the
 * outcome under the placement's one `version`.
 */
@ObjectType({ description: "A person with an open enrolment period put forward for an opening, and what came of it; owned by the person's principal" })
@Entity()
@Index('IDX_placement_principal_stage', ['principalId', 'stage'])
export class Placement extends AuditedEntity {
  @Field(() => ID, { description: "The placement's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The person's principal (huvudman)" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Index('IDX_placement_candidate')
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: 'The enrolment period the person was in when put forward' })
  @Column('uuid')
  enrolmentId: string;

  @Field(() => ID, { description: "The opening's id (UUID)" })
  @Index('IDX_placement_opening')
  @Column('uuid')
  openingId: string;

  @Field(() => PlacementStage, { description: 'Where the placement stands' })
  @Column('text')
  stage: PlacementStage;

  @Field(() => PlacementOutcome, { nullable: true, description: 'Set at stage OUTCOME' })
  @Column('text', { nullable: true })
  outcome: PlacementOutcome | null;

  @Field(() => String, { nullable: true, description: 'The day the internship started (YYYY-MM-DD)' })
  @Column('date', { nullable: true })
  internshipStartedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day the internship was completed (YYYY-MM-DD)' })
  @Column('date', { nullable: true })
  internshipCompletedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day the employment started (YYYY-MM-DD)' })
  @Column('date', { nullable: true })
  employmentStartedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day the outcome was decided' })
  @Column('date', { nullable: true })
  outcomeOn: string | null;

  @Field(() => ID, { nullable: true, description: 'HIRED: JobTech employment-type concept id' })
  @Column('text', { nullable: true })
  employmentTypeConceptId: string | null;

  @Field(() => Boolean, { nullable: true, description: 'HIRED: a subsidised employment (counts as work for Kolada)' })
  @Column('boolean', { nullable: true })
  subsidised: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'HIRED: a municipal labour-market employment (never counts as work for Kolada)' })
  @Column('boolean', { nullable: true })
  municipalLabourMarketEmployment: boolean | null;

  @Field(() => String, { nullable: true, description: 'HIRED: first day of the employment' })
  @Column('date', { nullable: true })
  employmentStartOn: string | null;

  @Field(() => Int, { nullable: true, description: 'HIRED: hours per week' })
  @Column('int', { nullable: true })
  hoursPerWeek: number | null;

  @Field(() => String, { nullable: true, description: 'NOT_HIRED, ENDED_EARLY: why' })
  @Column('text', { nullable: true })
  outcomeReason: string | null;

  @Field(() => String, { nullable: true, description: 'ENDED_EARLY: the last day' })
  @Column('date', { nullable: true })
  endedOn: string | null;

  @Field(() => ID, { description: 'The user who put the person forward' })
  @Column('uuid')
  createdById: string;
}
