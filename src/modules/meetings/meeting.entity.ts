import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MeetingStatus } from './meeting.enums.js';

/**
 * A recruitment meeting (rekryteringsträff) a sector team arranges for a municipality: employers bring openings,
 * invited job seekers meet them. At a venue, through a link, or both. The meeting belongs to the municipality it
 * is arranged for (its principal); the people invited may be residents of any municipality the team serves.
 * A venue booked twice in overlapping time is refused by the database (exclusion constraint), as is a staff member
 * responsible for two overlapping meetings (on meeting_staff).
 */
@ObjectType()
@Entity()
@Index(['principalId', 'startsAt'])
@Index(['teamId', 'startsAt'])
export class Meeting {
  @Field(() => ID)
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

  @Field()
  @Column('text')
  title: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  venueId: string | null;

  @Field(() => String, { nullable: true, description: 'The link for those who take part digitally' })
  @Column('text', { nullable: true })
  onlineUrl: string | null;

  @Field()
  @Column('timestamptz')
  startsAt: Date;

  @Field()
  @Column('timestamptz')
  endsAt: Date;

  @Field(() => MeetingStatus)
  @Column('text')
  status: MeetingStatus;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  invitationsSentAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  heldAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  cancelReason: string | null;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @Field(() => Int, { description: 'Send back with changes (a stale version gives CONFLICT); the SEQUENCE of its calendar event' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
