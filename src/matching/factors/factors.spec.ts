/** Each soft factor's value and points (the factors in this folder), through a ranking. */
import { describe, expect, it } from '@jest/globals';
import { commuteMinutes, MUNICIPALITY } from '../commute.js';
import { candidate, factor, graph, opening, options, points, skillPoints, T, W } from '../matching.fixtures.js';
import { commuteValue, rankCandidates, WEIGHTS } from '../rank.js';
import type { RankableCandidate, RankableOpening } from '../ranking.types.js';

describe('weights', () => {
  it('sum to 100, split 50/50 between what the employer needs and what the person wants', () => {
    const sum = (side: string) => WEIGHTS.filter((w) => w.side === side).reduce((a, w) => a + w.weight, 0);
    expect(sum('employer')).toBe(50);
    expect(sum('person')).toBe(50);
  });

  it.each([
    [null, 0],
    [15, 1],
    [20, 1],
    [55, 0.5],
    [90, 0],
    [120, 0],
  ])('commute %p min gives %p', (minutes, value) => expect(commuteValue(minutes)).toBeCloseTo(value, 12));
});


describe('soft factors', () => {
  const job = opening('job', {
    requiredSkills: [
      { skillId: T.RARE, weight: 1 },
      { skillId: T.COMMON, weight: 1 },
    ],
    preferredSkills: [{ skillId: T.MID, weight: 1 }],
    worktimeId: T.HELTID,
  });

  it('occupation proximity over experience is graded by the taxonomy', () => {
    const cs = [T.USK, T.USK_HEMTJ, T.VARDBITRADE, T.PERSONLIG_ASSISTENT, T.BOENDESTODJARE, T.LAGERARBETARE].map((occ) =>
      candidate(occ, { experience: [{ occupationId: occ, years: 1 }] }),
    );
    const result = rankCandidates(job, cs, graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(cs.map((c) => c.id));
    expect(cs.map((c) => factor(result, c.id, 'experienceOccupation'))).toEqual([1, 0.4, 0.3, 0.2, 0.1, 0].map((v) => points('experienceOccupation', v)));
  });

  it('experience years count by proximity and are capped', () => {
    const result = rankCandidates(
      job,
      [
        candidate('y2', { experience: [{ occupationId: T.USK, years: 2 }] }),
        candidate('y20', { experience: [{ occupationId: T.USK, years: 20 }] }),
        candidate('y5-ssyk4', { experience: [{ occupationId: T.USK_HEMTJ, years: 5 }] }),
      ],
      graph,
      options,
    );
    expect(factor(result, 'y2', 'experienceYears')).toBeCloseTo(W.experienceYears * (2 / 5), 2);
    expect(factor(result, 'y20', 'experienceYears')).toBe(W.experienceYears);
    expect(factor(result, 'y5-ssyk4', 'experienceYears')).toBeCloseTo(W.experienceYears * 0.4, 2);
  });

  it('skill coverage weighs by IDF, and required skills count double', () => {
    const idf = (s: string) => graph.skillIdf(s);
    const total = 2 * idf(T.RARE) + 2 * idf(T.COMMON) + idf(T.MID);
    const cs = [
      candidate('rare', { skillIds: [T.RARE] }),
      candidate('common', { skillIds: [T.COMMON] }),
      candidate('preferred-only', { skillIds: [T.MID] }),
      candidate('all', { skillIds: [T.RARE, T.COMMON, T.MID, T.MID] }),
    ];
    const result = rankCandidates(job, cs, graph, options);
    expect(factor(result, 'rare', 'skills')).toBeCloseTo(skillPoints((2 * idf(T.RARE)) / total), 2);
    expect(factor(result, 'common', 'skills')).toBeCloseTo(skillPoints((2 * idf(T.COMMON)) / total), 2);
    expect(factor(result, 'preferred-only', 'skills')).toBeCloseTo(skillPoints(idf(T.MID) / total), 2);
    expect(factor(result, 'all', 'skills')).toBe(W.skills);
    expect(factor(result, 'rare', 'skills')).toBeGreaterThan(factor(result, 'common', 'skills'));
  });

  it('the employer weight scales a skill; an opening without skills is neutral', () => {
    const weighted = opening('w', {
      requiredSkills: [
        { skillId: T.RARE, weight: 3 },
        { skillId: T.TRUCK, weight: 1 },
      ],
    });
    const result = rankCandidates(weighted, [candidate('a', { skillIds: [T.RARE] }), candidate('b', { skillIds: [T.TRUCK] })], graph, options);
    expect(factor(result, 'a', 'skills')).toBeCloseTo(skillPoints(0.75), 2);
    expect(factor(result, 'b', 'skills')).toBeCloseTo(skillPoints(0.25), 2);
    expect(factor(rankCandidates(opening('none'), [candidate('a')], graph, options), 'a', 'skills')).toBe(W.skills * 0.5);
  });

  it.each<[string, Partial<RankableOpening>, Partial<RankableCandidate>, string, number]>([
    ['sector chosen', {}, { wantedSectorIds: ['sector-care'] }, 'sector', W.sector],
    ['another sector chosen', {}, { wantedSectorIds: ['sector-logistics'] }, 'sector', 0],
    ['no sector chosen', {}, {}, 'sector', 0],
    ['opening without sector', { sectorId: null }, { wantedSectorIds: ['sector-care'] }, 'sector', W.sector / 2],
    ['internship wanted', { kind: 'INTERNSHIP' }, { wantsInternship: true }, 'kind', W.kind],
    ['internship not wanted', { kind: 'INTERNSHIP' }, { wantsInternship: false }, 'kind', 0],
    ['SFI workplace learning not wanted', { kind: 'SFI_WORKPLACE_LEARNING' }, {}, 'kind', 0],
    ['a job, internship wanted', { kind: 'JOB_SUBSIDISED' }, { wantsInternship: true }, 'kind', W.kind],
    ['full time wanted', { worktimeId: T.HELTID }, { wantedWorktimeIds: [T.HELTID] }, 'hours', W.hours],
    ['part time wanted', { worktimeId: T.HELTID }, { wantedWorktimeIds: [T.DELTID] }, 'hours', 0],
    ['no hours wish', { worktimeId: T.HELTID }, {}, 'hours', W.hours],
    ['same municipality', {}, {}, 'commute', W.commute],
    [
      'Svedala to Trelleborg',
      {},
      { homeMunicipalityId: MUNICIPALITY.Svedala },
      'commute',
      W.commute * commuteValue(commuteMinutes(MUNICIPALITY.Svedala, MUNICIPALITY.Trelleborg)),
    ],
    ['Stockholm to Trelleborg, a day away', {}, { homeMunicipalityId: 'AvNB_uwa_6n6' }, 'commute', 0],
    ['unknown commute: never above a known one', {}, { homeMunicipalityId: 'not-a-municipality' }, 'commute', 0],
    ['Swedish need met', { minSwedishLevel: 'SFI_B' }, { swedishLevel: 'SFI_B' }, 'swedish', W.swedish],
    ['Swedish above need earns nothing extra', { minSwedishLevel: 'SFI_B' }, { swedishLevel: 'NATIVE_OR_FLUENT' }, 'swedish', W.swedish],
    ['no Swedish need', {}, { swedishLevel: 'NONE' }, 'swedish', W.swedish],
    ['wanted occupation', {}, { wantedOccupationIds: [T.LAGERARBETARE, T.USK] }, 'wantedOccupation', W.wantedOccupation],
    ['wanted occupation, 75 % substitute', {}, { wantedOccupationIds: [T.VARDBITRADE] }, 'wantedOccupation', W.wantedOccupation * 0.3],
  ])('%s', (_name, o, c, name, points) => {
    const result = rankCandidates(opening('o', o), [candidate('c', c)], graph, options);
    expect(factor(result, 'c', name)).toBeCloseTo(points, 2);
  });

  it('factors add up to the score', () => {
    const result = rankCandidates(job, [candidate('c', { skillIds: [T.RARE], homeMunicipalityId: MUNICIPALITY.Skurup })], graph, options);
    const r = result.ranked[0];
    expect(r.factors.map((f) => f.factor)).toEqual(WEIGHTS.map((w) => w.name));
    expect(r.factors.reduce((a, f) => a + f.contribution, 0)).toBeCloseTo(r.score, 1);
  });
});

