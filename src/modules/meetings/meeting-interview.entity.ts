import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An interview booked at a meeting between an invited person and an employer for one of the openings it brought.
 * Booking it creates the person's placement at that opening or moves an existing one on to INTERVIEW.
 */
@ObjectType()
@Entity()
@Index(['invitationId', 'openingId'], { unique: true })
export class MeetingInterview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => ID)
  @Column('uuid')
  invitationId: string;

  @Field(() => ID, { description: "The person's principal" })
  @Column('uuid')
  principalId: string;

  @Field(() => ID)
  @Column('uuid')
  openingId: string;

  @Field(() => ID)
  @Column('uuid')
  placementId: string;

  @Field(() => Date, { nullable: true, description: 'When the interview takes place, as agreed with the employer at the meeting' })
  @Column('timestamptz', { nullable: true })
  scheduledAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID)
  @Column('uuid')
  bookedById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  bookedAt: Date;
}
