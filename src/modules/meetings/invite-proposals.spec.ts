import { describe, expect, it } from '@jest/globals';
import { mergeInviteProposals } from './invite-proposals.js';

const e = (candidateId: string, score: number) => ({ candidateId, score, explanation: `${candidateId}@${score}` });

describe('mergeInviteProposals', () => {
  it('lists each person once, with the best score, its opening and its explanation', () => {
    const merged = mergeInviteProposals([
      { openingId: 'care', ranked: [e('anna', 80), e('bo', 60)] },
      { openingId: 'kitchen', ranked: [e('bo', 75), e('cem', 50), e('anna', 40)] },
    ]);
    expect(merged).toEqual([
      { candidateId: 'anna', score: 80, explanation: 'anna@80', openingId: 'care', openingIds: ['care', 'kitchen'] },
      { candidateId: 'bo', score: 75, explanation: 'bo@75', openingId: 'kitchen', openingIds: ['kitchen', 'care'] },
      { candidateId: 'cem', score: 50, explanation: 'cem@50', openingId: 'kitchen', openingIds: ['kitchen'] },
    ]);
  });

  it('breaks ties by the order of the openings, then by id', () => {
    const merged = mergeInviteProposals([
      { openingId: 'first', ranked: [e('zed', 70)] },
      { openingId: 'second', ranked: [e('amy', 70), e('bea', 70)] },
    ]);
    expect(merged.map((p) => p.candidateId)).toEqual(['zed', 'amy', 'bea']);
  });

  it('keeps the first opening on an equal score', () => {
    const [only] = mergeInviteProposals([
      { openingId: 'first', ranked: [e('x', 50)] },
      { openingId: 'second', ranked: [e('x', 50)] },
    ]);
    expect(only.openingId).toBe('first');
    expect(only.openingIds).toEqual(['first', 'second']);
  });

  it('is empty without rankings', () => {
    expect(mergeInviteProposals([])).toEqual([]);
    expect(mergeInviteProposals([{ openingId: 'o', ranked: [] }])).toEqual([]);
  });
});
