import { describe, expect, it } from '@jest/globals';
import { LICENCE } from '../candidates/driving-licences.js';
import { prepareCandidates } from './candidate-pool.js';
import { commuteMinutes, MUNICIPALITY } from './commute.js';
import { SKILLS_FULL_SHARE } from './factors/skills.factor.js';
import { candidate, graph, label, opening, prng, randomWorld, T, TODAY } from './matching.fixtures.js';
import { commuteValue, rankCandidates, rankOpenings, WEIGHTS } from './rank.js';
import type { RankableCandidate, RankableOpening, RankOptions, SwedishLevelValue } from './ranking.types.js';
import { SWEDISH_LEVEL_ORDER } from './ranking.types.js';

const options: RankOptions = { limit: 10, explainTop: 10, today: TODAY, label };
/** Each factor's points (WEIGHTS), by name. */
const W = Object.fromEntries(WEIGHTS.map((w) => [w.name, w.weight])) as Record<string, number>;
const points = (factorName: string, value: number) => Math.round(W[factorName] * value * 100) / 100;
/** The skills factor's points for a covered share of the opening's skill weight (full from SKILLS_FULL_SHARE). */
const skillPoints = (share: number) => W.skills * Math.min(1, share / SKILLS_FULL_SHARE);

function scoreOf(result: ReturnType<typeof rankCandidates>, id: string): number {
  const found = result.ranked.find((r) => r.id === id);
  if (!found) throw new Error(`${id} not ranked`);
  return found.score;
}

function factor(result: ReturnType<typeof rankCandidates>, id: string, name: string): number {
  return result.ranked.find((r) => r.id === id)!.factors.find((f) => f.factor === name)!.contribution;
}

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

