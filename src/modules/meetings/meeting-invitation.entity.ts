import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from '../../platform/database/versioned.entity.js';
import { Attendance, InvitationResponse, InvitationSource } from './meeting.enums.js';

/**
 * A job seeker invited to a meeting: part of the person's record, so it belongs to their principal and every read
 * is logged. Kept with why they were invited (the ranking's score and explanation, or added by staff), their
 * response and, once the meeting started, their attendance.
 */
@ObjectType({ description: "A job seeker invited to a meeting: part of the person's record (every read logged), with why invited, the answer and attendance" })
@Entity()
@Index(['meetingId', 'candidateId'], { unique: true })
export class MeetingInvitation extends AuditedEntity {
  @Field(() => ID, { description: "The invitation's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @Column('uuid')
  meetingId: string;

  @Field(() => ID, { description: "The person's id (UUID)" })
  @Index()
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { description: "The person's principal" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: "The person's open enrolment period when invited; the attendance goes into its plan" })
  @Column('uuid')
  enrolmentId: string;

  @Field(() => InvitationSource, { description: 'Proposed by the ranking, or added by staff' })
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

  @Field(() => InvitationResponse, { description: "The person's answer: INVITED until one is recorded; everyone but DECLINED holds a seat" })
  @Column('text')
  response: InvitationResponse;

  @Field(() => Date, { nullable: true, description: 'When the answer was recorded (ISO 8601 timestamp); null while INVITED' })
  @Column('timestamptz', { nullable: true })
  respondedAt: Date | null;

  @Field(() => Attendance, { nullable: true, description: 'Whether the person came; null until recorded, once the meeting has started' })
  @Column('text', { nullable: true })
  attendance: Attendance | null;

  @Field(() => Date, { nullable: true, description: 'When the attendance was last recorded (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  attendanceRecordedAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The activity in the person's plan the attendance became" })
  @Column('uuid', { nullable: true })
  planActivityId: string | null;

  @Field(() => ID, { description: 'The user who invited the person' })
  @Column('uuid')
  invitedById: string;
}
