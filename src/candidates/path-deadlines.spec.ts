import { describe, expect, it } from '@jest/globals';
import { workingDaysBetween } from '../modules/calendar/working-days.js';
import { planDueOn, sectorDueOn, PLAN_WITHIN_WORKING_DAYS, SECTOR_WITHIN_WORKING_DAYS } from './path-deadlines.js';

describe('the path\'s first deadlines', () => {
  it('a plan within one working day and a sector within five', () => {
    expect([PLAN_WITHIN_WORKING_DAYS, SECTOR_WITHIN_WORKING_DAYS]).toEqual([1, 5]);
  });

  it.each([
    // first contact, plan due, sector due
    ['2026-03-02', '2026-03-03', '2026-03-09'], // a Monday: Tuesday, and Monday a week later
    ['2026-03-06', '2026-03-09', '2026-03-13'], // a Friday: over the weekend
    ['2026-04-02', '2026-04-07', '2026-04-13'], // skärtorsdagen: past Good Friday and Easter Monday
    ['2026-12-23', '2026-12-28', '2027-01-05'], // past julafton, juldagen, annandag jul, nyårsafton and nyårsdagen
  ])('first contact %s: plan by %s, sector by %s', (firstContact, plan, sector) => {
    expect(planDueOn(firstContact)).toBe(plan);
    expect(sectorDueOn(firstContact)).toBe(sector);
    expect(workingDaysBetween(firstContact, plan)).toBe(PLAN_WITHIN_WORKING_DAYS);
    expect(workingDaysBetween(firstContact, sector)).toBe(SECTOR_WITHIN_WORKING_DAYS);
  });
});
