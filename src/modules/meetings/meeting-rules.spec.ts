import { describe, expect, it } from '@jest/globals';
import { ActivityStatus } from '../plans/plan.enums.js';
import { Attendance, InvitationResponse, MeetingFormat, MeetingStatus as S } from './meeting.enums.js';
import { attendanceActivity, formatOf, meetingTimeProblems, overlaps, refuseCapacity, refuseStatusChange, takesSeat } from './meeting-rules.js';

const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00Z`);
const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe('meeting status lifecycle', () => {
  it.each([
    [S.PLANNED, S.INVITATIONS_SENT, true],
    [S.PLANNED, S.CANCELLED, true],
    [S.INVITATIONS_SENT, S.HELD, true],
    [S.INVITATIONS_SENT, S.CANCELLED, true],
    [S.PLANNED, S.HELD, false],
    [S.HELD, S.CANCELLED, false],
    [S.CANCELLED, S.PLANNED, false],
    [S.INVITATIONS_SENT, S.PLANNED, false],
    [S.HELD, S.HELD, false],
  ])('%s -> %s allowed: %s', (from, to, allowed) => {
    expect(refuseStatusChange(from, to) === null).toBe(allowed);
  });

  it('says what may come next', () => {
    expect(refuseStatusChange(S.PLANNED, S.HELD)).toBe('a meeting cannot go from PLANNED to HELD (next: INVITATIONS_SENT, CANCELLED)');
    expect(refuseStatusChange(S.CANCELLED, S.HELD)).toContain('(it is final)');
  });
});

describe('overlap (half-open, like tstzrange &&)', () => {
  it.each([
    [span('09:00', '11:00'), span('10:00', '12:00'), true],
    [span('09:00', '11:00'), span('11:00', '12:00'), false],
    [span('09:00', '12:00'), span('10:00', '11:00'), true],
    [span('10:00', '11:00'), span('09:00', '12:00'), true],
    [span('09:00', '10:00'), span('10:30', '11:00'), false],
    [span('09:00', '10:00'), span('09:00', '10:00'), true],
  ])('%o and %o: %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('meeting times', () => {
  const now = at('08:00');
  it.each([
    ['fine', span('09:00', '11:00'), []],
    ['ends before it starts', span('11:00', '09:00'), ['input.endsAt']],
    ['ends when it starts', span('11:00', '11:00'), ['input.endsAt']],
    ['in the past', span('07:00', '09:00'), ['input.startsAt']],
    ['too long', { startsAt: at('09:00'), endsAt: new Date('2026-12-02T09:00:00Z') }, ['input.endsAt']],
  ])('%s', (_name, times, fields) => {
    expect(meetingTimeProblems(times.startsAt, times.endsAt, now).map((p) => p.field)).toEqual(fields);
  });
});

describe('capacity', () => {
  it.each([
    [20, 19, 1, true],
    [20, 20, 1, false],
    [20, 15, 6, false],
    [20, 25, 0, true], // nothing added: a venue made smaller is checked where it is changed
    [null, 500, 10, true], // digital only
  ])('capacity %s, seated %s, adding %s: fits %s', (capacity, seated, adding, fits) => {
    expect(refuseCapacity(capacity, seated, adding) === null).toBe(fits);
  });

  it('counts everyone but those who declined', () => {
    expect(Object.values(InvitationResponse).filter(takesSeat)).toEqual(['INVITED', 'ACCEPTED', 'NO_ANSWER']);
  });
});

describe('format and attendance', () => {
  it.each([
    [{ venueId: 'v', onlineUrl: null }, MeetingFormat.PHYSICAL],
    [{ venueId: null, onlineUrl: 'https://x' }, MeetingFormat.DIGITAL],
    [{ venueId: 'v', onlineUrl: 'https://x' }, MeetingFormat.PARTLY_DIGITAL],
  ])('%o is %s', (meeting, format) => {
    expect(formatOf(meeting)).toBe(format);
  });

  it('attended completes the plan activity, absent cancels it with a note', () => {
    expect(attendanceActivity(Attendance.ATTENDED, 'Vårdträff')).toEqual({ status: ActivityStatus.COMPLETED, note: 'Rekryteringsträff: Vårdträff' });
    expect(attendanceActivity(Attendance.ABSENT, 'Vårdträff')).toEqual({ status: ActivityStatus.CANCELLED, note: 'Rekryteringsträff: Vårdträff (uteblev)' });
  });
});
