import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Attendance, InvitationResponse, InvitationSource } from './meeting.enums.js';

/**
 * A job seeker invited to a meeting: part of the person's record, so it belongs to their principal and every read
 * is logged. Kept with why they were invited (the ranking's score and explanation, or added by staff), their
 * response and, once the meeting started, their attendance.
 */
@ObjectType()
@Entity()
@Index(['meetingId', 'candidateId'], { unique: true })
export class MeetingInvitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: "The person's principal" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID)
  @Column('uuid')
  enrolmentId: string;

  @Field(() => InvitationSource)
  @Column('text')
  source: InvitationSource;

  @Field(() => Float, { nullable: true, description: 'The best ranking score over the openings brought, when invited' })
  @Column('double precision', { nullable: true })
  score: number | null;

  @Field(() => ID, { nullable: true, description: 'The opening of that score' })
  @Column('uuid', { nullable: true })
  openingId: string | null;

  @Field(() => String, { nullable: true, description: "The ranking's explanation for that opening" })
  @Column('text', { nullable: true })
  explanation: string | null;

  @Field(() => InvitationResponse)
  @Column('text')
  response: InvitationResponse;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  respondedAt: Date | null;

  @Field(() => Attendance, { nullable: true })
  @Column('text', { nullable: true })
  attendance: Attendance | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  attendanceRecordedAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The activity in the person's plan the attendance became" })
  @Column('uuid', { nullable: true })
  planActivityId: string | null;

  @Field(() => ID)
  @Column('uuid')
  invitedById: string;

  @Field(() => Int, { description: 'Send back with changes; a stale version gives CONFLICT' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
