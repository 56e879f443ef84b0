import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorReason, TestApp } from './support/test-app.js';
import { isoDaysFromToday } from './support/factories.js';

const SVEDALA = 'n6r4_fjK_kRr';
const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
const CONSENTS = `query($id: ID!) { candidate(id: $id) { consents { id purpose withdrawnAt description legalBasis } } }`;
const SHORTLIST = `query($o: ID!) { shortlist(openingId: $o) { candidateId consentToShare } }`;

/** A consent says what is shared with whom and what the law rests on; withdrawing it flags the shortlist entry. */
describe('consent purposes', () => {
  let t: TestApp;
  let openingId: string;
  let person: string;

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
        title: 'Praktik lokalvård',
        occupationConceptId: occupation.id,
        startOn: isoDaysFromToday(14),
        places: 1,
      },
    });
    openingId = createOpening.id;
    await t.ok('recruiter1', `mutation($i: SetOpeningStatusInput!) { setOpeningStatus(input: $i) { status } }`, {
      i: { id: openingId, version: createOpening.version, status: 'OPEN' },
    });
    const rank = `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 1, excludedLimit: 0) { ranked { candidate { id } } } }`;
    person = (await t.ok('recruiter1', rank, { id: openingId })).rankCandidatesForOpening.ranked[0].candidate.id;
  });
  afterAll(() => t?.close());

  it('lists every purpose with its Swedish description and legal basis', async () => {
    const { consentPurposes } = await t.ok('secretary1', `{ consentPurposes { purpose description legalBasis } }`);
    expect(consentPurposes.map((p: { purpose: string }) => p.purpose)).toEqual([
      SHARE,
      'CONTACT_ARBETSFORMEDLINGEN',
      'CONTACT_HEALTH_CARE',
      'CONTACT_FORSAKRINGSKASSAN',
      'CONTACT_OTHER',
    ]);
    for (const p of consentPurposes) expect(p.legalBasis).toContain('26 kap. 1 §');
    expect(consentPurposes[2].legalBasis).toContain('art. 9.2 a');
    expect(consentPurposes[0].description).toContain('arbetsgivare');
  });

  it('gives each consent the rules of its purpose', async () => {
    const consents = (await t.ok('secretary1', CONSENTS, { id: person })).candidate.consents;
    const share = consents.find((c: { purpose: string }) => c.purpose === SHARE);
    expect(share.legalBasis).toContain('12 kap. 2 §');
    expect(share.description).toContain('arbetsgivare');
  });

  it('flags the entry once the consent is withdrawn, and refuses to present the person', async () => {
    await t.ok('recruiter1', `mutation($i: AddToShortlistInput!) { addToShortlist(input: $i) { consentToShare } }`, { i: { openingId, candidateId: person } });
    expect((await t.ok('recruiter1', SHORTLIST, { o: openingId })).shortlist).toEqual([{ candidateId: person, consentToShare: true }]);
    const consents = (await t.ok('secretary1', CONSENTS, { id: person })).candidate.consents as Array<{
      id: string;
      purpose: string;
      withdrawnAt: string | null;
    }>;
    for (const c of consents.filter((c) => c.purpose === SHARE && !c.withdrawnAt)) {
      await t.ok('secretary1', `mutation($id: ID!) { withdrawConsent(consentId: $id) { id } }`, { id: c.id });
    }
    expect((await t.ok('recruiter1', SHORTLIST, { o: openingId })).shortlist).toEqual([{ candidateId: person, consentToShare: false }]);
    const present = await t.gql('recruiter1', `mutation($i: MarkPresentedInput!) { markPresented(input: $i) { presentedAt } }`, {
      i: { openingId, candidateId: person },
    });
    expect([errorCode(present), errorReason(present)]).toEqual(['CONFLICT', 'NO_CONSENT']);
  });
});
