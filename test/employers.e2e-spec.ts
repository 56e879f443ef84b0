import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, errorReason, TestApp } from './support/test-app.js';
import { Ids, newOrganisationNumber } from './support/factories.js';

const EMPLOYER_FIELDS = `id version name organisationNumber status sniCodes postalCode archivedAt
  principal { name } municipality { label } sectors { code } responsible { username }
  contactPersons { name role phone email }`;

const CREATE = `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { ${EMPLOYER_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateEmployerInput!) { updateEmployer(input: $input) { ${EMPLOYER_FIELDS} } }`;
const SEARCH = `query($name: String, $orgnr: String, $status: EmployerStatus, $sectorId: ID, $municipality: ID, $responsible: ID, $limit: Int, $offset: Int, $archived: Boolean) {
  employers(name: $name, organisationNumberPrefix: $orgnr, status: $status, sectorId: $sectorId, municipalityConceptId: $municipality,
            responsibleUserId: $responsible, limit: $limit, offset: $offset, includeArchived: $archived) {
    totalCount hasNextPage items { id name organisationNumber principal { name } } } }`;

describe('employers', () => {
  let t: TestApp;
  let ids: Ids;

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
  });
  afterAll(() => t?.close());

  const input = (patch: Record<string, unknown> = {}) => ({
    organisationNumber: newOrganisationNumber(),
    name: 'Anderslövs Snickeri AB',
    sniCodes: ['43320'],
    municipalityConceptId: 'STvk_dra_M1X',
    street: 'Storgatan 3',
    postalCode: '23170',
    city: 'Anderslöv',
    sectorIds: [ids.sector('BYGG')],
    status: 'ACTIVE',
    responsibleUserId: ids.user('bd1'),
    contactPersons: [{ name: 'Lisa Ek', role: 'VD', phone: '0410-123 45', email: 'Lisa@Snickeri.example' }],
    ...patch,
  });

  it('a business developer registers an employer, normalised and in their own municipality', async () => {
    const orgnr = newOrganisationNumber();
    const { createEmployer: e } = await t.ok('bd1', CREATE, { input: input({ organisationNumber: orgnr.replace('-', '') }) });
    expect(e).toMatchObject({
      version: 1,
      organisationNumber: orgnr,
      postalCode: '231 70',
      principal: { name: 'Trelleborgs kommun' },
      municipality: { label: 'Trelleborg' },
      sectors: [{ code: 'BYGG' }],
      responsible: { username: 'bd1' },
      contactPersons: [{ name: 'Lisa Ek', email: 'lisa@snickeri.example' }],
      archivedAt: null,
    });
  });

  it('rejects invalid input naming every failing field', async () => {
    const body = await t.gql('bd1', CREATE, {
      input: input({
        organisationNumber: '556016-0681',
        postalCode: '1234',
        contactPersons: [{ name: 'Lisa Ek', email: 'not-an-email' }],
      }),
    });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body).sort()).toEqual(['contactPersons.0.email', 'organisationNumber', 'postalCode'].map((f) => `input.${f}`).sort());
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.js/);
  });

  it.each([
    ['an SNI code that does not exist', { sniCodes: ['99999'] }, 'input.sniCodes'],
    ['an unknown municipality', { municipalityConceptId: 'nope_nope_no' }, 'input.municipalityConceptId'],
    ['an unknown sector', { sectorIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.sectorIds'],
    ['a responsible user who is not a business developer', { responsibleUserId: 'teacher1' }, 'input.responsibleUserId'],
  ])('rejects %s', async (_label, patch, field) => {
    const resolved = { ...patch } as Record<string, unknown>;
    if (resolved.responsibleUserId) resolved.responsibleUserId = ids.user(resolved.responsibleUserId as string);
    const body = await t.gql('bd1', CREATE, { input: input(resolved) });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual([field]);
  });

  it('refuses a second employer with the same organisationsnummer', async () => {
    const orgnr = newOrganisationNumber();
    await t.ok('bd1', CREATE, { input: input({ organisationNumber: orgnr }) });
    const body = await t.gql('recruiter1', CREATE, { input: input({ organisationNumber: orgnr }) });
    expect([errorCode(body), errorReason(body)]).toEqual(['CONFLICT', 'DUPLICATE_ORGANISATION_NUMBER']);
    expect(errorFields(body)).toEqual(['input.organisationNumber']);
  });

  it('updates with the current version and refuses a stale one with CONFLICT, changing nothing', async () => {
    const { createEmployer: e } = await t.ok('bd1', CREATE, { input: input() });
    const { updateEmployer: u } = await t.ok('bd2', UPDATE, {
      input: { id: e.id, version: e.version, name: 'Anderslövs Snickeri & Bygg AB', contactPersons: [{ name: 'Omar Said', role: 'Platschef' }] },
    });
    expect(u).toMatchObject({ version: 2, name: 'Anderslövs Snickeri & Bygg AB', contactPersons: [{ name: 'Omar Said', role: 'Platschef' }] });

    const stale = await t.gql('bd1', UPDATE, { input: { id: e.id, version: 1, name: 'Overwritten AB' } });
    expect([errorCode(stale), errorReason(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    expect(errorFields(stale)).toEqual(['version']);
    const { employer } = await t.ok('bd1', `query($id: ID!) { employer(id: $id) { name version } }`, { id: e.id });
    expect(employer).toEqual({ name: 'Anderslövs Snickeri & Bygg AB', version: 2 });
  });

  it('archives: the employer leaves searches unless archived ones are asked for', async () => {
    const name = 'Arkivtestet Trelleborg AB';
    const { createEmployer: e } = await t.ok('bd1', CREATE, { input: input({ name }) });
    await t.ok('manager1', `mutation($id: ID!, $v: Int!) { archiveEmployer(id: $id, version: $v) { archivedAt status } }`, { id: e.id, v: e.version });
    expect((await t.ok('bd1', SEARCH, { name })).employers.totalCount).toBe(0);
    expect((await t.ok('bd1', SEARCH, { name, archived: true })).employers.totalCount).toBe(1);
  });

  it('searches by name, organisationsnummer prefix, status, sector, municipality and responsible, a page at a time', async () => {
    const all = (await t.ok('bd1', SEARCH, { limit: 100 })).employers;
    expect(all.totalCount).toBeGreaterThanOrEqual(40);
    const firstPage = (await t.ok('bd1', SEARCH, { limit: 10 })).employers;
    const secondPage = (await t.ok('bd1', SEARCH, { limit: 10, offset: 10 })).employers;
    expect(firstPage.items).toHaveLength(10);
    expect(firstPage.hasNextPage).toBe(true);
    expect(secondPage.items[0].id).toBe(all.items[10].id);

    const sample = all.items[0];
    const byOrgnr = (await t.ok('bd1', SEARCH, { orgnr: sample.organisationNumber.slice(0, 8) })).employers;
    expect(byOrgnr.items.map((i: { id: string }) => i.id)).toContain(sample.id);
    const byName = (await t.ok('bd1', SEARCH, { name: sample.name.slice(2, 9).toUpperCase() })).employers;
    expect(byName.items.map((i: { id: string }) => i.id)).toContain(sample.id);

    const svedala = (await t.ok('bd1', SEARCH, { municipality: 'n6r4_fjK_kRr', limit: 100 })).employers;
    expect(svedala.totalCount).toBeGreaterThan(5);
    expect(svedala.items.every((i: { principal: { name: string } }) => i.principal.name === 'Svedala kommun')).toBe(true);

    const mine = (await t.ok('bd1', SEARCH, { responsible: ids.user('bd1'), status: 'ACTIVE', limit: 100 })).employers;
    expect(mine.totalCount).toBeGreaterThan(0);
    const vard = (await t.ok('bd1', SEARCH, { sectorId: ids.sector('VARD_OMSORG'), limit: 100 })).employers;
    expect(vard.totalCount).toBeGreaterThan(0);
  });

  it('caps pages: asking for more than 100 rows is refused', async () => {
    const body = await t.gql('bd1', SEARCH, { limit: 1000 });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual(['limit']);
  });

  it("a Svedala reviewer sees Svedala's employers only, and Trelleborg's are not found", async () => {
    const reviewerView = (await t.ok('reviewer.svedala', SEARCH, { limit: 100 })).employers;
    expect(reviewerView.totalCount).toBeGreaterThan(0);
    expect(reviewerView.items.every((i: { principal: { name: string } }) => i.principal.name === 'Svedala kommun')).toBe(true);

    const { createEmployer: trelleborgOnly } = await t.ok('bd1', CREATE, { input: input({ name: 'Bara Trelleborg AB' }) });
    const body = await t.gql('reviewer.svedala', `query($id: ID!) { employer(id: $id) { name } }`, { id: trelleborgOnly.id });
    expect(errorCode(body)).toBe('NOT_FOUND');
    const timeline = await t.gql('reviewer.svedala', `query($id: ID!) { employerTimeline(employerId: $id) { totalCount } }`, { id: trelleborgOnly.id });
    expect(errorCode(timeline)).toBe('NOT_FOUND');
  });

  it("Svedala's own business developer acts for Svedala only; Trelleborg staff act for both under the agreement", async () => {
    const svedalaPrincipal = ids.organisation('Svedala kommun');
    const { createEmployer: e } = await t.ok('bd1', CREATE, { input: input({ principalId: svedalaPrincipal, municipalityConceptId: 'n6r4_fjK_kRr' }) });
    expect(e.principal.name).toBe('Svedala kommun');
    const body = await t.gql('bd.svedala', CREATE, { input: input({ principalId: ids.organisation('Trelleborgs kommun') }) });
    expect(errorCode(body)).toBe('FORBIDDEN');
    expect(errorFields(body)).toEqual(['input.principalId']);
  });
});
