import { describe, expect, it } from '@jest/globals';
import { ReminderKind } from './meeting.enums.js';
import { reminderJobId, reminderSchedule, reminderText } from './meeting-reminders.js';

const START = new Date('2026-12-10T09:00:00Z');
const H = 3600_000;
const before = (ms: number) => new Date(START.getTime() - ms);

describe('reminderSchedule', () => {
  it.each([
    ['a week ahead: both, at 2 days and 2 hours before', 7 * 24 * H, [[ReminderKind.TWO_DAYS_BEFORE, 5 * 24 * H], [ReminderKind.TWO_HOURS_BEFORE, 7 * 24 * H - 2 * H]]],
    ['a day ahead: the overdue two-day one now, and the two-hour one', 24 * H, [[ReminderKind.TWO_DAYS_BEFORE, 0], [ReminderKind.TWO_HOURS_BEFORE, 22 * H]]],
    ['an hour ahead: only the latest overdue one, now', H, [[ReminderKind.TWO_HOURS_BEFORE, 0]]],
    ['started: none', 0, []],
  ])('%s', (_name, ahead, expected) => {
    expect(reminderSchedule('m1', START, before(ahead as number)).map((r) => [r.kind, r.delayMs])).toEqual(expected);
  });

  it('is due at the offsets before the start', () => {
    const [twoDays, twoHours] = reminderSchedule('m1', START, before(7 * 24 * H));
    expect(twoDays.at.toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(twoHours.at.toISOString()).toBe('2026-12-10T07:00:00.000Z');
  });

  it('names each job by meeting, reminder and start, so a moved meeting gets new jobs', () => {
    expect(reminderJobId('m1', ReminderKind.TWO_HOURS_BEFORE, START)).toBe(`meeting-reminder.m1.TWO_HOURS_BEFORE.${START.getTime()}`);
    const moved = new Date(START.getTime() + H);
    expect(reminderJobId('m1', ReminderKind.TWO_HOURS_BEFORE, moved)).not.toBe(reminderJobId('m1', ReminderKind.TWO_HOURS_BEFORE, START));
    expect(reminderSchedule('m1', START, before(7 * 24 * H)).every((r) => !r.jobId.includes(':'))).toBe(true);
  });
});

describe('reminderText', () => {
  it('says what, when (local time) and where', () => {
    const text = reminderText({ title: 'Vårdträff', startsAt: START, place: 'Svedala bibliotek' }, 'Europe/Stockholm');
    expect(text).toContain('"Vårdträff"');
    expect(text).toContain('10:00'); // 09:00Z is 10:00 in Stockholm in winter
    expect(text).toContain('Svedala bibliotek');
  });
});
