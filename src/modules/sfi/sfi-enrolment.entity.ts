import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SfiEnrolmentStatus {
  QUEUED = 'QUEUED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  LEFT = 'LEFT',
}
registerEnumType(SfiEnrolmentStatus, {
  name: 'SfiEnrolmentStatus',
  description: "Where a person's SFI enrolment stands: QUEUED, then ACTIVE, then COMPLETED; or LEFT from the queue or the course",
  valuesMap: {
    QUEUED: { description: "Waiting in the course's queue" },
    ACTIVE: { description: 'On the course, holding one of its places' },
    COMPLETED: { description: 'Completed the course (final)' },
    LEFT: { description: 'Left the course, or its queue without starting (final)' },
  },
});

/** A person's place in (or in the queue for) a sector SFI course; queue time is tracked (docs/rules.md). */
@ObjectType({ description: "A person's place on a sector SFI course, or in its queue; belongs to the person's principal, and the waiting time is tracked" })
@Entity()
@Index(['courseId', 'candidateId'], { unique: true })
export class SfiEnrolment {
  @Field(() => ID, { description: "The SFI enrolment's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The course's id (UUID)" })
  @Column('uuid')
  courseId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Index()
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: "The person's principal (huvudman)" })
  @Column('uuid')
  principalId: string;

  @Field(() => SfiEnrolmentStatus, { description: 'Where the enrolment stands' })
  @Column('text')
  status: SfiEnrolmentStatus;

  @Field({ description: 'Waiting since (in the queue)' })
  @Column('date')
  queuedSince: string;

  @Field(() => String, { nullable: true, description: 'The first day on the course, YYYY-MM-DD; null unless the person started' })
  @Column('date', { nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The last day on the course or in its queue, YYYY-MM-DD; null while QUEUED or ACTIVE' })
  @Column('date', { nullable: true })
  endedOn: string | null;
}
