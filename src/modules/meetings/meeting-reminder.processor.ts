import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../../platform/jobs/job-processor.decorator.js';
import type { JobPayloads } from '../../platform/jobs/job-types.js';
import { ReminderKind } from './meeting.enums.js';
import { MeetingRemindersService, PLAN_REMINDERS_JOB, SEND_REMINDER_JOB } from './meeting-reminders.service.js';

/** Sends one reminder of one meeting; thin, the rules are in {@link MeetingRemindersService.send}. */
@Injectable()
@JobProcessor(SEND_REMINDER_JOB)
export class MeetingReminderProcessor implements JobHandler<typeof SEND_REMINDER_JOB> {
  constructor(private readonly reminders: MeetingRemindersService) {}

  async process(payload: JobPayloads[typeof SEND_REMINDER_JOB]): Promise<void> {
    await this.reminders.send(payload.meetingId, payload.kind as ReminderKind, new Date(payload.startsAt));
  }
}

/** Every quarter of an hour: plan the coming meetings' reminders again (idempotent: same job ids, sent ones recorded). */
@Injectable()
@JobProcessor(PLAN_REMINDERS_JOB, { schedule: '*/15 * * * *' })
export class MeetingReminderPlanProcessor implements JobHandler<typeof PLAN_REMINDERS_JOB> {
  constructor(private readonly reminders: MeetingRemindersService) {}

  async process(): Promise<void> {
    await this.reminders.planComing();
  }
}
