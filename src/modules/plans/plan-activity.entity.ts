import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ActivityStatus, ActivityType } from './plan.enums.js';
import { Plan } from './plan.entity.js';

/** An activity (insats) in a plan. */
@ObjectType()
@Entity()
export class PlanActivity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  planId: string;

  @ManyToOne(() => Plan, (p) => p.activities, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<Plan>;

  @Field(() => ActivityType)
  @Column('text')
  type: ActivityType;

  @Field(() => ID, { nullable: true, description: 'The staff member responsible' })
  @Column('uuid', { nullable: true })
  responsibleUserId: string | null;

  @Field()
  @Column('date')
  startOn: string;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  endOn: string | null;

  @Field(() => ActivityStatus)
  @Column('text')
  status: ActivityStatus;

  @Field({ description: 'Adapted to a sick-listing or a work limitation' })
  @Column({ default: false })
  adapted: boolean;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The placement this activity follows (an internship); kept in step with it automatically' })
  @Column('uuid', { nullable: true })
  placementId: string | null;
}
