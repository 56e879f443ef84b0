import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FollowUpForm } from './plan.enums.js';

/** A follow-up with the job seeker; docs/rules.md: at least once a week with the labour-market secretary. */
@ObjectType({ description: 'A follow-up with the job seeker: at least once a week with the labour-market secretary (docs/rules.md)' })
@Entity('candidate_follow_up')
@Index(['enrolmentId', 'heldOn'])
export class FollowUp {
  @Field(() => ID, { description: "The follow-up's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The enrolment period's id (UUID)" })
  @Column('uuid')
  enrolmentId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: 'The principal (huvudman) that owns the record' })
  @Column('uuid')
  principalId: string;

  @Field({ description: 'The day it was held (YYYY-MM-DD)' })
  @Column('date')
  heldOn: string;

  @Field(() => ID, { description: 'The user who held it' })
  @Column('uuid')
  byUserId: string;

  @Field(() => FollowUpForm, { description: 'How it was held' })
  @Column('text')
  form: FollowUpForm;

  @Field({ description: 'What was said and agreed' })
  @Column('text')
  summary: string;

  @Field({ description: 'The next follow-up, at most a week later' })
  @Column('date')
  nextOn: string;

  @Field({ description: 'When it was recorded (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
