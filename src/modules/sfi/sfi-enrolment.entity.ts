import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SfiEnrolmentStatus {
  QUEUED = 'QUEUED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  LEFT = 'LEFT',
}
registerEnumType(SfiEnrolmentStatus, { name: 'SfiEnrolmentStatus' });

/** A person's place in (or in the queue for) a sector SFI course; queue time is tracked (docs/rules.md). */
@ObjectType()
@Entity()
@Index(['courseId', 'candidateId'], { unique: true })
export class SfiEnrolment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  courseId: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  candidateId: string;

  @Field(() => ID)
  @Column('uuid')
  principalId: string;

  @Field(() => SfiEnrolmentStatus)
  @Column('text')
  status: SfiEnrolmentStatus;

  @Field({ description: 'Waiting since (in the queue)' })
  @Column('date')
  queuedSince: string;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  endedOn: string | null;
}
