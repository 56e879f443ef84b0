import { describe, expect, it } from '@jest/globals';
import { graph, T } from './matching.fixtures.js';
import { PROXIMITY, TaxonomyGraph, type ProximityLevel } from './taxonomy-graph.js';

describe('TaxonomyGraph.occupationProximity', () => {
  const cases: Array<[string, string, string, ProximityLevel, number]> = [
    ['same occupation', T.USK, T.USK, 'same-occupation', 1.0],
    ['same SSYK-4 group', T.USK, T.USK_HEMTJ, 'same-ssyk4', 0.4],
    ['experience given as the SSYK-4 group itself', T.USK, T.NURSE_AIDES, 'same-ssyk4', 0.4],
    ['can substitute at 75 %', T.USK, T.VARDBITRADE, 'substitutable-75', 0.3],
    ['can substitute at 25 %', T.USK, T.PERSONLIG_ASSISTENT, 'substitutable-25', 0.2],
    ['only the same occupation field', T.USK, T.BOENDESTODJARE, 'same-field', 0.1],
    ['substitutability is directed: USK for a vårdbiträde job is only same field', T.VARDBITRADE, T.USK, 'same-field', 0.1],
    ['another field', T.USK, T.LAGERARBETARE, 'none', 0],
    ['same field, transport', T.LAGERARBETARE, T.LASTBILSFORARE, 'same-field', 0.1],
    ['unknown id', T.USK, 'o-unknown', 'none', 0],
  ];
  it.each(cases)('%s', (_name, wanted, have, level, value) => {
    expect(graph.occupationProximity(wanted, have)).toEqual({ level, value });
  });

  it('levels are strictly ordered', () => {
    const values = Object.values(PROXIMITY).map((p) => p.value);
    expect(values).toEqual([1, 0.4, 0.3, 0.2, 0.1, 0]);
  });

  it('looks up groups, fields and substitutes', () => {
    expect(graph.ssyk4Of(T.USK)).toBe(T.NURSE_AIDES);
    expect(graph.ssyk4Of(T.NURSE_AIDES)).toBe(T.NURSE_AIDES);
    expect(graph.ssyk4Of(T.COMMON)).toBeNull();
    expect(graph.fieldsOf(T.USK)).toEqual([T.CARE]);
    expect([...graph.substitutesFor(T.USK, 75)]).toEqual([T.VARDBITRADE]);
    expect([...graph.substitutesFor(T.USK, 25)]).toEqual([T.PERSONLIG_ASSISTENT]);
    expect([...graph.substitutesFor(T.VARDBITRADE, 75)]).toEqual([]);
  });
});

describe('TaxonomyGraph.skillIdf', () => {
  it('counts the groups that relate skills', () => expect(graph.skillGroupCount).toBe(4));

  it.each([
    // smoothed log((N+1)/(df+1)) + 1 over its maximum log(N+1) + 1, N = 4
    [T.COMMON, 4, 1 / (Math.log(5) + 1)],
    [T.MID, 2, (Math.log(5 / 3) + 1) / (Math.log(5) + 1)],
    [T.RARE, 1, (Math.log(5 / 2) + 1) / (Math.log(5) + 1)],
    ['s-nowhere', 0, 1],
  ])('%s in %i groups weighs %f', (skill, _df, expected) => {
    expect(graph.skillIdf(skill)).toBeCloseTo(expected, 12);
  });

  it('rarer skills weigh more, all within (0, 1]', () => {
    const weights = [T.COMMON, T.MID, T.RARE, 's-nowhere'].map((s) => graph.skillIdf(s));
    expect([...weights].sort((a, b) => a - b)).toEqual(weights);
    for (const w of weights) {
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThanOrEqual(1);
    }
    expect(graph.skillIdf(T.RARE)).toBe(graph.skillIdf(T.TRUCK));
  });

  it('an empty snapshot gives every skill weight 1 and every pair of different ids none', () => {
    const empty = new TaxonomyGraph({ concepts: [], relations: [] });
    expect(empty.skillIdf('x')).toBe(1);
    expect(empty.occupationProximity('a', 'b').level).toBe('none');
  });
});
