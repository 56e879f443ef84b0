import { describe, expect, it } from '@jest/globals';
import { COMMUTE_TABLE, commuteMinutes, MUNICIPALITY, SAME_MUNICIPALITY_MINUTES } from './commute.js';

const M = MUNICIPALITY;

describe('commuteMinutes', () => {
  it.each([
    ['Trelleborg within itself', M.Trelleborg, M.Trelleborg, 15],
    ['Svedala within itself', M.Svedala, M.Svedala, 15],
    ['Trelleborg -> Svedala', M.Trelleborg, M.Svedala, 40],
    ['Svedala -> Trelleborg (symmetric)', M.Svedala, M.Trelleborg, 40],
    ['Svedala -> Malmö', M.Svedala, M.Malmo, 25],
    ['Trelleborg -> Vellinge', M.Trelleborg, M.Vellinge, 25],
    ['Trelleborg -> Sjöbo', M.Trelleborg, M.Sjobo, 75],
    ['Trelleborg -> Stockholm (unknown)', M.Trelleborg, 'AvNB_uwa_6n6', null],
    ['Stockholm within itself (not in the table)', 'AvNB_uwa_6n6', 'AvNB_uwa_6n6', null],
  ])('%s', (_name, from, to, minutes) => expect(commuteMinutes(from, to)).toBe(minutes));

  it('covers every pair of the ten municipalities exactly once', () => {
    const ids = Object.values(M);
    expect(new Set(ids).size).toBe(10);
    expect(COMMUTE_TABLE).toHaveLength((10 * 9) / 2);
    const keys = new Set(COMMUTE_TABLE.map(([a, b]) => [a, b].sort().join('|')));
    expect(keys.size).toBe(45);
    for (const a of ids) for (const b of ids) {
      const minutes = commuteMinutes(a, b);
      expect(minutes).not.toBeNull();
      expect(minutes).toBe(commuteMinutes(b, a));
      if (a !== b) expect(minutes!).toBeGreaterThan(SAME_MUNICIPALITY_MINUTES - 1);
    }
  });
});
