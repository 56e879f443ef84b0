/**
 * When reminders go out (pure): two days and two hours before the start. Each is a delayed job whose id names the
 * meeting, the reminder and the start it was planned for, so re-planning a moved meeting adds new jobs and the old
 * ones, finding another start when they run, do nothing.
 */
import { ReminderKind } from './meeting.enums.js';

export const REMINDER_OFFSETS_MS: Readonly<Record<ReminderKind, number>> = {
  [ReminderKind.TWO_DAYS_BEFORE]: 2 * 24 * 3600_000,
  [ReminderKind.TWO_HOURS_BEFORE]: 2 * 3600_000,
};

export interface PlannedReminder {
  kind: ReminderKind;
  /** When it is due. */
  at: Date;
  /** From now; 0 when it is due already (a late reminder before the start is better than none). */
  delayMs: number;
  jobId: string;
}

/**
 * The reminders still to send for a meeting starting at `startsAt`, seen at `now`: each one due before the start.
 * One already overdue is due now unless a later one is also due (two reminders at once say nothing the last one
 * does not). Once the meeting has started, none.
 */
export function reminderSchedule(meetingId: string, startsAt: Date, now: Date): PlannedReminder[] {
  if (now.getTime() >= startsAt.getTime()) return [];
  const all = (Object.keys(REMINDER_OFFSETS_MS) as ReminderKind[])
    .map((kind) => ({ kind, at: new Date(startsAt.getTime() - REMINDER_OFFSETS_MS[kind]) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const overdue = all.filter((r) => r.at.getTime() <= now.getTime());
  const keep = [...overdue.slice(-1), ...all.filter((r) => r.at.getTime() > now.getTime())];
  return keep.map((r) => ({ ...r, delayMs: Math.max(0, r.at.getTime() - now.getTime()), jobId: reminderJobId(meetingId, r.kind, startsAt) }));
}

/** The deterministic job id of one reminder of one meeting for one start (no ':' — BullMQ reserves it). */
export function reminderJobId(meetingId: string, kind: ReminderKind, startsAt: Date): string {
  return `meeting-reminder.${meetingId}.${kind}.${startsAt.getTime()}`;
}

/** The reminder text: the meeting, when and where; nothing about the person beyond that they were invited. */
export function reminderText(meeting: { title: string; startsAt: Date; place: string }, timeZone: string): string {
  const when = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(meeting.startsAt);
  return `Påminnelse: rekryteringsträffen "${meeting.title}" ${when}, ${meeting.place}. Välkommen!`;
}
