import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An interview booked at a meeting between an invited person and an employer for one of the openings it brought.
 * Booking it creates the person's placement at that opening or moves an existing one on to INTERVIEW.
 */
@ObjectType({ description: "An interview booked at a meeting with a person who came, for an opening brought; it put the person's placement at INTERVIEW" })
@Entity()
@Index(['invitationId', 'openingId'], { unique: true })
export class MeetingInterview {
  @Field(() => ID, { description: "The interview's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @Column('uuid')
  meetingId: string;

  @Field(() => ID, { description: "The invitation's id (UUID): the person interviewed" })
  @Column('uuid')
  invitationId: string;

  @Field(() => ID, { description: "The person's principal" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID, { description: 'The opening the interview is for: one the meeting’s employers brought' })
  @Column('uuid')
  openingId: string;

  @Field(() => ID, { description: "The person's placement at the opening" })
  @Column('uuid')
  placementId: string;

  @Field(() => Date, { nullable: true, description: 'When the interview takes place, as agreed with the employer at the meeting' })
  @Column('timestamptz', { nullable: true })
  scheduledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'A note on the interview' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'The user who booked it' })
  @Column('uuid')
  bookedById: string;

  @Field({ description: 'When it was booked (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  bookedAt: Date;
}
