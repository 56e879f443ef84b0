import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FollowUpForm } from './plan.enums.js';

/** A follow-up with the job seeker; docs/rules.md: at least once a week with the labour-market secretary. */
@ObjectType()
@Entity('candidate_follow_up')
@Index(['enrolmentId', 'heldOn'])
export class FollowUp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  enrolmentId: string;

  @Field(() => ID)
  @Column('uuid')
  candidateId: string;

  @Field(() => ID)
  @Column('uuid')
  principalId: string;

  @Field()
  @Column('date')
  heldOn: string;

  @Field(() => ID)
  @Column('uuid')
  byUserId: string;

  @Field(() => FollowUpForm)
  @Column('text')
  form: FollowUpForm;

  @Field()
  @Column('text')
  summary: string;

  @Field({ description: 'The next follow-up, at most a week later' })
  @Column('date')
  nextOn: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
