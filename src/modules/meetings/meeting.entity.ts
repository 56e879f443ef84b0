import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from '../../platform/database/versioned.entity.js';
import { MeetingStatus } from './meeting.enums.js';

/**
 * A recruitment meeting (rekryteringsträff) a sector team arranges for a municipality: employers bring openings,
 * invited job seekers meet them. At a venue, through a link, or both. The meeting belongs to the municipality it
 * is arranged for (its principal); the people invited may be residents of any municipality the team serves.
 * A venue booked twice in overlapping time is refused by the database (exclusion constraint), as is a staff member
 * responsible for two overlapping meetings (on meeting_staff).
 */
@ObjectType({
  description:
    'A recruitment meeting (rekryteringsträff) of a sector team for a municipality: employers bring openings, job seekers are invited; ' +
    'its version is the SEQUENCE of its calendar event',
})
@Entity()
@Index(['principalId', 'startsAt'])
@Index(['teamId', 'startsAt'])
export class Meeting extends AuditedEntity {
  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The municipality (huvudman) the meeting is arranged for' })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: "The organising team's sector" })
  @Column('uuid')
  sectorId: string;

  @Field(() => ID, { description: 'The organising sector team' })
  @Column('uuid')
  teamId: string;

  @Field({ description: 'The title, as shown in calendars and reminders' })
  @Column('text')
  title: string;

  @Field(() => ID, { nullable: true, description: "The venue's id (UUID); null for a digital meeting" })
  @Column('uuid', { nullable: true })
  venueId: string | null;

  @Field(() => String, { nullable: true, description: 'The link for those who take part digitally' })
  @Column('text', { nullable: true })
  onlineUrl: string | null;

  @Field({ description: 'When it starts (ISO 8601 timestamp); once the invitations are out, reminders go two days and two hours before' })
  @Column('timestamptz')
  startsAt: Date;

  @Field({ description: 'When it ends (ISO 8601 timestamp); at most 12 hours after the start' })
  @Column('timestamptz')
  endsAt: Date;

  @Field(() => MeetingStatus, { description: 'Where it stands: PLANNED, INVITATIONS_SENT, HELD, or CANCELLED' })
  @Column('text')
  status: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Notes for staff; not in the calendar feed' })
  @Column('text', { nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true, description: 'When the invitations went out (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  invitationsSentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked held (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  heldAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled (ISO 8601 timestamp)' })
  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null unless CANCELLED (also in the calendar event)' })
  @Column('text', { nullable: true })
  cancelReason: string | null;

  @Field(() => ID, { description: 'The user who planned it' })
  @Column('uuid')
  createdById: string;
}
