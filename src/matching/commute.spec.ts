import { describe, expect, it } from '@jest/globals';
import { commuteMinutes, MUNICIPALITY } from './commute.js';

const M = MUNICIPALITY;

describe('commuteMinutes', () => {
  it('estimates every pair of the demo region by public transport, symmetrically, longer between municipalities than within one', () => {
    const ids = Object.values(M);
    for (const a of ids)
      for (const b of ids) {
        const minutes = commuteMinutes(a, b);
        expect(minutes).not.toBeNull();
        expect(minutes).toBe(commuteMinutes(b, a));
        if (a !== b) expect(minutes!).toBeGreaterThan(commuteMinutes(a, a)!);
      }
  });

  it('is plausible where the buses and trains are known: Trelleborg-Malmö within 35-60 min, Svedala-Malmö under it', () => {
    expect(commuteMinutes(M.Trelleborg, M.Malmo)).toBeGreaterThanOrEqual(35);
    expect(commuteMinutes(M.Trelleborg, M.Malmo)).toBeLessThanOrEqual(60);
    expect(commuteMinutes(M.Svedala, M.Malmo)).toBeLessThan(commuteMinutes(M.Trelleborg, M.Malmo)!);
  });

  it('knows every municipality of Sweden, not only the region: Trelleborg-Stockholm is a day, not unknown', () => {
    expect(commuteMinutes(M.Trelleborg, 'AvNB_uwa_6n6')).toBeGreaterThan(300);
  });

  it('is faster by car than by public transport, and slower by bicycle', () => {
    expect(commuteMinutes(M.Trelleborg, M.Svedala, 'CAR')).toBeLessThan(commuteMinutes(M.Trelleborg, M.Svedala)!);
    expect(commuteMinutes(M.Trelleborg, M.Svedala, 'BICYCLE')).toBeGreaterThan(commuteMinutes(M.Trelleborg, M.Svedala)!);
  });

  it('is unknown (null) for a municipality the geography does not know', () => {
    expect(commuteMinutes(M.Trelleborg, 'not-a-municipality')).toBeNull();
  });
});
