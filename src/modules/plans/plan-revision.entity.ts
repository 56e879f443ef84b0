import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'One changed field in a plan revision' })
export class PlanChange {
  @Field({ description: 'The field, e.g. goalDescription, or activity.status' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON' })
  to: string | null;
}

/** Who changed what in a plan, and when: every change to the plan or its activities leaves one. */
@ObjectType({ description: 'Who changed what in a plan, and when: every change to the plan or its activities leaves one' })
@Entity()
@Index(['planId', 'at'])
export class PlanRevision {
  @Field(() => ID, { description: "The revision's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The plan's id (UUID)" })
  @Column('uuid')
  planId: string;

  @Field({ description: 'When the change was made (ISO 8601 timestamp)' })
  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Field(() => ID, { description: 'The user who made the change' })
  @Column('uuid')
  authorId: string;

  @Field({ description: 'What was done, e.g. "plan established", "activity added", "plan changed"' })
  @Column('text')
  action: string;

  @Field(() => String, {
    nullable: true,
    description: 'Set when Brygga made the change on the author\'s behalf: what automation, e.g. "placement <id>: placement.hired"',
  })
  @Column('text', { nullable: true })
  via: string | null;

  @Field(() => [PlanChange], { description: 'The fields changed, with their values before and after' })
  @Column('jsonb')
  changes: PlanChange[];
}
