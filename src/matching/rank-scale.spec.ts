/** The ranking at scale: top-k against a full sort and an independent reference scorer, and the bounded visiting. */
import { describe, expect, it } from '@jest/globals';
import { LICENCE } from '../candidates/driving-licences.js';
import { prepareCandidates } from './candidate-pool.js';
import { commuteMinutes, MUNICIPALITY } from './commute.js';
import { SKILLS_FULL_SHARE } from './factors/skills.factor.js';
import { candidate, graph, label, opening, prng, randomWorld, T, TODAY } from './matching.fixtures.js';
import { commuteValue, rankCandidates, WEIGHTS } from './rank.js';
import type { RankableCandidate, RankableOpening, SwedishLevelValue } from './ranking.types.js';
import { SWEDISH_LEVEL_ORDER } from './ranking.types.js';

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
