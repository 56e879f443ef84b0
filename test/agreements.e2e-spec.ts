import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, Clock } from '../src/platform/context/clock.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, newIdentityNumber } from './support/factories.js';

const SVEDALA = 'n6r4_fjK_kRr';
const TRELLEBORG = 'STvk_dra_M1X';
const AGREEMENTS = `{ agreements { id name validFrom validTo roles inForce history { field before after user { name } } } }`;
const CREATE = `mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id validFrom validTo roles inForce } }`;
const AMEND = `mutation($i: AmendAgreementInput!) { amendAgreement(input: $i) { id name roles validTo history { field before after user { name } } } }`;
const END = `mutation($id: ID!, $d: String!) { endAgreement(id: $id, lastDay: $d) { id validTo inForce } }`;
const ENROL = `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { candidate { id } enrolment { id } } }`;
const PERSON = `query($id: ID!) { candidate(id: $id) { id firstName } }`;
const PEOPLE = `query($name: String) { candidates(name: $name, limit: 1) { totalCount } }`;

/**
 * The agreement's life cycle: administrators of either party make, amend and end it; access follows by the clock; nothing
 * is deleted; every change is kept with who and when; and the provider never dates a principal's record before it began.
 */
describe('agreements: made, amended and ended, with access following by the clock', () => {
  let t: TestApp;
  let ids: Ids;
  let clock: Clock;
  let today: string;
  let agreementId: string;
  let svedalaPerson: string;

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    clock = t.app.get(Clock);
    today = clock.today();
    agreementId = (await t.ok('admin', AGREEMENTS)).agreements[0].id;
    svedalaPerson = (await t.ok('secretary1', ENROL, { i: { ...person(SVEDALA, addDays(today, -3)), lastName: 'Svedalasson' } })).enrolCandidate.candidate.id;
  });
  afterEach(() => clock.setNow(new Date()));
  afterAll(() => t?.close());

  const person = (municipality: string, firstContactOn: string) => ({
    identityNumber: newIdentityNumber(),
    firstName: 'Samira',
    lastName: 'Nour',
    homeMunicipalityConceptId: municipality,
    principalId: ids.organisation(municipality === SVEDALA ? 'Svedala kommun' : 'Trelleborgs kommun'),
    firstContactOn,
  });
  const at = (day: string) => clock.setNow(new Date(`${day}T10:00:00+01:00`));

  it("refuses a provider's write dated before the agreement began; the principal's own history is theirs", async () => {
    const refused = await t.gql('secretary1', ENROL, { i: person(SVEDALA, '2019-05-02') });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(errorFields(refused)).toEqual(['input.firstContactOn']);
    expect(refused.errors?.[0].message).not.toMatch(/\d{8}-\d{4}/);
    // the same date is fine for Trelleborg's own residents: their history is Trelleborg's
    await t.ok('secretary1', ENROL, { i: person(TRELLEBORG, '2019-05-02') });
    // nor does a business developer log a contact with a Svedala employer dated before it
    const { employers } = await t.ok('bd1', `{ employers(limit: 50) { items { id principalId } } }`);
    const svedalaEmployer = employers.items.find((e: { principalId: string }) => e.principalId === ids.organisation('Svedala kommun'));
    const contact = await t.gql('bd1', `mutation($i: LogEmployerContactInput!) { logEmployerContact(input: $i) { id } }`, {
      i: { employerId: svedalaEmployer.id, occurredAt: '2020-06-01T10:00:00Z', kind: 'PHONE', summary: 'Samtal om praktik' },
    });
    expect(errorFields(contact)).toEqual(['input.occurredAt']);
  });

  it("Svedala's administrator ends the agreement; from the day after its last day Trelleborg's staff reach no Svedala person, and nothing is deleted", async () => {
    const lastDay = addDays(today, 7);
    const svedalaCount = (await t.ok('reviewer.svedala', PEOPLE)).candidates.totalCount;
    expect((await t.ok('admin.svedala', END, { id: agreementId, d: lastDay })).endAgreement).toEqual({ id: agreementId, validTo: lastDay, inForce: true });

    at(lastDay);
    expect((await t.ok('recruiter1', PERSON, { id: svedalaPerson })).candidate.id).toBe(svedalaPerson);

    at(addDays(lastDay, 1));
    for (const user of ['recruiter1', 'secretary1', 'manager1']) expect(errorCode(await t.gql(user, PERSON, { id: svedalaPerson }))).toBe('NOT_FOUND');
    expect((await t.ok('recruiter1', PEOPLE, { name: 'Svedalasson' })).candidates.totalCount).toBe(0);
    const write = await t.gql('secretary1', ENROL, { i: person(SVEDALA, addDays(lastDay, 1)) });
    expect(errorCode(write)).toBe('FORBIDDEN');
    // Svedala's reviewer keeps reading every Svedala person
    expect((await t.ok('reviewer.svedala', PERSON, { id: svedalaPerson })).candidate.id).toBe(svedalaPerson);
    expect((await t.ok('reviewer.svedala', PEOPLE)).candidates.totalCount).toBe(svedalaCount);

    const [agreement] = (await t.ok('admin', AGREEMENTS)).agreements;
    expect(agreement).toMatchObject({ validTo: lastDay, inForce: false });
    expect(agreement.history).toEqual(expect.arrayContaining([{ field: 'validTo', before: [], after: [lastDay], user: { name: 'Systemförvaltare Svedala' } }]));
    // an ended agreement is kept as it was
    expect(errorCode(await t.gql('admin', AMEND, { i: { id: agreementId, validTo: null } }))).toBe('CONFLICT');
  });

  it('a new agreement for recruiters only gives recruiters back their access from its first day, and no one else', async () => {
    const lastDay = addDays(today, 7);
    at(addDays(lastDay, 2));
    const from = clock.today();
    const input = {
      name: 'Rekrytering för Svedala',
      actingOrganisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'),
      principalId: ids.organisation('Svedala kommun'),
      roles: ['RECRUITER'],
      validFrom: from,
    };
    const { createAgreement } = await t.ok('admin', CREATE, { i: input });
    expect(createAgreement).toMatchObject({ validFrom: from, validTo: null, roles: ['RECRUITER'], inForce: true });
    expect((await t.ok('recruiter1', PERSON, { id: svedalaPerson })).candidate.id).toBe(svedalaPerson);
    expect(errorCode(await t.gql('secretary1', PERSON, { id: svedalaPerson }))).toBe('NOT_FOUND');

    const amended = (
      await t.ok('admin.svedala', AMEND, {
        i: { id: createAgreement.id, roles: ['RECRUITER', 'LABOUR_MARKET_SECRETARY'], name: 'Rekrytering och planering för Svedala' },
      })
    ).amendAgreement;
    expect(amended.history.filter((h: { field: string }) => h.field === 'roles')).toEqual([
      { field: 'roles', before: ['RECRUITER'], after: ['LABOUR_MARKET_SECRETARY', 'RECRUITER'], user: { name: 'Systemförvaltare Svedala' } },
      { field: 'roles', before: [], after: ['RECRUITER'], user: { name: 'Systemförvaltare Trelleborg' } },
    ]);
    expect((await t.ok('secretary1', PERSON, { id: svedalaPerson })).candidate.id).toBe(svedalaPerson);
    // two agreements between the same parties on the same day would make the day's terms ambiguous
    const overlap = await t.gql('admin', CREATE, { i: { ...input, validFrom: addDays(from, 30) } });
    expect(errorCode(overlap)).toBe('CONFLICT');
    expect(errorFields(overlap)).toEqual(['input.validFrom']);
  });

  it.each([
    ['a first day in the past', (i: Record<string, unknown>) => ({ ...i, validFrom: '2020-01-01' }), 'input.validFrom'],
    ['a last day before the first', (i: Record<string, unknown>) => ({ ...i, validTo: addDays(i.validFrom as string, -1) }), 'input.validTo'],
    ['a reviewer role', (i: Record<string, unknown>) => ({ ...i, roles: ['PRINCIPAL_REVIEWER'] }), 'input.roles'],
    [
      'a principal that is not a municipality',
      (i: Record<string, unknown>) => ({ ...i, principalId: ids.organisation('Socialnämnden, Svedala') }),
      'input.principalId',
    ],
    [
      "the principal's own administration acting for it",
      (i: Record<string, unknown>) => ({ ...i, actingOrganisationId: ids.organisation('Socialnämnden, Svedala') }),
      'input.actingOrganisationId',
    ],
  ])('refuses %s, naming the field', async (_label, patch, field) => {
    const input = {
      name: 'Avtal',
      actingOrganisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'),
      principalId: ids.organisation('Svedala kommun'),
      roles: ['RECRUITER'],
      validFrom: addDays(today, 400),
    };
    const body = await t.gql('admin', CREATE, { i: patch(input) });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual([field]);
  });

  it('leaves agreements to administrators', async () => {
    for (const user of ['reviewer.svedala', 'manager1', 'secretary1']) {
      expect(errorCode(await t.gql(user, END, { id: agreementId, d: addDays(today, 3) }))).toBe('FORBIDDEN');
    }
  });
});
