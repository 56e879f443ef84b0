import { describe, expect, it } from '@jest/globals';
import { LANGUAGE_LEVEL_ORDER } from '../../candidates/language-levels.js';
import { commuteMinutes, MUNICIPALITY } from '../commute.js';
import { candidate, graph, label, LANGUAGE, opening, randomWorld, T, TODAY } from '../matching.fixtures.js';
import { rankCandidates, rankOpenings } from '../rank.js';
import type { RankOptions } from '../ranking.types.js';

const options: RankOptions = { limit: 10, explainTop: 10, today: TODAY, label };
const [LITE, BRA, MYCKET_BRA] = LANGUAGE_LEVEL_ORDER;
/** Same occupation, skills and wishes for everyone, so only what a test varies tells them apart. */
const strong = { experience: [{ occupationId: T.USK, years: 5 }], skillIds: [T.MID], wantedOccupationIds: [T.USK], wantedSectorIds: ['sector-care'] };
const job = opening('job', { requiredSkills: [{ skillId: T.MID, weight: 2 }], municipalityId: MUNICIPALITY.Trelleborg });

describe('the commute limit', () => {
  const ystadByBus = commuteMinutes(MUNICIPALITY.Ystad, MUNICIPALITY.Trelleborg)!;
  const ystadByCar = commuteMinutes(MUNICIPALITY.Ystad, MUNICIPALITY.Trelleborg, 'CAR')!;

  it('puts a person beyond the opening’s limit among the near misses, with the estimated minutes and the limit', () => {
    expect(ystadByBus).toBeGreaterThan(45);
    const result = rankCandidates(
      { ...job, maxCommuteMinutes: 45 },
      [candidate('far', { ...strong, homeMunicipalityId: MUNICIPALITY.Ystad }), candidate('home', strong)],
      graph,
      options,
    );
    expect(result.ranked.map((r) => r.id)).toEqual(['home']);
    expect(result.nearMisses).toEqual([
      { id: 'far', score: expect.any(Number), reasons: [`För lång resväg (ca ${ystadByBus} min med kollektivtrafik; tjänsten godtar högst 45 min)`] },
    ]);
  });

  it('applies the person’s own limit when it is lower, and names it', () => {
    const person = candidate('own', { ...strong, homeMunicipalityId: MUNICIPALITY.Skurup, maxCommuteMinutes: 20 });
    const minutes = commuteMinutes(MUNICIPALITY.Skurup, MUNICIPALITY.Trelleborg)!;
    const result = rankCandidates({ ...job, maxCommuteMinutes: 60 }, [person], graph, options);
    expect(result.nearMisses[0].reasons).toEqual([`För lång resväg (ca ${minutes} min med kollektivtrafik; personen reser högst 20 min)`]);
  });

  it('estimates the commute for the person’s own travel mode', () => {
    expect(ystadByCar).toBeLessThanOrEqual(60);
    expect(ystadByBus).toBeGreaterThan(60);
    const byCar = candidate('car', { ...strong, homeMunicipalityId: MUNICIPALITY.Ystad, travelMode: 'CAR' });
    const byBus = candidate('bus', { ...strong, homeMunicipalityId: MUNICIPALITY.Ystad });
    const result = rankCandidates({ ...job, maxCommuteMinutes: 60 }, [byCar, byBus], graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(['car']);
    expect(result.ranked[0].factors.find((f) => f.factor === 'commute')!.detail).toBe(`cirka ${ystadByCar} min med bil (uppskattad)`);
    expect(result.nearMisses.map((n) => n.id)).toEqual(['bus']);
  });

  it('counts no limit when the opening states none', () => {
    const result = rankCandidates(job, [candidate('far', { ...strong, homeMunicipalityId: MUNICIPALITY.Ystad })], graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(['far']);
  });

  it('never ranks an unknown commute above a known acceptable one, and shows it as unknown', () => {
    const known = candidate('known', { ...strong, homeMunicipalityId: MUNICIPALITY.Skurup });
    const unknown = candidate('unknown', { ...strong, homeMunicipalityId: 'not-a-municipality' });
    const result = rankCandidates({ ...job, maxCommuteMinutes: 60 }, [unknown, known], graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(['known', 'unknown']);
    const commute = result.ranked[1].factors.find((f) => f.factor === 'commute')!;
    expect(commute).toMatchObject({ contribution: 0, detail: 'restid okänd' });
  });
});

describe('the commute from the locality to the post town', () => {
  const port = opening('port', { ...job, postalCode: '231 42' }); // Trelleborg's post town
  const minutesOf = (result: ReturnType<typeof rankCandidates>, id: string) =>
    Number(/cirka (\d+) min/.exec(result.ranked.find((r) => r.id === id)!.factors.find((f) => f.factor === 'commute')!.detail)![1]);

  it('counts the distance from the locality a person lives in, within their municipality', () => {
    const people = [candidate('town', { ...strong, homeArea: 'Trelleborg' }), candidate('east', { ...strong, homeArea: 'Smygehamn' })];
    const result = rankCandidates(port, people, graph, options);
    expect(minutesOf(result, 'east')).toBeGreaterThan(minutesOf(result, 'town') + 10);
    expect(result.ranked.map((r) => r.id)).toEqual(['town', 'east']);
  });

  it('falls back to the municipality for an unknown locality, or a postal code of another municipality', () => {
    const people = [candidate('plain', strong), candidate('unknown', { ...strong, homeArea: 'Ingenstans' })];
    const elsewhere = opening('elsewhere', { ...job, postalCode: '233 21' }); // Svedala's post town, not Trelleborg's
    for (const o of [job, elsewhere]) {
      const result = rankCandidates(o, people, graph, options);
      expect(minutesOf(result, 'unknown')).toBe(minutesOf(result, 'plain'));
      expect(minutesOf(result, 'plain')).toBe(commuteMinutes(MUNICIPALITY.Trelleborg, MUNICIPALITY.Trelleborg));
    }
  });
});

describe('language needs', () => {
  const careHome = opening('care-home', { ...job, languageNeeds: [{ languageId: LANGUAGE.ARABIC, minLevelId: BRA }] });

  it.each([
    ['speaks it at the level', [{ languageId: LANGUAGE.ARABIC, levelId: BRA }], []],
    ['speaks it better', [{ languageId: LANGUAGE.ARABIC, levelId: MYCKET_BRA }], []],
    ['speaks it a little', [{ languageId: LANGUAGE.ARABIC, levelId: LITE }], ['Talar inte arabiska på nivån bra, som arbetet kräver']],
    ['speaks another language', [{ languageId: LANGUAGE.SOMALI, levelId: MYCKET_BRA }], ['Talar inte arabiska på nivån bra, som arbetet kräver']],
    ['speaks none', [], ['Talar inte arabiska på nivån bra, som arbetet kräver']],
  ])('%s', (_name, languages, reasons) => {
    const result = rankCandidates(careHome, [candidate('c', { ...strong, languages })], graph, options);
    if (reasons.length === 0) expect(result.ranked.map((r) => r.id)).toEqual(['c']);
    else expect(result.nearMisses).toEqual([{ id: 'c', score: expect.any(Number), reasons }]);
  });

  it('counts only with a stated need: the same people rank identically whatever they speak when there is none', () => {
    const people = [candidate('a', { ...strong, languages: [{ languageId: LANGUAGE.ARABIC, levelId: MYCKET_BRA }] }), candidate('b', strong)];
    const result = rankCandidates(job, people, graph, options);
    expect(result.excludedCount).toBe(0);
    expect(result.ranked[0].score).toBe(result.ranked[1].score);
  });

  it('excludes everyone when no one speaks the language needed', () => {
    const nobody = opening('x', { ...job, languageNeeds: [{ languageId: LANGUAGE.ENGLISH, minLevelId: LITE }] });
    expect(rankCandidates(nobody, [candidate('a', strong), candidate('b', strong)], graph, options).excludedCount).toBe(2);
  });
});

describe('the requirements’ bitsets agree with each person’s own check', () => {
  const { people, openings } = randomWorld(101, 600, 30);
  it('for every opening, the excluded are exactly those whose openings view fails it', () => {
    for (const o of openings) {
      const excluded = new Set(
        rankCandidates(o, people, graph, { ...options, limit: 0 })
          .listExcluded()
          .map((e) => e.id),
      );
      const failing = people.filter((p) => rankOpenings(p, [o], graph, { ...options, limit: 1 }).excludedCount === 1).map((p) => p.id);
      expect([...excluded].sort()).toEqual(failing.sort());
    }
  });
});
