import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { isoDaysFromToday } from './support/factories.js';

const SVEDALA = 'n6r4_fjK_kRr';
const ARABIC = '3iEY_RGP_qXq';
const SWEDISH = 'zSLA_vw2_FXN';
const BRA = 'qJUb_5Qz_ibL';
const OPENING = `id version kind maxCommuteMinutes commuteLimitMinutes languageNeeds { languageConceptId minLevelConceptId reason language { label } minLevel { label } }`;
const CREATE = `mutation($i: CreateOpeningInput!) { createOpening(input: $i) { ${OPENING} } }`;
const UPDATE = `mutation($i: UpdateOpeningInput!) { updateOpening(input: $i) { ${OPENING} } }`;
const RANK = `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 100, excludedLimit: 100) {
  ranked { factors { factor detail } candidate { id } }
  nearMisses { reasons candidate { id } }
  excluded { reasons candidate { id } } } }`;
const UPDATE_CANDIDATE = `mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id version travelMode maxCommuteMinutes } }`;

/** An opening's commute limit and language needs, a person's travel mode and limit: over HTTP, into the ranking. */
describe('commute limits and language needs', () => {
  let t: TestApp;
  let employerId: string;
  let occupationId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    employerId = (await t.ok('recruiter1', `query($m: ID!) { employers(municipalityConceptId: $m, limit: 1) { items { id } } }`, { m: SVEDALA })).employers
      .items[0].id;
    occupationId = (await t.ok('recruiter1', `{ taxonomyConcepts(type: "occupation-name", search: "Städare") { items { id } } }`)).taxonomyConcepts.items[0].id;
  });
  afterAll(() => t?.close());

  async function openOpening(patch: Record<string, unknown>): Promise<{ id: string; version: number }> {
    const input = {
      employerId,
      kind: 'JOB_UNSUBSIDISED',
      title: 'Städare',
      occupationConceptId: occupationId,
      startOn: isoDaysFromToday(14),
      places: 1,
      ...patch,
    };
    const { createOpening } = await t.ok('recruiter1', CREATE, { i: input });
    await t.ok('recruiter1', `mutation($i: SetOpeningStatusInput!) { setOpeningStatus(input: $i) { status } }`, {
      i: { id: createOpening.id, version: createOpening.version, status: 'OPEN' },
    });
    return createOpening;
  }

  it('applies the kind’s default commute limit until the opening states its own', async () => {
    const job = (
      await t.ok('recruiter1', CREATE, {
        i: { employerId, kind: 'JOB_UNSUBSIDISED', title: 'Städare', occupationConceptId: occupationId, startOn: isoDaysFromToday(14), places: 1 },
      })
    ).createOpening;
    expect(job).toMatchObject({ maxCommuteMinutes: null, commuteLimitMinutes: 60 });
    const internship = (
      await t.ok('recruiter1', CREATE, {
        i: { employerId, kind: 'INTERNSHIP', title: 'Praktik', occupationConceptId: occupationId, startOn: isoDaysFromToday(14), places: 1 },
      })
    ).createOpening;
    expect(internship).toMatchObject({ maxCommuteMinutes: null, commuteLimitMinutes: 45 });
    const own = (await t.ok('recruiter1', UPDATE, { i: { id: job.id, version: job.version, maxCommuteMinutes: 25 } })).updateOpening;
    expect(own).toMatchObject({ maxCommuteMinutes: 25, commuteLimitMinutes: 25 });
    const back = (await t.ok('recruiter1', UPDATE, { i: { id: own.id, version: own.version, maxCommuteMinutes: null } })).updateOpening;
    expect(back).toMatchObject({ maxCommuteMinutes: null, commuteLimitMinutes: 60 });
  });

  it('ranks no one beyond the limit: they are near misses or excluded with the estimated minutes', async () => {
    const opening = await openOpening({ maxCommuteMinutes: 20 });
    const ranking = (await t.ok('recruiter1', RANK, { id: opening.id })).rankCandidatesForOpening;
    expect(ranking.ranked.length).toBeGreaterThan(0);
    for (const entry of ranking.ranked) {
      const commute = entry.factors.find((f: { factor: string }) => f.factor === 'commute').detail;
      const minutes = /^cirka (\d+) min med (kollektivtrafik|bil|cykel) \(uppskattad\)$/.exec(commute);
      expect(minutes).not.toBeNull();
      expect(Number(minutes![1])).toBeLessThanOrEqual(20);
    }
    const reasons = [...ranking.nearMisses, ...ranking.excluded].flatMap((e: { reasons: string[] }) => e.reasons);
    expect(reasons.some((r: string) => /^För lång resväg \(ca \d+ min med \S+; tjänsten godtar högst 20 min\)$/.test(r))).toBe(true);
  });

  it('applies the person’s own limit and travel mode, recorded by the secretary', async () => {
    const opening = await openOpening({ maxCommuteMinutes: 90 });
    const before = (await t.ok('recruiter1', RANK, { id: opening.id })).rankCandidatesForOpening;
    const personId = before.ranked[0].candidate.id;
    const { candidate } = await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { version drivingLicenceConceptIds } }`, { id: personId });
    const updated = (
      await t.ok('secretary1', UPDATE_CANDIDATE, { i: { id: personId, version: candidate.version, maxCommuteMinutes: 10, travelMode: 'BICYCLE' } })
    ).updateCandidate;
    expect(updated).toMatchObject({ travelMode: 'BICYCLE', maxCommuteMinutes: 10 });
    const after = (await t.ok('recruiter1', RANK, { id: opening.id })).rankCandidatesForOpening;
    expect(after.ranked.map((r: { candidate: { id: string } }) => r.candidate.id)).not.toContain(personId);
    const entry = [...after.nearMisses, ...after.excluded].find((e: { candidate: { id: string } }) => e.candidate.id === personId);
    expect(entry.reasons).toContainEqual(expect.stringMatching(/^För lång resväg \(ca \d+ min med cykel; personen reser högst 10 min\)$/));
  });

  it('refuses travel by car without a B licence, and a limit out of range, naming the field and changing nothing', async () => {
    const { candidates } = await t.ok('secretary1', `{ candidates(limit: 100) { items { id version drivingLicenceConceptIds travelMode } } }`);
    const walker = candidates.items.find((c: { drivingLicenceConceptIds: string[] }) => c.drivingLicenceConceptIds.length === 0);
    const car = await t.gql('secretary1', UPDATE_CANDIDATE, { i: { id: walker.id, version: walker.version, travelMode: 'CAR' } });
    expect(errorCode(car)).toBe('BAD_USER_INPUT');
    expect(errorFields(car)).toEqual(['input.travelMode']);
    const far = await t.gql('secretary1', UPDATE_CANDIDATE, { i: { id: walker.id, version: walker.version, maxCommuteMinutes: 600 } });
    expect(errorCode(far)).toBe('BAD_USER_INPUT');
    expect(errorFields(far)).toEqual(['input.maxCommuteMinutes']);
    const { candidate } = await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { version travelMode } }`, { id: walker.id });
    expect(candidate).toEqual({ version: walker.version, travelMode: walker.travelMode });
  });

  it('counts a language only with a stated need and its reason', async () => {
    const plain = await openOpening({});
    const plainRanking = (await t.ok('recruiter1', RANK, { id: plain.id })).rankCandidatesForOpening;
    const all = [...plainRanking.nearMisses, ...plainRanking.excluded].flatMap((e: { reasons: string[] }) => e.reasons);
    expect(all.some((r: string) => /^Talar inte/.test(r))).toBe(false);

    const need = { languageConceptId: ARABIC, minLevelConceptId: BRA, reason: 'Flera boende talar bara arabiska' };
    const withNeed = await openOpening({ languageNeeds: [need] });
    const { opening } = await t.ok('recruiter1', `query($id: ID!) { opening(id: $id) { ${OPENING} } }`, { id: withNeed.id });
    expect(opening.languageNeeds).toEqual([{ ...need, language: { label: 'Arabiska' }, minLevel: { label: 'Bra' } }]);
    const ranking = (await t.ok('recruiter1', RANK, { id: withNeed.id })).rankCandidatesForOpening;
    const reasons = [...ranking.nearMisses, ...ranking.excluded].flatMap((e: { reasons: string[] }) => e.reasons);
    expect(reasons).toContain('Talar inte arabiska på nivån bra, som arbetet kräver');
  });

  it.each([
    ['Swedish as a language need', [{ languageConceptId: SWEDISH, minLevelConceptId: BRA, reason: 'Kundkontakt' }], 'input.languageNeeds'],
    ['a need without a reason', [{ languageConceptId: ARABIC, minLevelConceptId: BRA, reason: '  ' }], 'input.languageNeeds.0.reason'],
    ['a level that is no level', [{ languageConceptId: ARABIC, minLevelConceptId: ARABIC, reason: 'Kundkontakt' }], 'input.languageNeeds'],
    [
      'a language twice',
      [
        { languageConceptId: ARABIC, minLevelConceptId: BRA, reason: 'A' },
        { languageConceptId: ARABIC, minLevelConceptId: BRA, reason: 'B' },
      ],
      'input.languageNeeds',
    ],
  ])('refuses %s, naming the field', async (_name, languageNeeds, field) => {
    const body = await t.gql('recruiter1', CREATE, {
      i: { employerId, kind: 'JOB_UNSUBSIDISED', title: 'Städare', occupationConceptId: occupationId, startOn: isoDaysFromToday(14), places: 1, languageNeeds },
    });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual([field]);
  });
});
