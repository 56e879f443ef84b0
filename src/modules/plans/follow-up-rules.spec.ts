import { describe, expect, it } from '@jest/globals';
import { followUpDueOn, isFollowUpOverdue, nextFollowUpProblem, suggestedNextFollowUpOn, type FollowUpState } from './follow-up-rules.js';

const state = (patch: Partial<FollowUpState> = {}): FollowUpState => ({
  exitOn: null,
  firstMeetingOn: null,
  planEstablishedOn: null,
  latestNextOn: null,
  ...patch,
});

describe('followUpDueOn (the overdue rule)', () => {
  it('is the latest follow-up’s next date', () => {
    expect(followUpDueOn(state({ firstMeetingOn: '2026-11-02', planEstablishedOn: '2026-11-02', latestNextOn: '2026-11-20' }))).toBe('2026-11-20');
  });

  it('with no follow-up yet, is seven calendar days after the plan was established', () => {
    expect(followUpDueOn(state({ firstMeetingOn: '2026-11-02', planEstablishedOn: '2026-11-03' }))).toBe('2026-11-10');
  });

  it('with no follow-up and no plan, is seven days after the first meeting', () => {
    expect(followUpDueOn(state({ firstMeetingOn: '2026-12-28' }))).toBe('2027-01-04');
  });

  it('counts calendar days across a month end and a leap day', () => {
    expect(followUpDueOn(state({ planEstablishedOn: '2028-02-25' }))).toBe('2028-03-03');
  });

  it('is nothing before the first meeting, and nothing once the period has ended', () => {
    expect(followUpDueOn(state())).toBeNull();
    expect(followUpDueOn(state({ exitOn: '2026-11-30', planEstablishedOn: '2026-11-02', latestNextOn: '2026-11-20' }))).toBeNull();
  });
});

describe('isFollowUpOverdue', () => {
  const due20 = state({ planEstablishedOn: '2026-11-02', latestNextOn: '2026-11-20' });

  it('is overdue from the day after the due date, not on it', () => {
    expect(isFollowUpOverdue(due20, '2026-11-19')).toBe(false);
    expect(isFollowUpOverdue(due20, '2026-11-20')).toBe(false);
    expect(isFollowUpOverdue(due20, '2026-11-21')).toBe(true);
  });

  it('a plan established eight days ago without a follow-up is overdue; seven days ago is due today', () => {
    expect(isFollowUpOverdue(state({ planEstablishedOn: '2026-11-01' }), '2026-11-09')).toBe(true);
    expect(isFollowUpOverdue(state({ planEstablishedOn: '2026-11-02' }), '2026-11-09')).toBe(false);
  });

  it('a person not yet met, or whose period has ended, is never overdue', () => {
    expect(isFollowUpOverdue(state(), '2030-01-01')).toBe(false);
    expect(isFollowUpOverdue(state({ exitOn: '2026-11-05', planEstablishedOn: '2026-10-01' }), '2030-01-01')).toBe(false);
  });
});

describe('nextFollowUpProblem (at least weekly)', () => {
  it.each([
    ['2026-11-10', '2026-11-11', null],
    ['2026-11-10', '2026-11-17', null],
    ['2026-11-28', '2026-12-05', null],
  ])('held %s, next %s: allowed', (heldOn, nextOn, expected) => {
    expect(nextFollowUpProblem(heldOn, nextOn)).toBe(expected);
  });

  it.each([
    ['the same day', '2026-11-10', '2026-11-10', /after the follow-up/],
    ['the day before', '2026-11-10', '2026-11-09', /after the follow-up/],
    ['eight days later', '2026-11-10', '2026-11-18', /at most 7 days.*2026-11-17/],
  ])('refuses %s', (_label, heldOn, nextOn, message) => {
    expect(nextFollowUpProblem(heldOn, nextOn)).toMatch(message);
  });
});

describe('suggestedNextFollowUpOn (the next date a follow-up suggests)', () => {
  it('is a week later on a working day', () => {
    expect(suggestedNextFollowUpOn('2026-12-02')).toBe('2026-12-09');
    expect(suggestedNextFollowUpOn('2026-11-27')).toBe('2026-12-04');
  });

  it('moves back from a holiday or an eve to the working day before, never past the weekly limit', () => {
    // Kristi himmelsfärdsdag, Thursday 14 May 2026
    expect(suggestedNextFollowUpOn('2026-05-07')).toBe('2026-05-13');
    // julafton, Thursday 24 December 2026
    expect(suggestedNextFollowUpOn('2026-12-17')).toBe('2026-12-23');
    // a Saturday a week on, with juldagen and julafton before it
    expect(suggestedNextFollowUpOn('2026-12-19')).toBe('2026-12-23');
    for (const heldOn of ['2026-05-07', '2026-12-17', '2026-12-19', '2026-06-13']) {
      expect(nextFollowUpProblem(heldOn, suggestedNextFollowUpOn(heldOn))).toBeNull();
    }
  });

  it('moves back from a weekend to the Friday', () => {
    expect(suggestedNextFollowUpOn('2026-12-05')).toBe('2026-12-11');
  });
});
