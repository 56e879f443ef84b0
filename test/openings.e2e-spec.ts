import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, isoDaysFromToday, newOrganisationNumber } from './support/factories.js';

const TRELLEBORG = 'STvk_dra_M1X';
const LICENCE_CE = 'zZu8_iZ9_wMH';

const OPENING_FIELDS = `id version kind status title places startOn applicationDeadline principalId employerId
  occupationConceptId occupation { id label } sector { code name } team { id name } municipalityConceptId municipality { label } street postalCode
  requiredSkills { skillConceptId weight skill { id label } } preferredSkills { skillConceptId weight }
  minSwedishLevel swedishLevelReason requiredLicences { id } hoursPerWeek sourceSkillNeedId convertedFromOpeningId
  supervisorName supervisorPhone supervisorEmail periodStartOn periodEndOn
  employer { id name } checkIns { on note author { username } }`;

const CREATE = `mutation($input: CreateOpeningInput!) { createOpening(input: $input) { ${OPENING_FIELDS} } }`;
const FROM_NEED = `mutation($need: ID!, $input: OpeningFromSkillNeedInput!) { createOpeningFromSkillNeed(skillNeedId: $need, input: $input) { ${OPENING_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOpeningInput!) { updateOpening(input: $input) { ${OPENING_FIELDS} } }`;
const SET_STATUS = `mutation($input: SetOpeningStatusInput!) { setOpeningStatus(input: $input) { id version status nextStatuses } }`;
const GET = `query($id: ID!) { opening(id: $id) { ${OPENING_FIELDS} } }`;
const LIST = `query($employerId: ID, $status: OpeningStatus, $kind: OpeningKind, $teamId: ID, $municipality: ID) {
  openings(employerId: $employerId, status: $status, kind: $kind, teamId: $teamId, municipalityConceptId: $municipality, limit: 100) {
    totalCount hasNextPage items { id kind status municipalityConceptId } } }`;
const CHECK_IN = `mutation($input: AddInternshipCheckInInput!) { addInternshipCheckIn(input: $input) { on note author { username } } }`;
const CONVERT = `mutation($input: ConvertInternshipInput!) { convertInternshipToJob(input: $input) { ${OPENING_FIELDS} } }`;

interface Concept {
  id: string;
  label: string;
  parentId: string | null;
}