describe('hard requirements', () => {
  const job = opening('job', {
    requiredLicenceIds: [LICENCE.B, LICENCE.C],
    minSwedishLevel: 'SFI_C',
    startOn: '2026-04-01',
    physicallyDemanding: true,
    nightWork: true,
  });
  const ok = { licenceIds: [LICENCE.B, LICENCE.C, LICENCE.C1, LICENCE.AM] };
  const cases: Array<[string, Partial<RankableCandidate>, string[]]> = [
    ['meets everything', ok, []],
    ['missing licence C', { licenceIds: [LICENCE.B, LICENCE.AM] }, ['Saknar körkortsbehörighet C, som krävs']],
    ['no licence at all: one reason per class', { licenceIds: [] }, ['Saknar körkortsbehörighet B, som krävs', 'Saknar körkortsbehörighet C, som krävs']],
    ['starts after the start date', { ...ok, earliestStartOn: '2026-04-02' }, ['Kan börja tidigast 2026-04-02; tjänsten börjar 2026-04-01']],
    ['starts on the start date', { ...ok, earliestStartOn: '2026-04-01' }, []],
    ['Swedish below the minimum', { ...ok, swedishLevel: 'SFI_B' }, ['Svenska: SFI B, men SFI C krävs']],
    ['Swedish exactly the minimum', { ...ok, swedishLevel: 'SFI_C' }, []],
    ['no consent', { ...ok, sharesProfileWithEmployers: false }, ['Har inte samtyckt till att profilen delas med arbetsgivare']],
    [
      'no heavy lifting vs physically demanding',
      { ...ok, workLimitations: ['NO_HEAVY_LIFTING'] },
      ['Arbetet innebär tunga lyft, vilket krockar med en arbetsbegränsning'],
    ],
    ['no night work vs night work', { ...ok, workLimitations: ['NO_NIGHT_WORK'] }, ['Arbetet innebär nattarbete, vilket krockar med en arbetsbegränsning']],
    ['an unrelated limitation', { ...ok, workLimitations: ['NO_PROLONGED_STANDING', 'REDUCED_HOURS'] }, []],
  ];
  it.each(cases)('%s', (_name, overrides, reasons) => {
    const result = rankCandidates(job, [candidate('c', overrides)], graph, options);
    if (reasons.length === 0) {
      expect(result.listExcluded()).toEqual([]);
      expect(result.ranked.map((r) => r.id)).toEqual(['c']);
    } else {
      expect(result.ranked).toEqual([]);
      expect(result.listExcluded()).toEqual([{ id: 'c', reasons }]);
    }
  });

  it('a limitation only conflicts when the opening has that trait', () => {
    const light = opening('light');
    const result = rankCandidates(light, [candidate('c', { workLimitations: ['NO_HEAVY_LIFTING', 'NO_NIGHT_WORK'] })], graph, options);
    expect(result.listExcluded()).toEqual([]);
  });

  it('an opening without start date starts today', () => {
    const now = opening('now');
    const result = rankCandidates(now, [candidate('later', { earliestStartOn: '2026-03-03' }), candidate('today', { earliestStartOn: TODAY })], graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(['today']);
    expect(result.listExcluded()).toEqual([{ id: 'later', reasons: ['Kan börja tidigast 2026-03-03; tjänsten ska tillsättas nu'] }]);
  });

  it('a licence id outside the known classes is named by its label', () => {
    const result = rankCandidates(opening('o', { requiredLicenceIds: ['x-special'] }), [candidate('c')], graph, {
      ...options,
      label: (id) => (id === 'x-special' ? 'särskilt tillstånd' : undefined),
    });
    expect(result.listExcluded()[0].reasons).toEqual(['Saknar körkortsbehörighet särskilt tillstånd, som krävs']);
  });
});

describe('near misses', () => {
  const job = opening('job', {
    requiredSkills: [{ skillId: T.RARE, weight: 1 }],
    requiredLicenceIds: [LICENCE.B],
    minSwedishLevel: 'SFI_C',
  });
  const strong = { experience: [{ occupationId: T.USK, years: 5 }], skillIds: [T.RARE], wantedOccupationIds: [T.USK] };
  const candidates = [
    candidate('eligible', { licenceIds: [LICENCE.B] }),
    candidate('no-licence-strong', { ...strong, wantedSectorIds: ['sector-care'] }),
    candidate('no-licence-weak', {}),
    candidate('two-problems', { ...strong, swedishLevel: 'SFI_A' }),
    candidate('no-consent', { ...strong, licenceIds: [LICENCE.B], sharesProfileWithEmployers: false }),
    candidate('swedish-one-step-short', { ...strong, licenceIds: [LICENCE.B], swedishLevel: 'SFI_B' }),
  ];

  it('are the candidates excluded by exactly one requirement, best first, with their reason', () => {
    const result = rankCandidates(job, candidates, graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(['eligible']);
    expect(result.listExcluded().map((e) => e.id)).toEqual(candidates.slice(1).map((c) => c.id));
    expect(result.nearMisses.map((n) => n.id)).toEqual(['no-licence-strong', 'no-consent', 'swedish-one-step-short', 'no-licence-weak']);
    expect(result.nearMisses[0].reasons).toEqual(['Saknar körkortsbehörighet B, som krävs']);
    expect(result.nearMisses[0].score).toBeGreaterThan(result.nearMisses[2].score);
    // a step short of the Swedish need costs a third of the Swedish factor's 6 points
    expect(result.nearMisses[1].score - result.nearMisses[2].score).toBeCloseTo(2, 1);
    expect(result.listExcluded().find((e) => e.id === 'two-problems')!.reasons).toHaveLength(2);
  });

  it('honour nearMissLimit', () => {
    const result = rankCandidates(job, candidates, graph, { ...options, nearMissLimit: 2 });
    expect(result.nearMisses.map((n) => n.id)).toEqual(['no-licence-strong', 'no-consent']);
  });
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

describe('reciprocity', () => {
  const internship = opening('praktik', {
    kind: 'INTERNSHIP',
    occupationId: T.LAGERARBETARE,
    sectorId: 'sector-logistics',
    requiredSkills: [{ skillId: T.TRUCK, weight: 2 }],
    worktimeId: T.HELTID,
  });
  const brings = candidate('brings-everything-wants-nothing', {
    experience: [{ occupationId: T.LAGERARBETARE, years: 6 }],
    skillIds: [T.TRUCK],
    wantedOccupationIds: [T.USK],
    wantedSectorIds: ['sector-care'],
    wantsInternship: false,
    wantedWorktimeIds: [T.DELTID],
  });
  const wants = candidate('wants-exactly-this-brings-nothing', {
    experience: [{ occupationId: T.USK, years: 6 }],
    skillIds: [T.RARE],
    wantedOccupationIds: [T.LAGERARBETARE],
    wantedSectorIds: ['sector-logistics'],
    wantsInternship: true,
    wantedWorktimeIds: [T.HELTID],
    homeMunicipalityId: MUNICIPALITY.Trelleborg,
  });

  it('what the person wants counts as much as what the employer needs', () => {
    const result = rankCandidates(internship, [brings, wants], graph, options);
    const side = (id: string, s: string) =>
      result.ranked
        .find((r) => r.id === id)!
        .factors.filter((f) => f.side === s)
        .reduce((a, f) => a + f.contribution, 0);
    // both live where the work is (commute, person side: 6) and meet the Swedish need (none; employer side: 6);
    // beyond that each gets everything on one side and nothing on the other
    expect(side(brings.id, 'employer')).toBeCloseTo(50, 1);
    expect(side(brings.id, 'person')).toBeCloseTo(6, 1);
    expect(side(wants.id, 'person')).toBeCloseTo(50, 1);
    expect(side(wants.id, 'employer')).toBeCloseTo(6, 1);
    expect(scoreOf(result, brings.id)).toBe(56);
    expect(scoreOf(result, wants.id)).toBe(56);
  });

  it('a wish alone lifts a candidate above an identical one without it', () => {
    const a = candidate('a', { skillIds: [T.TRUCK] });
    const b = candidate('b', { skillIds: [T.TRUCK], wantedSectorIds: ['sector-logistics'] });
    const result = rankCandidates(internship, [a, b], graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(['b', 'a']);
    expect(scoreOf(result, 'b') - scoreOf(result, 'a')).toBeCloseTo(W.sector, 1);
  });
});

describe('tie-breaking', () => {
  const twins = Array.from({ length: 40 }, (_, i) => candidate(`twin-${String(i).padStart(2, '0')}`, { skillIds: [T.RARE] }));
  const o1 = opening('opening-1', { requiredSkills: [{ skillId: T.RARE, weight: 1 }] });
  const o2 = opening('opening-2', { requiredSkills: [{ skillId: T.RARE, weight: 1 }] });
  const opts = { ...options, limit: 40, explainTop: 0 };
  const order = (o: RankableOpening, cs: RankableCandidate[]) => rankCandidates(o, cs, graph, opts).ranked.map((r) => r.id);

  it('same input, same order, whatever the input order', () => {
    const first = order(o1, twins);
    expect(order(o1, twins)).toEqual(first);
    expect(order(o1, [...twins].reverse())).toEqual(first);
    expect(order(o1, prepareCandidates(twins) as never)).toEqual(first);
  });

  it('does not follow input order or ids, and another opening reshuffles ties', () => {
    const first = order(o1, twins);
    const second = order(o2, twins);
    expect(first).not.toEqual(twins.map((c) => c.id));
    expect(first).not.toEqual([...first].sort());
    expect(second).not.toEqual(first);
    expect([...second].sort()).toEqual([...first].sort());
  });

  it('a truncated ranking is a prefix of the full one', () => {
    const full = order(o1, twins);
    expect(rankCandidates(o1, twins, graph, { ...opts, limit: 7 }).ranked.map((r) => r.id)).toEqual(full.slice(0, 7));
  });

  it('a higher score always beats the tie-break', () => {
    const better = candidate('zz-better', { skillIds: [T.RARE], wantedSectorIds: ['sector-care'] });
    expect(order(o1, [...twins, better])[0]).toBe('zz-better');
    expect(order(o2, [better, ...twins])[0]).toBe('zz-better');
  });
});

describe('explanations', () => {
  const job = opening('job', {
    occupationId: T.LAGERARBETARE,
    sectorId: 'sector-logistics',
    requiredSkills: [
      { skillId: T.COMMON, weight: 1 },
      { skillId: T.TRUCK, weight: 1 },
    ],
    minSwedishLevel: 'SFI_A',
    municipalityId: MUNICIPALITY.Trelleborg,
    worktimeId: T.HELTID,
  });
  const c = candidate('c', {
    experience: [{ occupationId: T.TRUCKFORARE, years: 3 }],
    skillIds: [T.COMMON],
    wantedOccupationIds: [T.LAGERARBETARE],
    wantedSectorIds: ['sector-logistics'],
    swedishLevel: 'SFI_B',
    homeMunicipalityId: MUNICIPALITY.Svedala,
    wantedWorktimeIds: [T.HELTID],
  });

  it('is a Swedish sentence a recruiter can say, with labels', () => {
    const result = rankCandidates(job, [c], graph, options);
    expect(result.ranked[0].explanation).toBe(
      '1 av 2 nyckelkompetenser: noggrannhet; saknas: truckkort; 3 år som truckförare (samma yrkesgrupp); ' +
        'svenska SFI B (SFI A krävs) ✓; vill arbeta som lagerarbetare ✓; vald bransch Logistik ✓; heltid ✓; ' +
        `cirka ${commuteMinutes(MUNICIPALITY.Svedala, MUNICIPALITY.Trelleborg)} min med kollektivtrafik (uppskattad)`,
    );
    expect(result.ranked[0].factors.find((f) => f.factor === 'commute')!.detail).toBe(
      `cirka ${commuteMinutes(MUNICIPALITY.Svedala, MUNICIPALITY.Trelleborg)} min med kollektivtrafik (uppskattad)`,
    );
  });

  it('falls back to ids without labels', () => {
    const result = rankCandidates(job, [c], graph, { ...options, label: undefined });
    expect(result.ranked[0].explanation).toContain('saknas: s-truckkort');
  });

  it('is only given for the top explainTop', () => {
    const cs = [c, candidate('d'), candidate('e')];
    const result = rankCandidates(job, cs, graph, { ...options, explainTop: 1 });
    expect(result.ranked.map((r) => r.explanation !== '')).toEqual([true, false, false]);
    expect(result.ranked[1].factors.every((f) => f.detail === '')).toBe(true);
    expect(result.ranked[1].factors.some((f) => f.contribution > 0)).toBe(true);
  });
});

describe('rankOpenings', () => {
  const person = candidate('person', {
    experience: [{ occupationId: T.USK, years: 4 }],
    skillIds: [T.RARE, T.MID],
    wantedOccupationIds: [T.USK],
    wantedSectorIds: ['sector-care'],
    licenceIds: [LICENCE.B, LICENCE.AM],
  });
  const openings = [
    opening('warehouse', { occupationId: T.LAGERARBETARE, sectorId: 'sector-logistics' }),
    opening('usk', { requiredSkills: [{ skillId: T.RARE, weight: 1 }] }),
    opening('vardbitrade', { occupationId: T.VARDBITRADE }),
    opening('truck', { occupationId: T.TRUCKFORARE, requiredLicenceIds: [LICENCE.C] }),
    opening('night', { nightWork: true, minSwedishLevel: 'NATIVE_OR_FLUENT' }),
  ];

  it('ranks the openings for one person with the same scores as rankCandidates', () => {
    const result = rankOpenings(person, openings, graph, options);
    expect(result.ranked.map((r) => r.id)).toEqual(['usk', 'vardbitrade', 'warehouse']);
    expect(result.listExcluded()).toEqual([
      { id: 'truck', reasons: ['Saknar körkortsbehörighet C, som krävs'] },
      { id: 'night', reasons: ['Svenska: SFI D, men flytande svenska krävs'] },
    ]);
    expect(result.nearMisses.map((n) => n.id)).toEqual(['night', 'truck']);
    for (const r of result.ranked) {
      const o = openings.find((x) => x.id === r.id)!;
      expect(rankCandidates(o, [person], graph, options).ranked[0]).toEqual({ ...r, id: 'person' });
    }
  });
});

describe('scale', () => {
  /** A straightforward reference scorer, written independently of the typed-array engine. */
  function reference(o: RankableOpening, c: RankableCandidate): { score: number; fails: number } {
    const rank = (l: SwedishLevelValue) => SWEDISH_LEVEL_ORDER.indexOf(l);
    const licences = new Set(c.licenceIds);
    const fails =
      o.requiredLicenceIds.filter((l) => !licences.has(l)).length +
      (c.earliestStartOn !== null && c.earliestStartOn > (o.startOn ?? TODAY) ? 1 : 0) +
      (o.minSwedishLevel !== null && rank(c.swedishLevel) < rank(o.minSwedishLevel) ? 1 : 0) +
      (c.sharesProfileWithEmployers ? 0 : 1) +
      (o.physicallyDemanding && c.workLimitations.includes('NO_HEAVY_LIFTING') ? 1 : 0) +
      (o.nightWork && c.workLimitations.includes('NO_NIGHT_WORK') ? 1 : 0);
    const skills = new Set(c.skillIds);
    let total = 0;
    let got = 0;
    const seen = new Set<string>();
    for (const [list, mult] of [
      [o.requiredSkills, 2],
      [o.preferredSkills, 1],
    ] as const) {
      for (const s of list) {
        if (seen.has(s.skillId)) continue;
        seen.add(s.skillId);
        const w = graph.skillIdf(s.skillId) * s.weight * mult;
        total += w;
        if (skills.has(s.skillId)) got += w;
      }
    }
    const prox = (id: string) => graph.occupationProximity(o.occupationId, id).value;
    const expBest = Math.max(0, ...c.experience.map((e) => prox(e.occupationId)));
    const years = Math.min(1, c.experience.reduce((a, e) => a + e.years * prox(e.occupationId), 0) / 5);
    const need = o.minSwedishLevel === null ? -1 : rank(o.minSwedishLevel);
    const swedish = rank(c.swedishLevel) >= need ? 1 : Math.max(0, 1 - (need - rank(c.swedishLevel)) / 3);
    const wanted = Math.max(0, ...c.wantedOccupationIds.map(prox));
    const sector = o.sectorId === null ? 0.5 : c.wantedSectorIds.includes(o.sectorId) ? 1 : 0;
    const kind = o.kind === 'INTERNSHIP' || o.kind === 'SFI_WORKPLACE_LEARNING' ? (c.wantsInternship ? 1 : 0) : 1;
    const hours = o.worktimeId === null || c.wantedWorktimeIds.length === 0 || c.wantedWorktimeIds.includes(o.worktimeId) ? 1 : 0;
    const values = [total > 0 ? Math.min(1, got / total / SKILLS_FULL_SHARE) : 0.5, expBest, years, swedish, wanted, sector, kind, hours];
    const score = values.reduce((a, v, k) => a + v * WEIGHTS[k].weight, 0);
    return { score, fails };
  }

  const occupations = [T.USK, T.USK_HEMTJ, T.VARDBITRADE, T.PERSONLIG_ASSISTENT, T.BOENDESTODJARE, T.LASTBILSFORARE, T.LAGERARBETARE, T.TRUCKFORARE];
  const skills = [T.COMMON, T.MID, T.RARE, T.TRUCK, ...Array.from({ length: 200 }, (_, i) => `s-gen-${i}`)];
  const municipalities = Object.values(MUNICIPALITY);
  const random = prng(20260302);
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(random() * xs.length)];
  const many: RankableCandidate[] = Array.from({ length: 20_000 }, (_, i) =>
    candidate(`gen-${i}`, {
      experience: Array.from({ length: Math.floor(random() * 3) }, () => ({ occupationId: pick(occupations), years: Math.floor(random() * 8) })),
      skillIds: Array.from({ length: 10 + Math.floor(random() * 40) }, () => pick(skills)),
      wantedOccupationIds: Array.from({ length: Math.floor(random() * 3) }, () => pick(occupations)),
      wantedSectorIds: random() < 0.8 ? [pick(['sector-care', 'sector-logistics'])] : [],
      wantsInternship: random() < 0.5,
      wantedWorktimeIds: random() < 0.5 ? [pick([T.HELTID, T.DELTID])] : [],
      swedishLevel: pick(SWEDISH_LEVEL_ORDER),
      licenceIds: random() < 0.6 ? [LICENCE.B, LICENCE.AM] : [],
      homeMunicipalityId: pick(municipalities),
      earliestStartOn: random() < 0.2 ? '2026-06-01' : null,
      workLimitations: random() < 0.1 ? [pick(['NO_HEAVY_LIFTING', 'NO_NIGHT_WORK'] as const)] : [],
      sharesProfileWithEmployers: random() < 0.9,
    }),
  );
  const job = opening('big', {
    kind: 'INTERNSHIP',
    requiredSkills: [
      { skillId: T.RARE, weight: 2 },
      { skillId: 's-gen-7', weight: 1 },
    ],
    preferredSkills: [
      { skillId: T.MID, weight: 1 },
      { skillId: 's-gen-99', weight: 3 },
    ],
    minSwedishLevel: 'SFI_B',
    requiredLicenceIds: [LICENCE.B],
    startOn: '2026-04-01',
    physicallyDemanding: true,
    worktimeId: T.HELTID,
  });

  it('ranks 20,000 candidates correctly (top-k equals a full sort, scores match a reference scorer)', () => {
    const pool = prepareCandidates(many);
    const result = rankCandidates(job, pool, graph, { limit: 50, explainTop: 5, today: TODAY, label });
    const expected = many.map((c) => ({ c, ...reference(job, c) }));
    const eligible = expected.filter((e) => e.fails === 0);
    expect(result.listExcluded()).toHaveLength(many.length - eligible.length);
    expect(result.ranked).toHaveLength(50);
    expect(result.nearMisses).toHaveLength(50);
    for (const n of result.nearMisses) expect(n.reasons).toHaveLength(1);
    // every ranked score matches the reference plus the engine's commute points
    const byId = new Map(expected.map((e) => [e.c.id, e]));
    for (const r of result.ranked) {
      const e = byId.get(r.id)!;
      const commute = 6 * commuteValue(commuteMinutes(e.c.homeMunicipalityId, job.municipalityId));
      expect(Math.abs(r.score - (e.score + commute))).toBeLessThanOrEqual(0.05 + 1e-9);
      // the hot loop and the per-result factor breakdown agree
      expect(Math.abs(r.factors.reduce((a, f) => a + f.contribution, 0) - r.score)).toBeLessThanOrEqual(0.1);
    }
    for (const m of result.nearMisses) {
      const e = byId.get(m.id)!;
      expect(e.fails).toBe(1);
      const commute = 6 * commuteValue(commuteMinutes(e.c.homeMunicipalityId, job.municipalityId));
      expect(Math.abs(m.score - (e.score + commute))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // scores are non-increasing and nobody eligible outside the top scores more than the last one in it
    const scores = result.ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const full = rankCandidates(job, pool, graph, { limit: many.length, explainTop: 0, today: TODAY });
    expect(full.ranked).toHaveLength(eligible.length);
    expect(full.ranked.slice(0, 50).map((r) => r.id)).toEqual(result.ranked.map((r) => r.id));
    // same pool, second run: identical (scratch buffers are reset)
    const materialised = (r: ReturnType<typeof rankCandidates>) => ({ ...r, listExcluded: r.listExcluded() });
    expect(materialised(rankCandidates(job, pool, graph, { limit: 50, explainTop: 5, today: TODAY, label }))).toEqual(materialised(result));
    // an array gives the same result as a pool
    expect(materialised(rankCandidates(job, many, graph, { limit: 50, explainTop: 5, today: TODAY, label }))).toEqual(materialised(result));
  });
});

describe('bounded visiting (only candidates that can reach a heap are scored)', () => {
  const { people, openings, random, pick, skills } = randomWorld(77, 3000, 40);
  const pool = prepareCandidates(people);
  const weighted = (n: number) => Array.from({ length: n }, () => ({ skillId: pick(skills), weight: 1 + Math.floor(random() * 3) }));
  // skill weights that are not all positive are scored without bounds
  openings.push(opening('zero-weight', { requiredSkills: [{ skillId: T.RARE, weight: 0 }], preferredSkills: weighted(2) }));
  openings.push(
    opening('negative-weight', {
      requiredSkills: [
        { skillId: T.MID, weight: -2 },
        { skillId: T.RARE, weight: 1 },
      ],
    }),
  );

  /** Everyone scored: heaps as large as the pool never fill, so nothing is ever skipped. */
  const everyone = (o: RankableOpening, explainTop: number) =>
    rankCandidates(o, pool, graph, { limit: people.length, nearMissLimit: people.length, explainTop, today: TODAY, label });

  it.each(openings.map((o) => [o.id, o] as const))('%s: the top, near misses and excluded equal scoring everyone', (_, o) => {
    const all = everyone(o, 5);
    for (const [limit, nearMissLimit] of [
      [5, 5],
      [1, 30],
      [30, 0],
      [0, 3],
    ]) {
      const result = rankCandidates(o, pool, graph, { limit, nearMissLimit, explainTop: 5, today: TODAY, label });
      expect(result.ranked).toEqual(all.ranked.slice(0, limit));
      expect(result.nearMisses).toEqual(all.nearMisses.slice(0, nearMissLimit));
      expect(result.excludedCount).toBe(all.excludedCount);
      expect(result.listExcluded()).toEqual(all.listExcluded());
    }
  });

  it('lists the excluded lazily: a page, in input order, still right after other rankings on the pool', () => {
    const first = rankCandidates(openings[1], pool, graph, { limit: 10, explainTop: 0, today: TODAY });
    const full = first.listExcluded();
    expect(full).toHaveLength(first.excludedCount);
    expect(first.excludedCount).toBeGreaterThan(100);
    for (const o of openings.slice(2, 6)) rankCandidates(o, pool, graph, { limit: 10, explainTop: 0, today: TODAY });
    expect(first.listExcluded(25)).toEqual(full.slice(0, 25));
    expect(first.listExcluded(0)).toEqual([]);
    expect(first.listExcluded(-1)).toEqual([]);
    expect(first.listExcluded()).toEqual(full);
    const indexOf = new Map(people.map((p, i) => [p.id, i]));
    const positions = full.map((e) => indexOf.get(e.id)!);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves the pool scratch clean (coverage zero) after each ranking', () => {
    for (const o of openings.slice(0, 5)) rankCandidates(o, pool, graph, { limit: 10, explainTop: 0, today: TODAY });
    expect(pool.scratchCoverage.every((v) => v === 0)).toBe(true);
    expect(pool.scratchCovered.every((v) => v === 0)).toBe(true);
  });
});
