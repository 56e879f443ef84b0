import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { isoDaysFromToday } from './support/factories.js';

const SVEDALA = 'n6r4_fjK_kRr';
const RANK = `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 5, excludedLimit: 0) {
  recordId ranked { score explanation candidate { id principalId } } nearMisses { reasons score candidate { id } } } }`;
const APPEARANCES = `query($id: ID!) { candidate(id: $id) { rankingAppearances { placement position score explanation decision decisionReason
  decidedBy { username } record { id engineVersion weights { factor weight } considered opening { id title } requestedBy { username } } } } }`;
const PASS_OVER = `mutation($i: PassOverInput!) { passOverRankedCandidate(input: $i) { decision decisionReason decidedBy { username } } }`;

/** EU AI Act, Annex III 4(a): every ranking shown is kept with what followed, and the person can read why they were in it. */
describe('kept rankings and the decisions on them', () => {
  let t: TestApp;
  let openingId: string;
  let ranking: {
    recordId: string;
    ranked: Array<{ score: number; explanation: string; candidate: { id: string; principalId: string } }>;
    nearMisses: Array<{ reasons: string[]; candidate: { id: string } }>;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    const employer = (await t.ok('recruiter1', `query($m: ID!) { employers(municipalityConceptId: $m, limit: 1) { items { id } } }`, { m: SVEDALA })).employers
      .items[0];
    const occupation = (await t.ok('recruiter1', `{ taxonomyConcepts(type: "occupation-name", search: "Städare") { items { id } } }`)).taxonomyConcepts
      .items[0];
    const { createOpening } = await t.ok('recruiter1', `mutation($i: CreateOpeningInput!) { createOpening(input: $i) { id version } }`, {
      i: {
        employerId: employer.id,
        kind: 'INTERNSHIP',
        title: 'Praktik lokalvård, rankningens spår',
        occupationConceptId: occupation.id,
        startOn: isoDaysFromToday(14),
        places: 2,
        maxCommuteMinutes: 30,
      },
    });
    openingId = createOpening.id;
    await t.ok('recruiter1', `mutation($i: SetOpeningStatusInput!) { setOpeningStatus(input: $i) { status } }`, {
      i: { id: openingId, version: createOpening.version, status: 'OPEN' },
    });
    ranking = (await t.ok('recruiter1', RANK, { id: openingId })).rankCandidatesForOpening;
  });
  afterAll(() => t?.close());

  it('keeps the ranking as shown: who asked, the engine and its weights, and each person with their explanation', async () => {
    expect(ranking.ranked.length).toBeGreaterThan(1);
    const [first] = ranking.ranked;
    const [entry] = (await t.ok('secretary1', APPEARANCES, { id: first.candidate.id })).candidate.rankingAppearances;
    expect(entry).toMatchObject({ placement: 'RANKED', position: 1, score: first.score, explanation: first.explanation, decision: null });
    expect(entry.record).toMatchObject({ id: ranking.recordId, opening: { id: openingId }, requestedBy: { username: 'recruiter1' } });
    expect(entry.record.engineVersion).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(entry.record.weights.reduce((a: number, w: { weight: number }) => a + w.weight, 0)).toBe(100);
  });

  it('keeps a near miss with the reasons shown', async () => {
    const near = ranking.nearMisses[0];
    if (!near) return; // the demo may leave no near miss for this opening
    const [entry] = (await t.ok('secretary1', APPEARANCES, { id: near.candidate.id })).candidate.rankingAppearances;
    expect(entry).toMatchObject({ placement: 'NEAR_MISS', position: null, explanation: near.reasons.join('; ') });
  });

  it('records the decisions that follow: shortlisted, then passed over with a reason', async () => {
    const [first, second] = ranking.ranked;
    await t.ok('recruiter1', `mutation($i: AddToShortlistInput!) { addToShortlist(input: $i) { id } }`, { i: { openingId, candidateId: first.candidate.id } });
    const [shortlisted] = (await t.ok('secretary1', APPEARANCES, { id: first.candidate.id })).candidate.rankingAppearances;
    expect(shortlisted).toMatchObject({ decision: 'SHORTLISTED', decidedBy: { username: 'recruiter1' } });

    const passed = (await t.ok('recruiter1', PASS_OVER, { i: { openingId, candidateId: second.candidate.id, reason: '  Har redan praktik på annat håll  ' } }))
      .passOverRankedCandidate;
    expect(passed).toEqual({ decision: 'PASSED_OVER', decisionReason: 'Har redan praktik på annat håll', decidedBy: { username: 'recruiter1' } });
  });

  it('refuses to pass over someone no kept ranking for the opening showed, naming the field', async () => {
    const { candidates } = await t.ok('secretary1', `{ candidates(limit: 50) { items { id } } }`);
    const shown = new Set([...ranking.ranked, ...ranking.nearMisses].map((r) => r.candidate.id));
    const other = candidates.items.find((c: { id: string }) => !shown.has(c.id));
    const body = await t.gql('recruiter1', PASS_OVER, { i: { openingId, candidateId: other.id } });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual(['input.candidateId']);
  });

  it('lets Svedala’s reviewer read why Svedala’s people were ranked, but decide nothing', async () => {
    const svedala = (await t.ok('reviewer.svedala', `{ organisations { id name } }`)).organisations.find((o: { name: string }) => /Svedala/.test(o.name));
    const own = ranking.ranked.find((r) => r.candidate.principalId === svedala.id);
    if (own) {
      const entries = (await t.ok('reviewer.svedala', APPEARANCES, { id: own.candidate.id })).candidate.rankingAppearances;
      expect(entries.length).toBeGreaterThan(0);
    }
    expect(errorCode(await t.gql('reviewer.svedala', PASS_OVER, { i: { openingId, candidateId: ranking.ranked[0].candidate.id } }))).toBe('FORBIDDEN');
  });
});
