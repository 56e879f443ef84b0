import { describe, expect, it } from '@jest/globals';
import { LICENCE } from '../candidates/driving-licences.js';
import { prepareCandidates } from './candidate-pool.js';
import { candidate, graph, SNAPSHOT, T } from './matching.fixtures.js';
import { PROXIMITY, TaxonomyGraph, type ProximityLevel } from './taxonomy-graph.js';

const LEVELS: ProximityLevel[] = ['same-occupation', 'same-ssyk4', 'substitutable-75', 'substitutable-25', 'same-field', 'none'];

describe('occupation topology', () => {
  // every concept of the fixture taxonomy (occupations, groups, fields, skills) plus ids it does not know
  const ids = [...SNAPSHOT.concepts.map((c) => c.id), 'unknown-1', 'g3'];
  const pool = prepareCandidates(ids.map((id, i) => candidate(`c${i}`, { experience: [{ occupationId: id, years: 1 }] })));

  it.each(ids)('gives the level occupationProximity gives, for every interned occupation, wanted %s', (wanted) => {
    const levels = pool.occupationTopology(graph).proximityLevels(wanted);
    const interned = pool.occupationIds.ids;
    expect(interned).toHaveLength(ids.length);
    const got = interned.map((have, k) => [have, LEVELS[levels[k]]]);
    expect(got).toEqual(interned.map((have) => [have, graph.occupationProximity(wanted, have).level]));
    for (let k = 0; k < interned.length; k++) expect(PROXIMITY[LEVELS[levels[k]]]).toBe(graph.occupationProximity(wanted, interned[k]));
  });

  it('agrees on an awkward taxonomy too (substitutes inside the group, odd parents, fields shared or missing)', () => {
    const odd = new TaxonomyGraph({
      concepts: [
        { id: 'f1', type: 'occupation-field', parentId: null },
        { id: 'f2', type: 'occupation-field', parentId: null },
        { id: 'g1', type: 'ssyk-level-4', parentId: null },
        { id: 'g2', type: 'ssyk-level-4', parentId: null },
        { id: 'g3', type: 'ssyk-level-4', parentId: null },
        { id: 'g4', type: 'ssyk-level-4', parentId: null },
        { id: 'a1', type: 'occupation-name', parentId: 'g1' },
        { id: 'a2', type: 'occupation-name', parentId: 'g1' },
        { id: 'a3', type: 'occupation-name', parentId: 'g1' },
        { id: 'b1', type: 'occupation-name', parentId: 'g2' },
        { id: 'b2', type: 'occupation-name', parentId: 'g2' },
        { id: 'c1', type: 'occupation-name', parentId: 'g3' },
        { id: 'd1', type: 'occupation-name', parentId: 'g4' },
        { id: 'e1', type: 'occupation-name', parentId: 'f1' },
        { id: 'e2', type: 'occupation-name', parentId: null },
      ],
      relations: [
        { kind: 'field-ssyk4', fromId: 'f1', toId: 'g1' },
        { kind: 'field-ssyk4', fromId: 'f1', toId: 'g2' },
        { kind: 'field-ssyk4', fromId: 'f2', toId: 'g2' },
        { kind: 'field-ssyk4', fromId: 'f2', toId: 'g3' },
        { kind: 'substitutes-75', fromId: 'a1', toId: 'a2' },
        { kind: 'substitutes-75', fromId: 'a1', toId: 'a1' },
        { kind: 'substitutes-25', fromId: 'a1', toId: 'a3' },
        { kind: 'substitutes-25', fromId: 'a1', toId: 'b1' },
        { kind: 'substitutes-75', fromId: 'a1', toId: 'b1' },
        { kind: 'substitutes-25', fromId: 'a1', toId: 'c1' },
        { kind: 'substitutes-75', fromId: 'b1', toId: 'd1' },
        { kind: 'substitutes-25', fromId: 'b1', toId: 'e2' },
        { kind: 'substitutes-75', fromId: 'a1', toId: 'g3' },
      ],
    });
    const all = ['f1', 'f2', 'g1', 'g2', 'g3', 'g4', 'a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'd1', 'e1', 'e2', 'zz'];
    const oddPool = prepareCandidates(all.map((id, i) => candidate(`c${i}`, { wantedOccupationIds: [id] })));
    for (const wanted of all) {
      const levels = oddPool.occupationTopology(odd).proximityLevels(wanted);
      const interned = oddPool.occupationIds.ids;
      expect(interned.map((have, k) => [wanted, have, LEVELS[levels[k]]])).toEqual(
        interned.map((have) => [wanted, have, odd.occupationProximity(wanted, have).level]),
      );
    }
  });

  it('is built once per graph', () => {
    expect(pool.occupationTopology(graph)).toBe(pool.occupationTopology(graph));
  });
});

describe('candidate pool', () => {
  const people = [
    candidate('a', { licenceIds: [LICENCE.B], swedishLevel: 'NONE', earliestStartOn: '2026-05-01' }),
    candidate('b', { sharesProfileWithEmployers: false, workLimitations: ['NO_HEAVY_LIFTING'], earliestStartOn: '2026-04-01' }),
    candidate('c', { experience: [{ occupationId: T.USK, years: 2 }], wantedOccupationIds: [T.USK, T.VARDBITRADE], workLimitations: ['NO_NIGHT_WORK'] }),
    ...Array.from({ length: 40 }, (_, i) => candidate(`x${i}`, { licenceIds: i % 2 ? [LICENCE.B] : [] })),
  ];
  const pool = prepareCandidates(people);
  const has = (bits: Int32Array, i: number) => (bits[i >>> 5] & (1 << (i & 31))) !== 0;
  const members = (bits: Int32Array) => people.map((p, i) => (has(bits, i) ? p.id : null)).filter((id) => id !== null);

  it('keeps each hard requirement as a bitset of 32 candidates a word', () => {
    expect(pool.words).toBe(2);
    expect(members(pool.noConsentBits)).toEqual(['b']);
    expect(members(pool.heavyLiftingBits)).toEqual(['b']);
    expect(members(pool.nightWorkBits)).toEqual(['c']);
    expect(members(pool.swedishBelowBits[0])).toEqual([]);
    expect(members(pool.swedishBelowBits[1])).toEqual(['a']);
    expect(members(pool.licenceHeldBits[pool.licenceIds.get(LICENCE.B)])).toEqual(['a', ...people.slice(3).filter((_, i) => i % 2).map((p) => p.id)]);
    expect([...pool.lateStarters].map((i) => people[i].id)).toEqual(['a', 'b']);
  });

  it('indexes each candidate once per occupation held in experience or wishes', () => {
    expect([...pool.occupationPostings[pool.occupationIds.get(T.USK)]]).toEqual([2]);
    expect([...pool.occupationPostings[pool.occupationIds.get(T.VARDBITRADE)]]).toEqual([2]);
  });
});
