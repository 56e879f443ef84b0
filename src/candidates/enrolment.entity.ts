import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../platform/database/versioned.entity.js';
import { WorkCheck } from '../modules/statistics/exit-outcome.enums.js';
import { ExitReason } from './candidate.enums.js';

/**
 * One enrolment period in the municipal labour-market programme, following docs/domain.md's path: first contact
 * (the application for aid) -> first meeting (nysamtal) -> plan -> planning week -> sector chosen -> sector
 * team -> exit. A person enrolled again later gets a new period; the old one is kept.
 */
@ObjectType({ description: 'One enrolment period in the labour-market programme: first contact, first meeting, plan, planning week, sector, team, exit' })
@Entity()
@Index(['candidateId', 'firstContactOn'])
export class Enrolment extends VersionedEntity {
  @Field(() => ID, { description: "The enrolment period's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: 'The principal (huvudman): the municipality that owns the record' })
  @Index()
  @Column('uuid')
  principalId: string;

  @Field({ description: 'The application for aid arrived (aktualisering)' })
  @Column('date')
  firstContactOn: string;

  @Field(() => String, { nullable: true, description: 'First meeting (nysamtal) with a labour-market secretary' })
  @Column('date', { nullable: true })
  firstMeetingOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The labour-market secretary (ASK) who owns the plan' })
  @Index()
  @Column('uuid', { nullable: true })
  secretaryId: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Assessed at the first meeting as an active job seeker' })
  @Column('boolean', { nullable: true })
  activeJobSeeker: boolean | null;

  @Field(() => String, { nullable: true, description: 'The day the plan was established (YYYY-MM-DD)' })
  @Column('date', { nullable: true })
  planEstablishedOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days from first contact to plan; target at most 1' })
  @Column('int', { nullable: true })
  workingDaysToPlan: number | null;

  @Field(() => String, { nullable: true, description: 'The first day of the planning week (YYYY-MM-DD)' })
  @Column('date', { nullable: true })
  planningWeekStartOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day the person chose a sector (YYYY-MM-DD)' })
  @Column('date', { nullable: true })
  sectorChosenOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The sector chosen' })
  @Column('uuid', { nullable: true })
  sectorId: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days from first contact to sector choice; target within the first week (5)' })
  @Column('int', { nullable: true })
  workingDaysToSector: number | null;

  @Field(() => ID, { nullable: true, description: 'The sector team that follows the person, set when the sector is chosen' })
  @Index()
  @Column('uuid', { nullable: true })
  teamId: string | null;

  @Field(() => String, { nullable: true, description: 'The day the period ended (YYYY-MM-DD); null while open' })
  @Column('date', { nullable: true })
  exitOn: string | null;

  @Field(() => ExitReason, { nullable: true, description: 'Why the period ended; decides where the exit counts in the statistics' })
  @Column('text', { nullable: true })
  exitReason: ExitReason | null;

  @Field(() => String, { nullable: true, description: 'Exit to work: the first day of the job' })
  @Column('date', { nullable: true })
  workStartedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Exit to work: the last day of the job, once known to have ended' })
  @Column('date', { nullable: true })
  workEndedOn: string | null;

  @Field(() => WorkCheck, {
    nullable: true,
    description: 'Exit to work: whether the job lasted one continuous month (Kolada counts it as work only then)',
  })
  @Column('text', { nullable: true })
  workCheck: WorkCheck | null;

  @Field(() => String, { nullable: true, description: 'The day the one-month check was settled' })
  @Column('date', { nullable: true })
  workCheckedOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The placement whose outcome ended the period, if one did' })
  @Column('uuid', { nullable: true })
  exitPlacementId: string | null;
}
