import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../platform/context/clock.js';
import type { ReminderKind } from './meeting.enums.js';
import { MeetingReminder } from './meeting-reminder.entity.js';

/** One reminder to one invited person. */
export interface ReminderMessage {
  meetingId: string;
  invitationId: string;
  candidateId: string;
  /** The person's principal: the record of the reminder belongs to it. */
  principalId: string;
  kind: ReminderKind;
  /** The start of the meeting the reminder is for. */
  startsAt: Date;
  text: string;
}

/**
 * How reminders leave Brygga: an SMS or e-mail gateway of the municipality in production, behind this interface.
 * `send` runs in the transaction `em` of the reminder job: it must record what it sent in `meeting_reminder`
 * (one row per invitation, kind and start; the job skips what is recorded there), so a retried job sends nothing twice.
 */
export abstract class ReminderSender {
  abstract send(em: EntityManager, message: ReminderMessage): Promise<void>;
}

/**
 * The default sender: sends nothing (no SMS or e-mail leaves this installation) and records the reminder as sent,
 * channel RECORDED, so staff see what would have gone out and the tests can check it.
 */
@Injectable()
export class RecordingReminderSender extends ReminderSender {
  constructor(private readonly clock: Clock) {
    super();
  }

  async send(em: EntityManager, message: ReminderMessage): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(MeetingReminder)
      .values({
        meetingId: message.meetingId,
        invitationId: message.invitationId,
        principalId: message.principalId,
        kind: message.kind,
        startsAt: message.startsAt,
        channel: 'RECORDED',
        message: message.text,
        sentAt: this.clock.now(),
      })
      .orIgnore()
      .execute();
  }
}
