import { describe, expect, it } from '@jest/globals';
import { monthsOf } from './period.js';
import { linesFromCells, segmentsOf, type CellSum } from './statistics-cells.js';

const P = 'principal';

/** A single event of group `k`, in segment `sx`. */
const event = (measure: string, sx: number, n = 1, k: string | null = 'sector-a', value = 0): CellSum => ({ k, p: P, measure, value, sx, sy: null, n });
const pair = (measure: string, sx: number, sy: number, k: string | null = null, n = 1): CellSum => ({ k, p: P, measure, value: 0, sx, sy, n });

describe('segmentsOf', () => {
  it('cuts a period at its first day, each later month and the day after the as-of day; day cells only where a bound cuts a month', () => {
    expect(segmentsOf('2024-01-15', '2024-03-10', monthsOf('2024-01-15', '2024-03-10'))).toEqual({
      bounds: ['2024-01-15', '2024-02-01', '2024-03-01', '2024-03-11'],
      edgeMonths: ['2024-01-01', '2024-03-01'],
      months: 3,
    });
  });

  it('stops at the as-of day: months not begun by then have no segment', () => {
    expect(segmentsOf('2024-01-01', '2024-02-29', monthsOf('2024-01-01', '2024-06-30'))).toEqual({
      bounds: ['2024-01-01', '2024-02-01', '2024-03-01'],
      edgeMonths: ['2024-01-01', '2024-03-01'],
      months: 2,
    });
  });
});

describe('linesFromCells', () => {
  it('counts the periods overlapping the period: first contacts up to its end less exits before it', () => {
    const lines = linesFromCells(
      [event('first_contact', 0, 5), event('exit:MOVED:', 0, 2), event('first_contact', 1, 3), event('exit:WORK_UNSUBSIDISED:LASTED', 2), event('first_contact', 3, 9)],
      2,
      'SECTOR',
    );
    expect(lines.figures).toEqual([
      expect.objectContaining({ k: 'sector-a', periods: 6, newly: 3, work: 1, other: 0, open_at_end: 5 }),
    ]);
  });

  it('classifies exits by Kolada: pending work, work that did not last, studies with student aid', () => {
    const lines = linesFromCells(
      [
        event('first_contact', 0, 4),
        event('exit:WORK_SUBSIDISED:PENDING', 1),
        event('exit:WORK_SUBSIDISED:ENDED_WITHIN_MONTH', 1),
        event('exit:STUDIES_STUDENT_AID:', 1),
        event('exit:STUDIES_OTHER:', 1),
      ],
      1,
      'SECTOR',
    );
    expect(lines.figures[0]).toMatchObject({ work: 0, pending: 1, studies: 1, other: 2, open_at_end: 0 });
  });

  it('takes the days with a plan and the overdue days as intervals: open where begun and not yet ended by the as-of day', () => {
    const lines = linesFromCells(
      [event('first_contact', 0, 3), event('plan_from', 0, 3), event('plan_until', 1), event('overdue_from', 1, 2), event('overdue_until', 2), event('overdue_until', 3)],
      2,
      'SECTOR',
    );
    expect(lines.figures[0]).toMatchObject({ with_plan: 2, overdue: 1 });
  });

  it('gives each month its periods, first contacts, exits and exits to work or studies', () => {
    const lines = linesFromCells(
      [event('first_contact', 0, 2), event('first_contact', 2), event('exit:STUDIES_STUDENT_AID:', 1), event('exit:MOVED:', 3)],
      3,
      'SECTOR',
    );
    expect(lines.histograms.map(({ span_from, n, newly, exited, ws }) => ({ span_from, n, newly, exited, ws }))).toEqual([
      { span_from: 1, n: 2, newly: 0, exited: 1, ws: 1 },
      { span_from: 2, n: 2, newly: 1, exited: 0, ws: 0 },
      { span_from: 3, n: 2, newly: 0, exited: 1, ws: 0 },
    ]);
  });

  it('counts a person twice only for pairs of their periods inside the period (or inside one month)', () => {
    const lines = linesFromCells(
      [event('first_contact', 1, 4), pair('again:ALL', 1, 2), pair('again:ALL', 0, 1), pair('again_new:ALL', 2, 2), pair('again:SECTOR', 2, 2, 'sector-a')],
      2,
      'SECTOR',
    );
    expect(lines.repeatedPeople).toEqual(
      expect.arrayContaining([
        { k: null, p: null, g: 3, enrolled: 1, newly: 1 },
        { k: null, p: P, g: 2, enrolled: 1, newly: 1 },
        { k: 'sector-a', p: P, g: 0, enrolled: 1, newly: 0 },
        { k: 'sector-a', p: null, g: 1, enrolled: 1, newly: 0 },
      ]),
    );
    expect(lines.repeatedPeople).toHaveLength(4);
    expect(lines.repeatedMonths).toEqual(
      expect.arrayContaining([
        { k: null, g: 1, bucket: 2, enrolled: 0, newly: 1 },
        { k: 'sector-a', g: 0, bucket: 2, enrolled: 1, newly: 0 },
      ]),
    );
  });

  it('per principal, the pairs in all are the groups’ own', () => {
    const lines = linesFromCells([{ ...event('first_contact', 1, 2), k: P }, pair('again:ALL', 1, 1, P)], 1, 'ALL');
    expect(lines.repeatedPeople).toEqual(expect.arrayContaining([{ k: P, p: P, g: 0, enrolled: 1, newly: 0 }, { k: null, p: null, g: 3, enrolled: 1, newly: 0 }]));
  });
});
