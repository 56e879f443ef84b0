import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, newIdentityNumber } from './support/factories.js';

const TRELLEBORG = 'STvk_dra_M1X';
const SVEDALA = 'n6r4_fjK_kRr';

const ENROL = `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) {
  candidate { id identityNumber birthDate identityKind firstName principalId }
  enrolment { id firstContactOn } } }`;
const CANDIDATE = `query($id: ID!) { candidate(id: $id) { id firstName identityNumber
  enrolments { id firstContactOn exitOn exitReason } impliedDrivingLicences { label } } }`;
const FIRST_MEETING = `mutation($i: FirstMeetingInput!) { recordFirstMeeting(input: $i) { id firstMeetingOn activeJobSeeker secretary { username } } }`;
const CHOOSE_SECTOR = `mutation($i: ChooseSectorInput!) { chooseSector(input: $i) { id sectorChosenOn workingDaysToSector team { name } sector { code } } }`;
const EXIT = `mutation($i: ExitEnrolmentInput!) { exitEnrolment(input: $i) { id exitOn exitReason } }`;
const ACCESS_LOG = `query($id: ID) { accessLog(candidateId: $id, limit: 100) { totalCount items { operation userId candidateId } } }`;

describe('candidates and their enrolment periods', () => {
  let t: TestApp;
  let ids: Ids;

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
  });
  afterAll(() => t?.close());

  const enrol = async (patch: Record<string, unknown> = {}, as = 'secretary1') =>
    (await t.ok(as, ENROL, {
      i: { identityNumber: newIdentityNumber(), firstName: 'Ahmed', lastName: 'Hassan', homeMunicipalityConceptId: TRELLEBORG, firstContactOn: '2026-11-02', ...patch },
    })).enrolCandidate;

  it('a secretary enrols a person: identity checked and kept in canonical form, birth date derived', async () => {
    const pnr = newIdentityNumber('1991-03-15');
    const { candidate, enrolment } = await enrol({ identityNumber: pnr.slice(2) }); // the 10-digit form
    expect(candidate).toMatchObject({ identityNumber: pnr, birthDate: '1991-03-15', identityKind: 'PERSONNUMMER', principalId: ids.organisation('Trelleborgs kommun') });
    expect(enrolment.firstContactOn).toBe('2026-11-02');
  });

  it.each([
    ['a wrong check digit', (p: string) => p.slice(0, -1) + ((Number(p.at(-1)) + 1) % 10)],
    ['an impossible date', () => '19910230-9801'],
    ['a birth date in the future', () => '20990101-9801'],
    ['text', () => 'inte ett nummer'],
  ])('refuses %s, naming the field and never echoing the number', async (_label, make) => {
    const bad = make(newIdentityNumber());
    const body = await t.gql('secretary1', ENROL, { i: { identityNumber: bad, firstName: 'A', lastName: 'B', homeMunicipalityConceptId: TRELLEBORG, firstContactOn: '2026-11-02' } });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual(['input.identityNumber']);
    expect(JSON.stringify(body)).not.toContain(bad);
  });

  it('refuses a second enrolment of the same person while one is open, and opens a new period after the exit, not before it', async () => {
    const pnr = newIdentityNumber();
    const { candidate, enrolment } = await enrol({ identityNumber: pnr });
    const again = await t.gql('secretary1', ENROL, { i: { identityNumber: pnr, firstName: 'Ahmed', lastName: 'Hassan', homeMunicipalityConceptId: TRELLEBORG, firstContactOn: '2026-11-10' } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorFields(again)).toEqual(['input.identityNumber']);

    await t.ok('secretary1', EXIT, { i: { enrolmentId: enrolment.id, exitOn: '2026-11-12', reason: 'MOVED' } });
    // a new period begins on or after the day the last one ended
    const overlapping = await t.gql('secretary1', ENROL, { i: { identityNumber: pnr, firstName: 'Ahmed', lastName: 'Hassan', homeMunicipalityConceptId: TRELLEBORG, firstContactOn: '2026-11-11' } });
    expect(errorCode(overlapping)).toBe('BAD_USER_INPUT');
    expect(errorFields(overlapping)).toEqual(['input.firstContactOn']);
    const second = (await enrol({ identityNumber: pnr, firstContactOn: '2026-11-16' })).candidate;
    expect(second.id).toBe(candidate.id);
    const { candidate: record } = await t.ok('secretary1', CANDIDATE, { id: candidate.id });
    expect(record.enrolments.map((e: { firstContactOn: string; exitReason: string | null }) => [e.firstContactOn, e.exitReason])).toEqual([
      ['2026-11-16', null],
      ['2026-11-02', 'MOVED'],
    ]);
  });

  it('names every taxonomy concept of a profile: wanted occupations and hours, languages with their levels, experience', async () => {
    const { candidates } = await t.ok('recruiter1', `{ candidates(limit: 100) { items { id wantedOccupationConceptIds languages { languageConceptId } experience { occupationConceptId } } } }`);
    const person = candidates.items.find(
      (c: { wantedOccupationConceptIds: string[]; languages: unknown[]; experience: unknown[] }) => c.wantedOccupationConceptIds.length && c.languages.length && c.experience.length,
    );
    const { candidate } = await t.ok(
      'recruiter1',
      `query($id: ID!) { candidate(id: $id) { wantedOccupationConceptIds wantedOccupations { id label } wantedWorktimeConceptIds wantedWorktimes { id label }
        languages { languageConceptId levelConceptId language { id label } level { id label } } experience { occupationConceptId years occupation { id label } } } }`,
      { id: person.id },
    );
    expect(candidate.wantedOccupations.map((o: { id: string }) => o.id)).toEqual(candidate.wantedOccupationConceptIds);
    expect(candidate.wantedWorktimes.map((o: { id: string }) => o.id)).toEqual(candidate.wantedWorktimeConceptIds);
    for (const spoken of candidate.languages) {
      expect([spoken.language.id, spoken.level.id]).toEqual([spoken.languageConceptId, spoken.levelConceptId]);
      expect(spoken.language.label).toMatch(/\p{L}/u);
    }
    for (const done of candidate.experience) expect(done.occupation).toMatchObject({ id: done.occupationConceptId, label: expect.stringMatching(/\p{L}/u) });
    expect(candidate.wantedOccupations.every((o: { label: string }) => o.label.length > 0)).toBe(true);
  });

  it('finds likely duplicates by name and birth date', async () => {
    const birth = '1988-08-08';
    await enrol({ identityNumber: newIdentityNumber(birth), firstName: 'Fatima', lastName: 'Ali' });
    const { likelyDuplicates } = await t.ok('secretary1', `query { likelyDuplicates(firstName: "fatima", lastName: "ALI", birthDate: "${birth}") { firstName birthDate } }`);
    expect(likelyDuplicates).toEqual([{ firstName: 'Fatima', birthDate: birth }]);
  });

  it('walks the path: first meeting, then the sector choice puts the person in that sector’s team', async () => {
    const { enrolment } = await enrol({ firstContactOn: '2026-11-16' });
    const meeting = (await t.ok('secretary1', FIRST_MEETING, { i: { enrolmentId: enrolment.id, heldOn: '2026-11-17', activeJobSeeker: true } })).recordFirstMeeting;
    expect(meeting).toMatchObject({ firstMeetingOn: '2026-11-17', activeJobSeeker: true, secretary: { username: 'secretary1' } });
    const chosen = (await t.ok('secretary1', CHOOSE_SECTOR, { i: { enrolmentId: enrolment.id, sectorId: ids.sector('VARD_OMSORG'), chosenOn: '2026-11-20' } })).chooseSector;
    expect(chosen).toMatchObject({ sector: { code: 'VARD_OMSORG' }, team: { name: 'Bransch-team Vård och omsorg' }, workingDaysToSector: 4 });
  });

  it.each([
    ['across Easter: Thursday before Easter to the Thursday after', '2026-04-02', '2026-04-09', 3],
    ['across midsummer: Wednesday to Wednesday, midsommarafton off', '2026-06-17', '2026-06-24', 4],
    ['within one week, no holiday', '2026-09-07', '2026-09-11', 4],
  ])('counts working days to the sector choice %s', async (_label, firstContactOn, chosenOn, days) => {
    const { enrolment } = await enrol({ firstContactOn });
    const chosen = (await t.ok('secretary1', CHOOSE_SECTOR, { i: { enrolmentId: enrolment.id, sectorId: ids.sector('VARD_OMSORG'), chosenOn } })).chooseSector;
    expect(chosen.workingDaysToSector).toBe(days);
  });

  it.each([
    ['a first meeting before the first contact', FIRST_MEETING, (id: string) => ({ enrolmentId: id, heldOn: '2026-10-01', activeJobSeeker: true }), 'input.heldOn'],
    ['a sector choice in the future', CHOOSE_SECTOR, (id: string) => ({ enrolmentId: id, sectorId: ids.sector('VARD_OMSORG'), chosenOn: '2099-01-01' }), 'input.chosenOn'],
    ['a sector that does not exist', CHOOSE_SECTOR, (id: string) => ({ enrolmentId: id, sectorId: '00000000-0000-4000-8000-000000000000', chosenOn: '2026-11-03' }), 'input.sectorId'],
  ])('refuses %s', async (_label, mutation, input, field) => {
    const { enrolment } = await enrol();
    const body = await t.gql('secretary1', mutation, { i: input(enrolment.id) });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual([field]);
  });

  describe('who may read a person’s record', () => {
    let trelleborgPerson: string;
    let svedalaPerson: string;

    beforeAll(async () => {
      trelleborgPerson = (await enrol({ firstName: 'Trelleborgsbo' })).candidate.id;
      svedalaPerson = (await enrol({ firstName: 'Svedalabo', homeMunicipalityConceptId: SVEDALA, principalId: ids.organisation('Svedala kommun') })).candidate.id;
    });

    it.each([
      ['secretary1', true, true],
      ['recruiter1', true, true],
      ['counsellor1', true, true],
      ['teacher1', true, true],
      ['manager1', true, true],
      ['reviewer.svedala', false, true],
    ])('%s: Trelleborg person %s, Svedala person %s', async (user, trelleborg, svedala) => {
      expect(errorCode(await t.gql(user, CANDIDATE, { id: trelleborgPerson }))).toBe(trelleborg ? undefined : 'NOT_FOUND');
      expect(errorCode(await t.gql(user, CANDIDATE, { id: svedalaPerson }))).toBe(svedala ? undefined : 'NOT_FOUND');
    });

    it.each(['bd1', 'bd.svedala', 'admin'])('%s may not read job seekers at all', async (user) => {
      expect(errorCode(await t.gql(user, CANDIDATE, { id: svedalaPerson }))).toBe('FORBIDDEN');
    });

    it('the reviewer reads but may not change', async () => {
      const body = await t.gql('reviewer.svedala', `mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { id: svedalaPerson, version: 1, firstName: 'X' } });
      expect(errorCode(body)).toBe('FORBIDDEN');
    });

    it('shows the identity number in full to the secretary and the reviewer, masked to others', async () => {
      const full = (await t.ok('secretary1', CANDIDATE, { id: svedalaPerson })).candidate.identityNumber;
      expect(full).toMatch(/^\d{8}-\d{4}$/);
      expect((await t.ok('reviewer.svedala', CANDIDATE, { id: svedalaPerson })).candidate.identityNumber).toBe(full);
      expect((await t.ok('recruiter1', CANDIDATE, { id: svedalaPerson })).candidate.identityNumber).toBe(`${full.slice(0, 8)}-****`);
    });

    it("writes every read to the access log; Svedala's reviewer sees the log of a Svedala person, nothing of Trelleborg's", async () => {
      await t.ok('recruiter1', CANDIDATE, { id: svedalaPerson });
      await t.ok('recruiter1', `query { candidates(name: "Svedalabo") { items { id } } }`);
      const log = (await t.ok('reviewer.svedala', ACCESS_LOG, { id: svedalaPerson })).accessLog;
      const byRecruiter = log.items.filter((e: { userId: string }) => e.userId === ids.user('recruiter1'));
      expect(byRecruiter.map((e: { operation: string }) => e.operation)).toEqual(expect.arrayContaining(['candidate', 'candidates']));
      expect((await t.ok('reviewer.svedala', ACCESS_LOG, { id: trelleborgPerson })).accessLog.totalCount).toBe(0);
      const all = (await t.ok('reviewer.svedala', ACCESS_LOG, {})).accessLog.items;
      expect(all.every((e: { candidateId: string }) => e.candidateId !== trelleborgPerson)).toBe(true);
    });
  });

  it('a licence implies the classes below it', async () => {
    const { candidate } = await enrol({ drivingLicenceConceptIds: ['zZu8_iZ9_wMH'] }); // CE
    const read = (await t.ok('secretary1', CANDIDATE, { id: candidate.id })).candidate;
    expect(read.impliedDrivingLicences.map((l: { label: string }) => l.label).sort()).toEqual(['AM', 'B', 'BE', 'C', 'C1', 'C1E', 'CE', 'Utökad B'].sort());
  });

  it('updates the profile with the version read; a stale version is CONFLICT', async () => {
    const { candidate } = await enrol();
    const UPDATE = `mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { version swedishLevel skills { label } } }`;
    const skill = (await t.ok('recruiter1', `{ taxonomyConcepts(type: "skill", search: "truck") { items { id } } }`)).taxonomyConcepts.items[0].id;
    const updated = (await t.ok('recruiter1', UPDATE, { i: { id: candidate.id, version: 1, swedishLevel: 'SFI_C', skillConceptIds: [skill] } })).updateCandidate;
    expect(updated).toMatchObject({ version: 2, swedishLevel: 'SFI_C' });
    expect(errorCode(await t.gql('secretary1', UPDATE, { i: { id: candidate.id, version: 1, swedishLevel: 'SFI_D' } }))).toBe('CONFLICT');
    const wrong = await t.gql('recruiter1', UPDATE, { i: { id: candidate.id, version: 2, skillConceptIds: ['nope_nope_no'] } });
    expect(errorFields(wrong)).toEqual(['input.skillConceptIds']);
  });
});
