import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ActivityStatus, ActivityType } from './plan.enums.js';
import { Plan } from './plan.entity.js';

/** An activity (insats) in a plan. */
@ObjectType({ description: 'An activity (insats) in a plan' })
@Entity()
export class PlanActivity {
  @Field(() => ID, { description: "The activity's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The plan's id (UUID)" })
  @Index()
  @Column('uuid')
  planId: string;

  @ManyToOne(() => Plan, (p) => p.activities, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<Plan>;

  @Field(() => ActivityType, { description: 'The kind of activity' })
  @Column('text')
  type: ActivityType;

  @Field(() => ID, { nullable: true, description: 'The staff member responsible' })
  @Column('uuid', { nullable: true })
  responsibleUserId: string | null;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  @Column('date')
  startOn: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); null when open-ended' })
  @Column('date', { nullable: true })
  endOn: string | null;

  @Field(() => ActivityStatus, { description: 'Where the activity stands' })
  @Column('text')
  status: ActivityStatus;

  @Field({ description: 'Adapted to a sick-listing or a work limitation' })
  @Column({ default: false })
  adapted: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text note' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The placement this activity follows (an internship); kept in step with it automatically' })
  @Column('uuid', { nullable: true })
  placementId: string | null;
}
