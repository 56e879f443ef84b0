import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ReminderKind } from './meeting.enums.js';

/**
 * A reminder sent to an invited person: what, for which start of the meeting, when, and how. One per invitation,
 * reminder and start (a moved meeting reminds again for its new time).
 */
@ObjectType({ description: 'A reminder sent to an invited person before the meeting: one per invitation, kind and start (a moved meeting reminds again)' })
@Entity()
export class MeetingReminder {
  @Field(() => ID, { description: "The reminder's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The meeting's id (UUID)" })
  @Column('uuid')
  meetingId: string;

  @Field(() => ID, { description: "The invitation's id (UUID): the person reminded" })
  @Column('uuid')
  invitationId: string;

  @Field(() => ID, { description: "The person's principal" })
  @Column('uuid')
  principalId: string;

  @Field(() => ReminderKind, { description: 'Two days or two hours before the start' })
  @Column('text')
  kind: ReminderKind;

  @Field({ description: 'The start of the meeting the reminder was for' })
  @Column('timestamptz')
  startsAt: Date;

  @Field({ description: 'How it went out (RECORDED: recorded only, no SMS or e-mail is sent by this installation)' })
  @Column('text')
  channel: string;

  @Field({ description: 'The text sent, in Swedish: the meeting, when and where; nothing else about the person' })
  @Column('text')
  message: string;

  @Field({ description: 'When it was sent (ISO 8601 timestamp)' })
  @Column('timestamptz')
  sentAt: Date;
}
