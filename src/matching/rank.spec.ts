/** The ranking's hard requirements, near misses, reciprocity, ties, explanations and the person's view. */
import { describe, expect, it } from '@jest/globals';
import { LICENCE } from '../candidates/driving-licences.js';
import { prepareCandidates } from './candidate-pool.js';
import { commuteMinutes, MUNICIPALITY } from './commute.js';
import { candidate, graph, opening, options, scoreOf, T, TODAY, W } from './matching.fixtures.js';
import { rankCandidates, rankOpenings } from './rank.js';
import type { RankableCandidate, RankableOpening } from './ranking.types.js';

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

