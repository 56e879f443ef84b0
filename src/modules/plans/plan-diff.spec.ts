import { describe, expect, it } from '@jest/globals';
import { diffFields, encodeRevisionValue } from './plan-diff.js';

interface Goal {
  goalDescription: string | null;
  goalSectorId: string | null;
  sickListed: boolean;
  tags: string[];
}
const FIELDS = ['goalDescription', 'goalSectorId', 'sickListed', 'tags'] as const;

describe('encodeRevisionValue', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['Undersköterska', '"Undersköterska"'],
    ['', '""'],
    [true, 'true'],
    [false, 'false'],
    [0, '0'],
    [['a', 'b'], '["a","b"]'],
  ])('%j -> %j', (value, expected) => {
    expect(encodeRevisionValue(value)).toBe(expected);
  });
});

describe('diffFields', () => {
  const before: Goal = { goalDescription: 'Arbete inom vården', goalSectorId: null, sickListed: false, tags: ['a'] };

  it('lists only the fields that changed, in the order given, JSON-encoded', () => {
    const after = { ...before, goalDescription: 'Undersköterska', sickListed: true };
    expect(diffFields<Goal>(before, after, FIELDS)).toEqual([
      { field: 'goalDescription', from: '"Arbete inom vården"', to: '"Undersköterska"' },
      { field: 'sickListed', from: 'false', to: 'true' },
    ]);
  });

  it('gives nothing when nothing changed (arrays compared by value)', () => {
    expect(diffFields<Goal>(before, { ...before, tags: ['a'] }, FIELDS)).toEqual([]);
  });

  it('records a value set and a value cleared with null on the empty side', () => {
    const after = { ...before, goalDescription: null, goalSectorId: 'sector-1' };
    expect(diffFields<Goal>(before, after, FIELDS)).toEqual([
      { field: 'goalDescription', from: '"Arbete inom vården"', to: null },
      { field: 'goalSectorId', from: null, to: '"sector-1"' },
    ]);
  });

  it('for a new record lists every field that has a value, from null, with the prefix', () => {
    expect(diffFields<Goal>(null, { goalDescription: 'Studier', goalSectorId: null, sickListed: false }, FIELDS, 'activity.')).toEqual([
      { field: 'activity.goalDescription', from: null, to: '"Studier"' },
      { field: 'activity.sickListed', from: null, to: 'false' },
    ]);
  });

  it('does not confuse the string "true" with the flag true', () => {
    const a = { goalDescription: 'true' } as Partial<Goal>;
    const b = { goalDescription: true } as unknown as Partial<Goal>;
    expect(diffFields<Goal>(a, b, ['goalDescription'])).toEqual([{ field: 'goalDescription', from: '"true"', to: 'true' }]);
  });
});
