import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { JobQueue } from '../../platform/jobs/job-queue.js';
import { PermanentJobError } from '../../platform/jobs/job-types.js';
import { MeetingStatus, type ReminderKind } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';
import { MeetingReminder } from './meeting-reminder.entity.js';
import { reminderSchedule, reminderText } from './meeting-reminders.js';
import { MeetingVenue } from './meeting-venue.entity.js';
import { venueText } from './meeting-venues.service.js';
import { ReminderSender } from './reminder-sender.js';

export const SEND_REMINDER_JOB = 'meetings.sendReminder';
export const PLAN_REMINDERS_JOB = 'meetings.planReminders';

/**
 * Reminders to the people invited to a meeting, two days and two hours before it starts (pure schedule in
 * meeting-reminders.ts). They are planned when the invitations go out and again whenever the meeting moves, as
 * delayed jobs with deterministic ids (meeting, reminder, start), and enqueued only after the commit. A job checks the
 * meeting when it runs: nothing goes out for a cancelled meeting, a meeting that moved (its new jobs remind for the new
 * time), nor to anyone who declined. A scheduled sweep plans the coming meetings' reminders again, so reminders pending
 * in an in-process queue survive a restart.
 */
@Injectable()
export class MeetingRemindersService {
  private readonly logger = new Logger('MeetingReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly sender: ReminderSender,
  ) {}

  /** Plans the meeting's reminders once the caller's transaction has committed. */
  planAfterCommit(ctx: RequestContext, meeting: Pick<Meeting, 'id' | 'startsAt' | 'status'>): void {
    if (meeting.status !== MeetingStatus.INVITATIONS_SENT) return;
    const { id, startsAt } = meeting;
    ctx.onCommit(() => this.plan(id, startsAt));
  }

  /** Enqueues the reminders still to come for a meeting starting at `startsAt` (duplicates share a job id). */
  async plan(meetingId: string, startsAt: Date): Promise<void> {
    for (const reminder of reminderSchedule(meetingId, startsAt, this.clock.now())) {
      await this.queue.enqueue(
        SEND_REMINDER_JOB,
        { meetingId, kind: reminder.kind, startsAt: startsAt.toISOString() },
        { jobId: reminder.jobId, delayMs: reminder.delayMs },
      );
    }
  }

  /** The sweep: every meeting with invitations out that starts within three days gets its reminders planned again. */
  async planComing(): Promise<number> {
    const now = this.clock.now();
    const meetings = await this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .where('m.status = :sent AND m.startsAt > :now AND m.startsAt < :until', { sent: MeetingStatus.INVITATIONS_SENT, now, until: new Date(now.getTime() + 3 * 24 * 3600_000) })
      .getMany();
    for (const meeting of meetings) await this.plan(meeting.id, meeting.startsAt);
    return meetings.length;
  }

  /**
   * Sends one reminder of one meeting to everyone invited who has not declined and has not had it yet, through the
   * {@link ReminderSender}, in one transaction. Returns how many were sent; 0 when the meeting was cancelled, held,
   * moved (the job was for another start) or has ended.
   */
  async send(meetingId: string, kind: ReminderKind, startsAt: Date): Promise<number> {
    return this.transactions.withTransaction(async () => {
      const em = this.transactions.tx;
      const meeting = await em.getRepository(Meeting).findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_read' } });
      if (!meeting) throw new PermanentJobError(`Meeting ${meetingId} does not exist`);
      if (meeting.status !== MeetingStatus.INVITATIONS_SENT || meeting.startsAt.getTime() !== startsAt.getTime() || this.clock.now() >= meeting.endsAt) {
        this.logger.log(`Reminder ${kind} of meeting ${meetingId} not sent: ${meeting.status}, starts ${meeting.startsAt.toISOString()} (job for ${startsAt.toISOString()})`);
        return 0;
      }
      const venue = meeting.venueId ? await em.getRepository(MeetingVenue).findOneByOrFail({ id: meeting.venueId }) : null;
      const place = [venue ? venueText(venue) : null, meeting.onlineUrl ? `digitalt: ${meeting.onlineUrl}` : null].filter(Boolean).join('; ');
      const text = reminderText({ title: meeting.title, startsAt: meeting.startsAt, place }, this.config.TIME_ZONE);
      const recipients = await em
        .getRepository(MeetingInvitation)
        .createQueryBuilder('i')
        .where('i.meetingId = :meetingId AND i.response <> :declined', { meetingId, declined: 'DECLINED' })
        .andWhere(
          `NOT EXISTS (${em.createQueryBuilder().subQuery().select('1').from(MeetingReminder, 'r').where('r.invitationId = i.id AND r.kind = :kind AND r.startsAt = :startsAt').getQuery()})`,
          { kind, startsAt },
        )
        .orderBy('i.createdAt')
        .getMany();
      for (const invitation of recipients) {
        await this.sender.send(em, {
          meetingId,
          invitationId: invitation.id,
          candidateId: invitation.candidateId,
          principalId: invitation.principalId,
          kind,
          startsAt,
          text,
        });
      }
      return recipients.length;
    });
  }
}