describe('openings', () => {
  let t: TestApp;
  let ids: Ids;
  let nurse: Concept;
  let truckSkill: Concept;
  let otherSkill: Concept;
  /** The sector (code and name) of the nurse occupation's SSYK-4 group. */
  let nurseSector: { id: string; code: string; name: string };

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    const concepts = async (type: string, search: string): Promise<Concept[]> =>
      (await t.ok('bd1', `query($type: String!, $search: String) { taxonomyConcepts(type: $type, search: $search) { items { id label parentId } } }`, { type, search })).taxonomyConcepts.items;
    [nurse] = await concepts('occupation-name', 'undersköterska, hemtjänst');
    const skills = await concepts('skill', 'truck');
    expect(skills.length).toBeGreaterThan(1);
    [truckSkill, otherSkill] = skills;
    const { sectors } = await t.ok('bd1', `{ sectors { id code name ssyk4Ids } }`);
    nurseSector = sectors.find((s: { ssyk4Ids: string[] }) => s.ssyk4Ids.includes(nurse.parentId as string));
    expect(nurseSector).toBeDefined();
  });
  afterAll(() => t?.close());

  async function createEmployer(patch: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
    const input = { organisationNumber: newOrganisationNumber(), name: 'Hemtjänsten i Anderslöv AB', municipalityConceptId: TRELLEBORG, street: 'Storgatan 3', postalCode: '23170', status: 'ACTIVE', ...patch };
    return (await t.ok('bd1', `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id name } }`, { input })).createEmployer;
  }

  const openingInput = (employerId: string, patch: Record<string, unknown> = {}) => ({
    employerId,
    kind: 'JOB_UNSUBSIDISED',
    title: '  Undersköterska hemtjänst  ',
    occupationConceptId: nurse.id,
    startOn: isoDaysFromToday(30),
    places: 2,
    requiredSkills: [{ skillConceptId: truckSkill.id, weight: 5 }],
    preferredSkills: [{ skillConceptId: otherSkill.id }],
    requiredLicenceConceptIds: [LICENCE_CE],
    hoursPerWeek: 40,
    applicationDeadline: isoDaysFromToday(14),
    ...patch,
  });

  it('creates a draft at the employer, routed to the sector team serving its principal', async () => {
    const employer = await createEmployer();
    const { createOpening: o } = await t.ok('bd1', CREATE, { input: openingInput(employer.id) });
    expect(o).toMatchObject({
      version: 1,
      status: 'DRAFT',
      kind: 'JOB_UNSUBSIDISED',
      title: 'Undersköterska hemtjänst',
      places: 2,
      principalId: ids.organisation('Trelleborgs kommun'),
      employer: { id: employer.id },
      occupation: { id: nurse.id, label: nurse.label },
      sector: { code: nurseSector.code },
      team: { id: ids.team(`Bransch-team ${nurseSector.name}`) },
      municipality: { label: 'Trelleborg' },
      street: 'Storgatan 3',
      postalCode: '231 70',
      requiredSkills: [{ skillConceptId: truckSkill.id, weight: 5, skill: { id: truckSkill.id, label: truckSkill.label } }],
      preferredSkills: [{ skillConceptId: otherSkill.id, weight: 3 }],
      requiredLicences: [{ id: LICENCE_CE }],
      minSwedishLevel: null,
      checkIns: [],
    });
    const team = ids.team(`Bransch-team ${nurseSector.name}`);
    const listed = (await t.ok('recruiter1', LIST, { teamId: team, status: 'DRAFT' })).openings;
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(o.id);
    const byEmployer = (await t.ok('secretary1', LIST, { employerId: employer.id })).openings;
    expect(byEmployer).toMatchObject({ totalCount: 1, hasNextPage: false, items: [{ id: o.id, status: 'DRAFT' }] });
    const here = (await t.ok('recruiter1', LIST, { municipality: o.municipalityConceptId })).openings;
    expect(here.items.map((i: { id: string }) => i.id)).toContain(o.id);
    expect(new Set(here.items.map((i: { municipalityConceptId: string }) => i.municipalityConceptId))).toEqual(new Set([o.municipalityConceptId]));
    const all = (await t.ok('recruiter1', LIST, {})).openings;
    expect(all.totalCount).toBeGreaterThan(here.totalCount);
  });

  it('creates an opening from a skill need logged in an employer contact', async () => {
    const employer = await createEmployer();
    const neededBy = isoDaysFromToday(60);
    const { logEmployerContact } = await t.ok(
      'bd1',
      `mutation($input: LogEmployerContactInput!) { logEmployerContact(input: $input) { skillNeeds { id } } }`,
      { input: { employerId: employer.id, kind: 'VISIT', summary: 'Behöver tre undersköterskor.', skillNeeds: [{ occupationConceptId: nurse.id, headcount: 3, neededBy }] } },
    );
    const need = logEmployerContact.skillNeeds[0].id;
    const { createOpeningFromSkillNeed: o } = await t.ok('recruiter1', FROM_NEED, { need, input: { kind: 'JOB_SUBSIDISED' } });
    expect(o).toMatchObject({
      kind: 'JOB_SUBSIDISED',
      status: 'DRAFT',
      title: nurse.label,
      occupation: { id: nurse.id },
      places: 3,
      startOn: neededBy,
      sourceSkillNeedId: need,
      employer: { id: employer.id },
      sector: { code: nurseSector.code },
      team: { name: `Bransch-team ${nurseSector.name}` },
    });

    const overridden = (await t.ok('bd1', FROM_NEED, { need, input: { kind: 'INTERNSHIP', places: 1, title: 'Praktik hemtjänst' } })).createOpeningFromSkillNeed;
    expect(overridden).toMatchObject({ kind: 'INTERNSHIP', places: 1, title: 'Praktik hemtjänst', startOn: neededBy });
  });

  it.each([
    ['an unknown required skill', { requiredSkills: [{ skillConceptId: 'nope_nope_no', weight: 3 }] }, 'input.requiredSkills'],
    ['a skill weight above 5', { requiredSkills: [{ skillConceptId: 'nope_nope_no', weight: 6 }] }, 'input.requiredSkills.0.weight'],
    ['a skill both required and preferred', { preferredSkills: [{ skillConceptId: 'SAME' }] }, 'input.preferredSkills'],
    ['an occupation that is not an occupation name', { occupationConceptId: TRELLEBORG }, 'input.occupationConceptId'],
    ['a licence that is not a driving licence', { requiredLicenceConceptIds: [TRELLEBORG] }, 'input.requiredLicenceConceptIds'],
    ['no places', { places: 0 }, 'input.places'],
    ['a deadline after the start', { applicationDeadline: isoDaysFromToday(40) }, 'input.applicationDeadline'],
    ['a supervisor on a job', { supervisorName: 'Eva Handledare' }, 'input.supervisorName'],
    ['a minimum Swedish level without a reason', { minSwedishLevel: 'SFI_D' }, 'input.swedishLevelReason'],
  ])('refuses %s, naming the field', async (_label, patch, field) => {
    const employer = await createEmployer();
    const input = openingInput(employer.id, patch) as Record<string, unknown>;
    if (JSON.stringify(patch).includes('SAME')) input.preferredSkills = [{ skillConceptId: truckSkill.id }];
    const body = await t.gql('bd1', CREATE, { input });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual([field]);
  });

  it('keeps a minimum Swedish level with its reason, and drops the reason with the level', async () => {
    const employer = await createEmployer();
    const { createOpening: o } = await t.ok('bd1', CREATE, {
      input: openingInput(employer.id, { minSwedishLevel: 'SFI_D', swedishLevelReason: '  Dokumenterar i journalsystem på svenska  ' }),
    });
    expect(o).toMatchObject({ minSwedishLevel: 'SFI_D', swedishLevelReason: 'Dokumenterar i journalsystem på svenska' });
    const { updateOpening: u } = await t.ok('bd1', UPDATE, { input: { id: o.id, version: o.version, minSwedishLevel: null } });
    expect(u).toMatchObject({ minSwedishLevel: null, swedishLevelReason: null, version: 2 });
  });

  it('updates with the current version and refuses a stale one with CONFLICT, changing nothing', async () => {
    const employer = await createEmployer();
    const { createOpening: o } = await t.ok('bd1', CREATE, { input: openingInput(employer.id) });
    const { updateOpening: u } = await t.ok('recruiter1', UPDATE, { input: { id: o.id, version: o.version, places: 4, title: 'Undersköterskor' } });
    expect(u).toMatchObject({ version: 2, places: 4, title: 'Undersköterskor', team: { id: o.team.id } });
    const stale = await t.gql('bd1', UPDATE, { input: { id: o.id, version: 1, places: 9 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorFields(stale)).toEqual(['version']);
    expect((await t.ok('bd1', GET, { id: o.id })).opening).toMatchObject({ places: 4, version: 2 });
  });

  it('moves through the legal statuses and refuses an illegal transition with CONFLICT naming the status', async () => {
    const employer = await createEmployer();
    const { createOpening: o } = await t.ok('bd1', CREATE, { input: openingInput(employer.id) });
    // what a screen offers: the same moves the mutation accepts
    expect((await t.ok('bd1', `query($id: ID!) { opening(id: $id) { nextStatuses } }`, { id: o.id })).opening.nextStatuses).toEqual(['OPEN', 'CLOSED']);
    const opened = (await t.ok('bd1', SET_STATUS, { input: { id: o.id, version: o.version, status: 'OPEN' } })).setOpeningStatus;
    expect(opened).toMatchObject({ status: 'OPEN', version: 2, nextStatuses: ['FILLED', 'CLOSED'] });

    const back = await t.gql('bd1', SET_STATUS, { input: { id: o.id, version: 2, status: 'DRAFT' } });
    expect(errorCode(back)).toBe('CONFLICT');
    expect(back.errors?.[0].message).toMatch(/from OPEN to DRAFT/);
    expect(errorFields(back)).toEqual(['input.status']);

    const filled = (await t.ok('bd1', SET_STATUS, { input: { id: o.id, version: 2, status: 'FILLED' } })).setOpeningStatus;
    expect(filled).toMatchObject({ status: 'FILLED', nextStatuses: [] });
    const reopen = await t.gql('bd1', SET_STATUS, { input: { id: o.id, version: filled.version, status: 'OPEN' } });
    expect(errorCode(reopen)).toBe('CONFLICT');
    const edit = await t.gql('bd1', UPDATE, { input: { id: o.id, version: filled.version, places: 1 } });
    expect(errorCode(edit)).toBe('CONFLICT');
  });

  it('runs an internship: supervisor and period, check-ins, conversion to a job', async () => {
    const employer = await createEmployer();
    const { createOpening: p } = await t.ok('bd1', CREATE, {
      input: openingInput(employer.id, {
        kind: 'INTERNSHIP',
        title: 'Praktik i hemtjänsten',
        places: 1,
        applicationDeadline: null,
        startOn: isoDaysFromToday(-20),
        supervisorName: 'Eva Handledare',
        supervisorPhone: '0410-123 45',
        supervisorEmail: 'Eva@Hemtjanst.example',
        periodStartOn: isoDaysFromToday(-20),
        periodEndOn: isoDaysFromToday(40),
      }),
    });
    expect(p).toMatchObject({ kind: 'INTERNSHIP', supervisorName: 'Eva Handledare', supervisorEmail: 'eva@hemtjanst.example', periodEndOn: isoDaysFromToday(40) });

    const badPeriod = await t.gql('bd1', UPDATE, { input: { id: p.id, version: p.version, periodEndOn: isoDaysFromToday(-30) } });
    expect(errorFields(badPeriod)).toEqual(['input.periodEndOn']);

    const draftCheckIn = await t.gql('bd1', CHECK_IN, { input: { openingId: p.id, on: isoDaysFromToday(-1), note: 'Tidigt' } });
    expect(errorCode(draftCheckIn)).toBe('CONFLICT');
    const opened = (await t.ok('bd1', SET_STATUS, { input: { id: p.id, version: p.version, status: 'OPEN' } })).setOpeningStatus;

    await t.ok('recruiter1', CHECK_IN, { input: { openingId: p.id, on: isoDaysFromToday(-13), note: '  Första veckan gick bra.  ' } });
    await t.ok('bd1', CHECK_IN, { input: { openingId: p.id, on: isoDaysFromToday(-6), note: 'Handledaren är nöjd.' } });
    const future = await t.gql('bd1', CHECK_IN, { input: { openingId: p.id, on: isoDaysFromToday(3), note: 'För tidigt' } });
    expect(errorFields(future)).toEqual(['input.on']);
    expect((await t.ok('manager1', GET, { id: p.id })).opening.checkIns).toEqual([
      { on: isoDaysFromToday(-13), note: 'Första veckan gick bra.', author: { username: 'recruiter1' } },
      { on: isoDaysFromToday(-6), note: 'Handledaren är nöjd.', author: { username: 'bd1' } },
    ]);

    const notAJob = await t.gql('bd1', CONVERT, { input: { openingId: p.id, version: opened.version, kind: 'INTERNSHIP', startOn: isoDaysFromToday(41) } });
    expect(errorFields(notAJob)).toEqual(['input.kind']);

    const { convertInternshipToJob: job } = await t.ok('bd1', CONVERT, {
      input: { openingId: p.id, version: opened.version, kind: 'JOB_SUBSIDISED', startOn: isoDaysFromToday(41) },
    });
    expect(job).toMatchObject({
      kind: 'JOB_SUBSIDISED',
      status: 'DRAFT',
      version: 1,
      places: 1,
      startOn: isoDaysFromToday(41),
      convertedFromOpeningId: p.id,
      occupation: { id: nurse.id },
      team: { id: p.team.id },
      requiredSkills: [{ skillConceptId: truckSkill.id, weight: 5 }],
      supervisorName: null,
      periodStartOn: null,
      checkIns: [],
    });
    expect(job.id).not.toBe(p.id);
    expect((await t.ok('bd1', GET, { id: p.id })).opening.status).toBe('FILLED');

    const again = await t.gql('bd1', CONVERT, { input: { openingId: p.id, version: opened.version + 1, kind: 'JOB_SUBSIDISED', startOn: isoDaysFromToday(41) } });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it("hides a Trelleborg employer's opening from Svedala's reviewer (NOT_FOUND), who sees Svedala's", async () => {
    const trelleborgEmployer = await createEmployer();
    const { createOpening: o } = await t.ok('bd1', CREATE, { input: openingInput(trelleborgEmployer.id) });
    const hidden = await t.gql('reviewer.svedala', GET, { id: o.id });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.data).toBeNull();
    const notListed = (await t.ok('reviewer.svedala', LIST, { employerId: trelleborgEmployer.id })).openings;
    expect(notListed.totalCount).toBe(0);

    const svedalaEmployer = await createEmployer({ principalId: ids.organisation('Svedala kommun'), municipalityConceptId: 'n6r4_fjK_kRr' });
    const { createOpening: s } = await t.ok('bd1', CREATE, { input: openingInput(svedalaEmployer.id) });
    expect(s.principalId).toBe(ids.organisation('Svedala kommun'));
    expect((await t.ok('reviewer.svedala', GET, { id: s.id })).opening).toMatchObject({ id: s.id, municipality: { label: 'Svedala' } });
    const write = await t.gql('reviewer.svedala', SET_STATUS, { input: { id: s.id, version: 1, status: 'OPEN' } });
    expect(errorCode(write)).toBe('FORBIDDEN');
  });

  it('refuses a teacher creating an opening (FORBIDDEN) and an administrator reading one', async () => {
    const employer = await createEmployer();
    const body = await t.gql('teacher1', CREATE, { input: openingInput(employer.id) });
    expect(errorCode(body)).toBe('FORBIDDEN');
    const { createOpening: o } = await t.ok('bd1', CREATE, { input: openingInput(employer.id) });
    expect((await t.ok('teacher1', GET, { id: o.id })).opening.id).toBe(o.id);
    expect(errorCode(await t.gql('admin', GET, { id: o.id }))).toBe('FORBIDDEN');
  });
});
