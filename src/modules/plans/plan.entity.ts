import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../platform/database/versioned.entity.js';
import { PlanActivity } from './plan-activity.entity.js';
import { PlanKind } from './plan.enums.js';

/**
 * The labour-market plan (or study plan) of an enrolment period. A sick-listed person's plan is adapted, not
 * paused (docs/rules.md): `sickListed` is set and the activities are adapted, while follow-ups go on.
 */
@ObjectType({ description: "The labour-market plan (or study plan) of an enrolment period; a sick-listed person's plan is adapted, not paused" })
@Entity()
export class Plan extends VersionedEntity {
  @Field(() => ID, { description: "The plan's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The enrolment period's id (UUID)" })
  @Index({ unique: true })
  @Column('uuid')
  enrolmentId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Index()
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: 'The principal (huvudman) that owns the record' })
  @Column('uuid')
  principalId: string;

  @Field(() => PlanKind, { description: 'Labour-market plan or study plan' })
  @Column('text')
  kind: PlanKind;

  @Field({ description: 'The day the plan was established' })
  @Column('date')
  establishedOn: string;

  @Field(() => ID, { nullable: true, description: 'Goal occupation (JobTech concept id)' })
  @Column('text', { nullable: true })
  goalOccupationConceptId: string | null;

  @Field(() => ID, { nullable: true, description: 'Goal sector, if any' })
  @Column('uuid', { nullable: true })
  goalSectorId: string | null;

  @Field(() => String, { nullable: true, description: 'The goal in words, or the studies aimed at' })
  @Column('text', { nullable: true })
  goalDescription: string | null;

  @Field(() => String, { nullable: true, description: 'The goal was reached (a job started) on this day' })
  @Column('date', { nullable: true })
  goalReachedOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The placement whose outcome (HIRED) reached the goal' })
  @Column('uuid', { nullable: true })
  goalReachedByPlacementId: string | null;

  @Field({ description: 'Sick-listed: the plan is adapted, not paused' })
  @Column({ default: false })
  sickListed: boolean;

  @Field(() => ID, { description: 'The staff member who started and owns the plan' })
  @Column('uuid')
  ownerId: string;

  @Field(() => [PlanActivity], { description: 'The activities (insatser), in the order they start' })
  @OneToMany(() => PlanActivity, (a) => a.plan, { cascade: true })
  activities: PlanActivity[];
}
