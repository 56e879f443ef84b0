import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ReminderKind } from './meeting.enums.js';

/**
 * A reminder sent to an invited person: what, for which start of the meeting, when, and how. One per invitation,
 * reminder and start (a moved meeting reminds again for its new time).
 */
@ObjectType()
@Entity()
export class MeetingReminder {
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

  @Field(() => ReminderKind)
  @Column('text')
  kind: ReminderKind;

  @Field({ description: 'The start of the meeting the reminder was for' })
  @Column('timestamptz')
  startsAt: Date;

  @Field({ description: 'How it went out (RECORDED: recorded only, no SMS or e-mail is sent by this installation)' })
  @Column('text')
  channel: string;

  @Field()
  @Column('text')
  message: string;

  @Field()
  @Column('timestamptz')
  sentAt: Date;
}
