import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { impliedDrivingLicences, LICENCE } from './driving-licences.js';

const L = LICENCE;
const sorted = (ids: string[]) => [...ids].sort();

describe('impliedDrivingLicences', () => {
  it.each([
    ['nothing', [], []],
    ['B', [L.B], [L.B, L.AM]],
    ['A', [L.A], [L.A, L.A2, L.A1, L.AM]],
    ['CE', [L.CE], [L.CE, L.C, L.C1E, L.C1, L.BE, L.B96, L.B, L.AM]],
    ['DE', [L.DE], [L.DE, L.D, L.D1E, L.D1, L.BE, L.B96, L.B, L.AM]],
    ['C and A together', [L.C, L.A], [L.C, L.C1, L.B, L.AM, L.A, L.A2, L.A1]],
    ['an unknown id stays as given', ['x'], ['x']],
  ])('%s', (_label, held, expected) => {
    expect(impliedDrivingLicences(held)).toEqual(sorted(expected));
  });

  it('uses the JobTech ids of the bundled taxonomy', () => {
    const file = new URL('../../taxonomy/jobtech/driving-licences.json', import.meta.url);
    const concepts = (JSON.parse(readFileSync(file, 'utf8')) as { data: { concepts: Array<{ id: string }> } }).data.concepts;
    expect(sorted(Object.values(LICENCE))).toEqual(sorted(concepts.map((c) => c.id)));
  });
});
