import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, errorReason, TestApp } from './support/test-app.js';
import { isoDaysFromToday } from './support/factories.js';

const SVEDALA = 'n6r4_fjK_kRr';
const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
const RANK = `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 10, excludedLimit: 0) { ranked { candidate { id } } } }`;
const ADD = `mutation($i: AddToShortlistInput!) { addToShortlist(input: $i) { id openingId candidateId note addedAt presentedAt addedBy { username } } }`;
const REMOVE = `mutation($o: ID!, $c: ID!) { removeFromShortlist(openingId: $o, candidateId: $c) }`;
const PRESENT = `mutation($i: MarkPresentedInput!) { markPresented(input: $i) { candidateId presentedAt presentedBy { username } } }`;
const SHORTLIST = `query($o: ID!) { shortlist(openingId: $o) { candidateId note presentedAt addedBy { username } presentedBy { username } candidate { id firstName } } }`;
const CONSENTS = `query($id: ID!) { candidate(id: $id) { consents { id purpose withdrawnAt } } }`;

/** Recruiters save a shortlist per opening and mark the people presented to the employer (with consent). */
describe('shortlists', () => {
  let t: TestApp;
  let openingId: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const employer = (await t.ok('recruiter1', `query($m: ID!) { employers(municipalityConceptId: $m, limit: 1) { items { id } } }`, { m: SVEDALA })).employers.items[0];
    const occupation = (await t.ok('recruiter1', `{ taxonomyConcepts(type: "occupation-name", search: "Städare") { items { id } } }`)).taxonomyConcepts.items[0];
    const { createOpening } = await t.ok('recruiter1', `mutation($i: CreateOpeningInput!) { createOpening(input: $i) { id version } }`, {
      i: { employerId: employer.id, kind: 'INTERNSHIP', title: 'Praktik lokalvård', occupationConceptId: occupation.id, startOn: isoDaysFromToday(14), places: 2 },
    });
    openingId = createOpening.id;
    await t.ok('recruiter1', `mutation($i: SetOpeningStatusInput!) { setOpeningStatus(input: $i) { status } }`, { i: { id: openingId, version: createOpening.version, status: 'OPEN' } });
    const ranked = (await t.ok('recruiter1', RANK, { id: openingId })).rankCandidatesForOpening.ranked;
    expect(ranked.length).toBeGreaterThanOrEqual(2);
    [first, second] = ranked.map((r: { candidate: { id: string } }) => r.candidate.id);
  });
  afterAll(() => t?.close());

  it('shortlists the top two of the ranking, and shows them with who added them', async () => {
    const { addToShortlist } = await t.ok('recruiter1', ADD, { i: { openingId, candidateId: first, note: '  Stark på lokalvård.  ' } });
    expect(addToShortlist).toMatchObject({ openingId, candidateId: first, note: 'Stark på lokalvård.', presentedAt: null, addedBy: { username: 'recruiter1' } });
    await t.ok('recruiter1', ADD, { i: { openingId, candidateId: second } });
    const { shortlist } = await t.ok('recruiter2', SHORTLIST, { o: openingId });
    expect(shortlist.map((e: { candidate: { id: string } }) => e.candidate.id)).toEqual([first, second]);
    expect(shortlist[1]).toMatchObject({ note: null, presentedAt: null, presentedBy: null, addedBy: { username: 'recruiter1' } });
  });

  it('refuses the same person twice', async () => {
    const again = await t.gql('recruiter1', ADD, { i: { openingId, candidateId: first } });
    expect([errorCode(again), errorReason(again)]).toEqual(['CONFLICT', 'ALREADY_ON_SHORTLIST']);
    expect(errorFields(again)).toEqual(['input.candidateId']);
  });

  it('marks a person with consent presented, once', async () => {
    await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, { i: { candidateId: first, purpose: SHARE } });
    const { markPresented } = await t.ok('recruiter1', PRESENT, { i: { openingId, candidateId: first } });
    expect(markPresented).toMatchObject({ candidateId: first, presentedBy: { username: 'recruiter1' } });
    expect(markPresented.presentedAt).toBeTruthy();
    const again = (await t.ok('recruiter2', PRESENT, { i: { openingId, candidateId: first } })).markPresented;
    expect(again).toEqual(markPresented);
  });

  it('refuses to present a person whose consent is withdrawn, naming the consent', async () => {
    await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, { i: { candidateId: second, purpose: SHARE } });
    const consents = (await t.ok('secretary1', CONSENTS, { id: second })).candidate.consents as Array<{ id: string; purpose: string; withdrawnAt: string | null }>;
    const active = consents.filter((c) => c.purpose === SHARE && !c.withdrawnAt);
    expect(active.length).toBeGreaterThan(0);
    for (const c of active) {
      expect((await t.ok('secretary1', `mutation($id: ID!) { withdrawConsent(consentId: $id) { withdrawnAt } }`, { id: c.id })).withdrawConsent.withdrawnAt).toBeTruthy();
    }
    const res = await t.gql('recruiter1', PRESENT, { i: { openingId, candidateId: second } });
    expect([errorCode(res), errorReason(res)]).toEqual(['CONFLICT', 'NO_CONSENT']);
    expect(res.errors?.[0]?.message).toContain(SHARE);
    const { shortlist } = await t.ok('recruiter1', SHORTLIST, { o: openingId });
    expect(shortlist.find((e: { candidateId: string }) => e.candidateId === second).presentedAt).toBeNull();
  });

  it('keeps a presented person on the shortlist, and removes one not yet presented', async () => {
    const presented = await t.gql('recruiter1', REMOVE, { o: openingId, c: first });
    expect([errorCode(presented), errorReason(presented)]).toEqual(['CONFLICT', 'ALREADY_PRESENTED']);
    expect((await t.ok('recruiter1', REMOVE, { o: openingId, c: second })).removeFromShortlist).toBe(true);
    const { shortlist } = await t.ok('recruiter1', SHORTLIST, { o: openingId });
    expect(shortlist.map((e: { candidateId: string }) => e.candidateId)).toEqual([first]);
  });

  it('is not for business developers', async () => {
    expect(errorCode(await t.gql('bd1', SHORTLIST, { o: openingId }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('bd1', ADD, { i: { openingId, candidateId: second } }))).toBe('FORBIDDEN');
  });

  it('writes every person it shows to the access log', async () => {
    const log = (await t.ok('manager1', `{ accessLog(limit: 100) { items { operation candidateId } } }`)).accessLog.items;
    expect(log.filter((e: { operation: string }) => e.operation === 'shortlist').map((e: { candidateId: string }) => e.candidateId)).toEqual(expect.arrayContaining([first, second]));
  });
});
