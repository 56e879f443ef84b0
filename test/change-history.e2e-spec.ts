import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, TestApp } from './support/test-app.js';

const HISTORY = `history { field before after user { name } }`;

/** One change history for the records people edit: who changed which field from what to what, read through the record. */
describe('change history of people, employers and openings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it("keeps a person's changed fields with who changed them, and nothing of an edit that failed", async () => {
    const [{ id: svedala }] = await t.db.query(`SELECT id FROM organisation WHERE name = 'Svedala kommun'`);
    const people = (await t.ok('secretary1', `{ candidates(limit: 20) { items { id version phone principalId } } }`)).candidates.items;
    const person = people.find((p: { principalId: string }) => p.principalId !== svedala);
    const UPDATE = `mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { version ${HISTORY} } }`;
    const { updateCandidate } = await t.ok('secretary1', UPDATE, { i: { id: person.id, version: person.version, phone: '070-111 22 33' } });
    expect(updateCandidate.history).toEqual(
      expect.arrayContaining([{ field: 'phone', before: person.phone ? [person.phone] : [], after: ['070-111 22 33'], user: { name: 'Lena Svensson' } }]),
    );
    const count = updateCandidate.history.length;
    // a stale version is refused, and the refused edit leaves no trace in the history
    expect(errorCode(await t.gql('recruiter1', UPDATE, { i: { id: person.id, version: person.version, phone: '070-999 99 99' } }))).toBe('CONFLICT');
    const read = await t.ok('recruiter1', `query($id: ID!) { candidate(id: $id) { ${HISTORY} } }`, { id: person.id });
    expect(read.candidate.history).toHaveLength(count);
    // Svedala's reviewer reads no Trelleborg person, so no Trelleborg person's history either
    expect(errorCode(await t.gql('reviewer.svedala', `query($id: ID!) { candidate(id: $id) { ${HISTORY} } }`, { id: person.id }))).toBe('NOT_FOUND');
  });

  it('reads a changed taxonomy concept, sector or experience by its Swedish name, and keeps the stored value beside it', async () => {
    const [person] = (await t.ok('secretary1', `{ candidates(limit: 1, offset: 7) { items { id version homeMunicipalityConceptId } } }`)).candidates.items;
    const vellinge = 'Tcog_5sH_b46';
    const occupation = (await t.ok('secretary1', `{ taxonomyConcepts(type: "occupation-name", search: "Lagerarbetare") { items { id label } } }`))
      .taxonomyConcepts.items[0];
    const { updateCandidate } = await t.ok(
      'secretary1',
      `mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { history { field before after beforeText afterText } } }`,
      { i: { id: person.id, version: person.version, homeMunicipalityConceptId: vellinge, experience: [{ occupationConceptId: occupation.id, years: 2 }] } },
    );
    const change = (field: string) => updateCandidate.history.find((h: { field: string }) => h.field === field);
    expect(change('homeMunicipalityConceptId')).toMatchObject({ after: [vellinge], afterText: ['Vellinge'] });
    expect(change('homeMunicipalityConceptId').beforeText[0]).not.toMatch(/_/);
    expect(change('experience').afterText).toEqual([`${occupation.label}, 2 år`]);
  });

  it('keeps who withdrew a consent, beside the consent that says when', async () => {
    const [person] = (await t.ok('secretary1', `{ candidates(limit: 1, offset: 3) { items { id } } }`)).candidates.items;
    const { giveConsent } = await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, {
      i: { candidateId: person.id, purpose: 'CONTACT_HEALTH_CARE', recipient: 'Vårdcentralen Söder' },
    });
    const { withdrawConsent } = await t.ok('secretary2', `mutation($id: ID!) { withdrawConsent(consentId: $id) { withdrawnAt ${HISTORY} } }`, {
      id: giveConsent.id,
    });
    expect(withdrawConsent.history).toEqual([{ field: 'withdrawnAt', before: [], after: [withdrawConsent.withdrawnAt], user: { name: 'Ali Rahimi' } }]);
  });

  it("keeps an employer's contact persons as lines, and an opening's status, with who changed them", async () => {
    const [employer] = (await t.ok('bd1', `{ employers(limit: 1) { items { id version } } }`)).employers.items;
    const { updateEmployer } = await t.ok('bd1', `mutation($i: UpdateEmployerInput!) { updateEmployer(input: $i) { ${HISTORY} } }`, {
      i: { id: employer.id, version: employer.version, contactPersons: [{ name: 'Lisa Ek', role: 'VD', phone: '0410-123 45' }] },
    });
    expect(updateEmployer.history).toEqual([
      expect.objectContaining({ field: 'contactPersons', after: ['Lisa Ek, VD, 0410-123 45'], user: { name: 'Anna Lindqvist' } }),
    ]);

    const [opening] = (await t.ok('recruiter1', `{ openings(limit: 1, status: OPEN) { items { id version nextStatuses } } }`)).openings.items;
    const next = opening.nextStatuses[0];
    const { setOpeningStatus } = await t.ok('recruiter1', `mutation($i: SetOpeningStatusInput!) { setOpeningStatus(input: $i) { ${HISTORY} } }`, {
      i: { id: opening.id, version: opening.version, status: next },
    });
    // newest first: the change just made, then the opening's own earlier history (the demo opened it through the service)
    expect(setOpeningStatus.history[0]).toEqual({ field: 'status', before: ['OPEN'], after: [next], user: { name: 'Johan Berg' } });
    expect(setOpeningStatus.history.slice(1).every((h: { before: string[] }) => !h.before.includes('OPEN'))).toBe(true);
  });
});
