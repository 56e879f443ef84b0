import { describe, expect, it } from '@jest/globals';
import { SwedishLevel } from '../../candidates/candidate.enums.js';
import { SfiEnrolmentStatus } from './sfi-enrolment.entity.js';
import { calendarDaysBetween, hasFreePlace, nextStatus, placesLeft, SFI_COURSE_LEVELS, SfiAction, waitingDays } from './sfi-rules.js';

const { QUEUED, ACTIVE, COMPLETED, LEFT } = SfiEnrolmentStatus;

describe('calendarDaysBetween', () => {
  it.each([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-03-01', '2026-03-02', 1],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2025-12-31', '2026-01-01', 1],
    ['2019-12-02', '2020-12-02', 366],
    ['2026-03-28', '2026-03-30', 2], // over the spring daylight-saving change in Sweden
    ['2026-10-24', '2026-10-26', 2], // and the autumn one
    ['2026-03-10', '2026-03-01', -9],
  ])('%s -> %s is %i days', (from, to, days) => {
    expect(calendarDaysBetween(from, to)).toBe(days);
  });
});

describe('waitingDays', () => {
  const today = '2026-06-15';
  const at = (status: SfiEnrolmentStatus, queuedSince: string, startedOn: string | null = null, endedOn: string | null = null) => ({
    status,
    queuedSince,
    startedOn,
    endedOn,
  });

  it('counts calendar days up to today while queued', () => {
    expect(waitingDays(at(QUEUED, '2026-06-15'), today)).toBe(0);
    expect(waitingDays(at(QUEUED, '2026-06-01'), today)).toBe(14);
    expect(waitingDays(at(QUEUED, '2019-12-01'), today)).toBe(2388);
  });

  it('stops at the start once the person has started, whatever happened after', () => {
    expect(waitingDays(at(ACTIVE, '2026-05-01', '2026-05-21'), today)).toBe(20);
    expect(waitingDays(at(COMPLETED, '2026-01-01', '2026-02-01', '2026-05-30'), today)).toBe(31);
    expect(waitingDays(at(LEFT, '2026-01-01', '2026-01-11', '2026-03-01'), today)).toBe(10);
  });

  it('stops at leaving for someone who left the queue without starting', () => {
    expect(waitingDays(at(LEFT, '2026-04-01', null, '2026-04-30'), today)).toBe(29);
  });

  it('is never negative', () => {
    expect(waitingDays(at(QUEUED, '2026-06-20'), today)).toBe(0);
  });
});

describe('nextStatus', () => {
  it.each([
    [QUEUED, SfiAction.START, ACTIVE],
    [QUEUED, SfiAction.LEAVE, LEFT],
    [QUEUED, SfiAction.COMPLETE, null],
    [ACTIVE, SfiAction.START, null],
    [ACTIVE, SfiAction.LEAVE, LEFT],
    [ACTIVE, SfiAction.COMPLETE, COMPLETED],
    [COMPLETED, SfiAction.START, null],
    [COMPLETED, SfiAction.LEAVE, null],
    [COMPLETED, SfiAction.COMPLETE, null],
    [LEFT, SfiAction.START, null],
    [LEFT, SfiAction.LEAVE, null],
    [LEFT, SfiAction.COMPLETE, null],
  ])('%s + %s -> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });
});

describe('places', () => {
  it.each([
    [12, 0, 12, true],
    [12, 11, 1, true],
    [12, 12, 0, false],
    [1, 1, 0, false],
    [10, 12, 0, false], // more active than places (places lowered earlier): none free, never negative
  ])('%i places, %i taken: %i left, free %s', (places, taken, left, free) => {
    expect(placesLeft(places, taken)).toBe(left);
    expect(hasFreePlace(places, taken)).toBe(free);
  });
});

describe('SFI_COURSE_LEVELS', () => {
  it('are the SFI courses A to D only', () => {
    expect(SFI_COURSE_LEVELS).toEqual([SwedishLevel.SFI_A, SwedishLevel.SFI_B, SwedishLevel.SFI_C, SwedishLevel.SFI_D]);
  });
});
