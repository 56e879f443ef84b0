import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType()
export class PlanChange {
  @Field({ description: 'The field, e.g. goalDescription, or activity.status' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON' })
  to: string | null;
}

/** Who changed what in a plan, and when: every change to the plan or its activities leaves one. */
@ObjectType()
@Entity()
@Index(['planId', 'at'])
export class PlanRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  planId: string;

  @Field()
  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Field(() => ID)
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

  @Field(() => [PlanChange])
  @Column('jsonb')
  changes: PlanChange[];
}
