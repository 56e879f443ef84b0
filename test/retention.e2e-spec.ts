import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { addDays, Clock } from '../src/platform/context/clock.js';
import { JobDispatcher } from '../src/platform/jobs/job-dispatcher.js';
import { Ids, newIdentityNumber } from './support/factories.js';
import { errorCode, errorFields, errorReason, TestApp } from './support/test-app.js';
import { STATISTICS_ROW } from './support/statistics.js';

const TRELLEBORG_CONCEPT = 'STvk_dra_M1X';

const RULES = `query($p: ID!) { retentionRules(principalId: $p) { id kind years exemptBirthDays legalNote confirmed version updatedBy { username } } }`;
const SET_RULE = `mutation($i: SetRetentionRuleInput!) { setRetentionRule(input: $i) { kind years exemptBirthDays legalNote confirmed version updatedBy { username } } }`;
const PREVIEW = `query($p: ID!) { previewRetention(principalId: $p) { principalId asOf counts { kind count } people { candidateId lastPeriodEndedOn } } }`;
const RUN = `mutation($p: ID!) { runRetention(principalId: $p) { id dryRun trigger ranByName counts { kind count } } }`;
const REPORTS = `query($p: ID!) { retentionReports(principalId: $p) { totalCount items { dryRun trigger ranByName candidateId reason counts { kind count } } } }`;
const ERASE = `mutation($c: ID!, $r: String!) { erasePerson(candidateId: $c, reason: $r) { dryRun trigger candidateId reason ranByName counts { kind count } } }`;

const STATISTICS = `query($from: String!, $to: String!, $groupBy: StatisticsGroupBy) {
  statistics(from: $from, to: $to, groupBy: $groupBy) { from to groupBy principalIds rows { ${STATISTICS_ROW} } total { ${STATISTICS_ROW} } } }`;

const counts = (report: { counts: Array<{ kind: string; count: number }> }) => Object.fromEntries(report.counts.map((c) => [c.kind, c.count]));

/**
 * Thinning over GraphQL: the rules and their validation, a dry run that removes nothing, a real run that anonymises
 * the people whose last period ended more than five years ago and deletes access-log entries older than three,
 * every statistics figure of every year the same before and after, erasure on request refused and granted, and the
 * administrator of another principal refused. The history is built through the API on a clock set back to 2018.
 */
describe('retention', () => {
  let t: TestApp;
  let ids: Ids;
  let clock: Clock;
  let db: DataSource;
  let trelleborg: string;
  let svedala: string;
  const people: Record<string, string> = {};
  const on = (date: string) => clock.setNow(new Date(`${date}T10:00:00Z`));

  async function enrol(date: string, identityNumber: string): Promise<{ candidateId: string; enrolmentId: string }> {
    on(date);
    const { enrolCandidate } = await t.ok(
      'secretary1',
      `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { candidate { id } enrolment { id } } }`,
      {
        i: {
          identityNumber,
          firstName: 'Gallring',
          lastName: 'Testperson',
          phone: '0701234567',
          homeMunicipalityConceptId: TRELLEBORG_CONCEPT,
          firstContactOn: date,
          principalId: trelleborg,
        },
      },
    );
    return { candidateId: enrolCandidate.candidate.id, enrolmentId: enrolCandidate.enrolment.id };
  }
  async function path(enrolmentId: string, date: string, followUpOn: string) {
    on(date);
    await t.ok('secretary1', `mutation($i: FirstMeetingInput!) { recordFirstMeeting(input: $i) { id } }`, {
      i: { enrolmentId, heldOn: date, activeJobSeeker: true },
    });
    await t.ok('secretary1', `mutation($i: StartPlanInput!) { startPlan(input: $i) { id } }`, {
      i: { enrolmentId, kind: 'LABOUR_MARKET', establishedOn: date },
    });
    on(followUpOn);
    await t.ok('secretary1', `mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id } }`, {
      i: { enrolmentId, heldOn: followUpOn, form: 'MEETING', summary: 'Berättade om sin situation.', nextOn: addDays(followUpOn, 7) },
    });
  }
  async function exit(enrolmentId: string, date: string, reason: string) {
    on(date);
    await t.ok('secretary1', `mutation($i: ExitEnrolmentInput!) { exitEnrolment(input: $i) { id } }`, { i: { enrolmentId, exitOn: date, reason } });
  }
  /** Every statistics figure of every year from 2018, in every grouping, as the manager reads them. */
  async function allFigures(): Promise<unknown[]> {
    const today = clock.today();
    const figures: unknown[] = [];
    for (let year = 2018; year <= Number(today.slice(0, 4)); year++) {
      const to = `${year}-12-31` < today ? `${year}-12-31` : today;
      for (const groupBy of ['PRINCIPAL', 'SECTOR', 'TEAM', 'SECRETARY']) {
        figures.push((await t.ok('manager1', STATISTICS, { from: `${year}-01-01`, to, groupBy })).statistics);
      }
    }
    return figures;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    clock = t.app.get(Clock);
    db = t.db;
    trelleborg = ids.organisation('Trelleborgs kommun');
    svedala = ids.organisation('Svedala kommun');

    // old: one period that ended in 2018, with a consent and a follow-up
    const old = await enrol('2018-02-01', newIdentityNumber('1980-04-12'));
    await path(old.enrolmentId, '2018-02-01', '2018-02-06');
    await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, {
      i: { candidateId: old.candidateId, purpose: 'SHARE_PROFILE_WITH_EMPLOYERS' },
    });
    await exit(old.enrolmentId, '2018-06-01', 'WORK_UNSUBSIDISED');
    people.old = old.candidateId;
    // twice: two periods, the last ended in 2020
    const twiceNumber = newIdentityNumber('1985-07-03');
    const twice = await enrol('2019-01-10', twiceNumber);
    await path(twice.enrolmentId, '2019-01-10', '2019-01-17');
    await exit(twice.enrolmentId, '2019-05-02', 'STUDIES_STUDENT_AID');
    const again = await enrol('2020-01-07', twiceNumber);
    await exit(again.enrolmentId, '2020-03-02', 'MOVED');
    people.twice = twice.candidateId;
    // back: a period in 2019 and one that ended in 2023, less than five years ago
    const backNumber = newIdentityNumber('1979-09-21');
    const back = await enrol('2019-02-01', backNumber);
    await exit(back.enrolmentId, '2019-04-01', 'MOVED');
    const back2 = await enrol('2023-01-09', backNumber);
    await path(back2.enrolmentId, '2023-01-09', '2023-01-16');
    await exit(back2.enrolmentId, '2023-06-01', 'WORK_SUBSIDISED');
    people.back = back.candidateId;
    // sample: born on the 15th, so in the research sample the law keeps
    const sample = await enrol('2018-03-01', newIdentityNumber('1982-05-15'));
    await exit(sample.enrolmentId, '2018-09-03', 'MOVED');
    people.sample = sample.candidateId;
    // open: enrolled in 2019 and still open
    const open = await enrol('2019-03-04', newIdentityNumber('1991-02-11'));
    await path(open.enrolmentId, '2019-03-04', '2019-03-11');
    people.open = open.candidateId;
    // recent: ended last year
    const recent = await enrol('2025-03-03', newIdentityNumber('1993-10-08'));
    await exit(recent.enrolmentId, '2025-06-02', 'MOVED');
    people.recent = recent.candidateId;
    clock.setNow(new Date());

    // reads of the access log: two of Trelleborg's older than three years, one younger, one of Svedala's old
    await db.query(
      `INSERT INTO access_log_entry (at, user_id, candidate_id, principal_id, operation)
       SELECT now() - interval '4 years', u.id, $1::uuid, $2::uuid, 'candidate' FROM app_user u WHERE u.username = 'secretary1'
       UNION ALL SELECT now() - interval '3 years 1 day', u.id, $1::uuid, $2::uuid, 'candidates' FROM app_user u WHERE u.username = 'secretary1'
       UNION ALL SELECT now() - interval '2 years', u.id, $1::uuid, $2::uuid, 'candidate' FROM app_user u WHERE u.username = 'secretary1'
       UNION ALL SELECT now() - interval '6 years', u.id, c.id, c.principal_id, 'candidate' FROM app_user u, (SELECT id, principal_id FROM candidate WHERE principal_id = $3::uuid LIMIT 1) c WHERE u.username = 'secretary1'`,
      [people.back, trelleborg, svedala],
    );
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  it('seeds the default rules for every municipality, and for one created later', async () => {
    const rules = (await t.ok('admin', RULES, { p: trelleborg })).retentionRules;
    expect(rules.map((r: any) => [r.kind, r.years, r.confirmed, r.updatedBy])).toEqual([
      ['PERSON_RECORDS', 5, false, null],
      ['ACCESS_LOG', 3, false, null],
      ['ERASURE_ON_REQUEST', 5, false, null],
    ]);
    expect(rules[0].exemptBirthDays).toEqual([5, 15, 25]);
    expect(rules[0].legalNote).toContain('12 kap. 2 § socialtjänstlagen');
    expect(rules[1].legalNote).toContain('arkivarie');
    // managers and the principal's reviewers read them too
    expect((await t.ok('manager1', RULES, { p: svedala })).retentionRules).toHaveLength(3);
    expect((await t.ok('reviewer.svedala', RULES, { p: svedala })).retentionRules).toHaveLength(3);
    expect(errorCode(await t.gql('reviewer.svedala', RULES, { p: trelleborg }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('secretary1', RULES, { p: trelleborg }))).toBe('FORBIDDEN');

    const [created] = await db.query(
      `INSERT INTO organisation (name, kind, parent_id, municipality_concept_id) VALUES ('Vellinge kommun', 'MUNICIPALITY', NULL, 'Vellinge') RETURNING id`,
    );
    const seeded = await db.query(`SELECT kind, years FROM retention_rule WHERE principal_id = $1 ORDER BY kind`, [created.id]);
    expect(seeded).toEqual([
      { kind: 'ACCESS_LOG', years: 3 },
      { kind: 'ERASURE_ON_REQUEST', years: 5 },
      { kind: 'PERSON_RECORDS', years: 5 },
    ]);
  });

  it('lets the principal’s administrator set a rule, with its errors next to the fields', async () => {
    const rule = {
      principalId: trelleborg,
      kind: 'ACCESS_LOG',
      years: 3,
      legalNote: 'Dokumenthanteringsplan AMF 2026, punkt 4.2: loggar gallras efter 3 år.',
      version: 1,
    };
    const set = (await t.ok('admin', SET_RULE, { i: rule })).setRetentionRule;
    expect(set).toMatchObject({ kind: 'ACCESS_LOG', years: 3, confirmed: true, version: 2, updatedBy: { username: 'admin' } });
    expect(set.legalNote).toContain('punkt 4.2');

    const stale = await t.gql('admin', SET_RULE, { i: rule });
    expect([errorCode(stale), errorReason(stale), errorFields(stale)]).toEqual(['CONFLICT', 'STALE_VERSION', ['version']]);
    for (const [change, field] of [
      [{ years: -1 }, 'input.years'],
      [{ years: 101 }, 'input.years'],
      [{ kind: 'PERSON_RECORDS', years: 0 }, 'input.years'],
      [{ legalNote: '   ' }, 'input.legalNote'],
      [{ exemptBirthDays: [32] }, 'input.exemptBirthDays'],
    ] as const) {
      const body = await t.gql('admin', SET_RULE, { i: { ...rule, version: 2, ...change } });
      expect([errorCode(body), errorFields(body)]).toEqual(['BAD_USER_INPUT', [field]]);
    }
    // another principal's administrator, and roles that only read, are refused
    const other = await t.gql('admin', SET_RULE, { i: { ...rule, principalId: svedala } });
    expect([errorCode(other), errorFields(other)]).toEqual(['FORBIDDEN', ['input.principalId']]);
    expect(errorCode(await t.gql('manager1', SET_RULE, { i: rule }))).toBe('FORBIDDEN');
  });

  it('lists in a dry run what it would thin, removing nothing', async () => {
    const preview = (await t.ok('admin', PREVIEW, { p: trelleborg })).previewRetention;
    expect(counts(preview)).toEqual({ PERSON_RECORDS: 2, ACCESS_LOG: 2 });
    expect(preview.people).toEqual([
      { candidateId: people.old, lastPeriodEndedOn: '2018-06-01' },
      { candidateId: people.twice, lastPeriodEndedOn: '2020-03-02' },
    ]);
    const [old] = await db.query(`SELECT first_name, erased_at FROM candidate WHERE id = $1`, [people.old]);
    expect(old).toEqual({ first_name: 'Gallring', erased_at: null });
    expect((await db.query(`SELECT count(*)::int AS n FROM access_log_entry WHERE candidate_id = $1`, [people.back]))[0].n).toBe(3);
    const reports = (await t.ok('admin', REPORTS, { p: trelleborg })).retentionReports;
    expect(reports.items[0]).toMatchObject({ dryRun: true, trigger: 'RUN', ranByName: 'Systemförvaltare Trelleborg' });

    expect(errorCode(await t.gql('admin', PREVIEW, { p: svedala }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('manager1', PREVIEW, { p: trelleborg }))).toBe('FORBIDDEN');
  });

  it('thins for real, keeping every statistics figure of every year and month', async () => {
    const before = await allFigures();
    // the people thinned are in the figures: 2018's enrolled are this spec's (the demo's history is the last 400 days)
    expect((before[0] as { total: { enrolled: number; exits: number } }).total).toMatchObject({ enrolled: 2, exits: 2 });
    expect(errorCode(await t.gql('admin', RUN, { p: svedala }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('manager1', RUN, { p: trelleborg }))).toBe('FORBIDDEN');

    const report = (await t.ok('admin', RUN, { p: trelleborg })).runRetention;
    expect(report).toMatchObject({ dryRun: false, trigger: 'RUN', ranByName: 'Systemförvaltare Trelleborg' });
    expect(counts(report)).toEqual({ PERSON_RECORDS: 2, ACCESS_LOG: 2 });
    expect(await allFigures()).toEqual(before);

    const [old] = await db.query(
      `SELECT c.first_name, c.last_name, c.identity_number, c.phone, c.erased_at IS NOT NULL AS erased,
         (SELECT count(*)::int FROM consent WHERE candidate_id = c.id) AS consents,
         (SELECT string_agg(summary, '') FROM candidate_follow_up WHERE candidate_id = c.id) AS summaries,
         (SELECT count(*)::int FROM enrolment WHERE candidate_id = c.id) AS periods
       FROM candidate c WHERE c.id = $1`,
      [people.old],
    );
    expect(old).toEqual({
      first_name: 'Gallrad',
      last_name: 'uppgift',
      identity_number: `GALLRAD-${people.old}`,
      phone: null,
      erased: true,
      consents: 0,
      summaries: '',
      periods: 1,
    });
    const kept = await db.query(`SELECT id FROM candidate WHERE id = ANY($1) AND erased_at IS NULL ORDER BY id`, [
      [people.back, people.sample, people.open, people.recent],
    ]);
    expect(kept).toHaveLength(4);
    // the access log: the younger entry and Svedala's stay, the two older than three years are gone
    expect((await db.query(`SELECT count(*)::int AS n FROM access_log_entry WHERE candidate_id = $1`, [people.back]))[0].n).toBe(1);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM access_log_entry WHERE principal_id = $1 AND at < now() - interval '5 years'`, [svedala]))[0].n,
    ).toBe(1);

    expect(counts((await t.ok('admin', PREVIEW, { p: trelleborg })).previewRetention)).toEqual({ PERSON_RECORDS: 0, ACCESS_LOG: 0 });
    const reports = (await t.ok('reviewer.svedala', REPORTS, { p: svedala })).retentionReports;
    expect(reports.totalCount).toBe(0);
    expect(errorCode(await t.gql('reviewer.svedala', REPORTS, { p: trelleborg }))).toBe('FORBIDDEN');
    const managerReports = (await t.ok('manager1', REPORTS, { p: trelleborg })).retentionReports.items;
    expect(managerReports.find((r: any) => !r.dryRun && r.trigger === 'RUN')).toBeTruthy();
  });

  it('thins every principal every night, reporting the schedule as the one who ran it', async () => {
    const dispatcher = t.app.get(JobDispatcher);
    expect(dispatcher.schedules().get('retention.run')).toBe('30 2 * * *');
    const before = await allFigures();
    await dispatcher.dispatch('retention.run', {}, 1);
    expect(await allFigures()).toEqual(before);
    const [report] = (await t.ok('reviewer.svedala', REPORTS, { p: svedala })).retentionReports.items;
    expect(report).toMatchObject({ dryRun: false, trigger: 'SCHEDULE', ranByName: 'schedule', candidateId: null, reason: null });
    expect(counts(report)).toEqual({ PERSON_RECORDS: 0, ACCESS_LOG: 1 });
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM access_log_entry WHERE principal_id = $1 AND at < now() - interval '5 years'`, [svedala]))[0].n,
    ).toBe(0);
  });

  it('erases one person on request only where the rules allow, keeping the reason', async () => {
    const refused = async (candidateId: string, reason: string) => {
      const body = await t.gql('admin', ERASE, { c: candidateId, r: 'Dnr SN 2026/118' });
      expect([errorCode(body), errorReason(body), errorFields(body)]).toEqual(['CONFLICT', reason, ['candidateId']]);
    };
    await refused(people.open, 'ENROLMENT_OPEN');
    await refused(people.recent, 'RETENTION_REQUIRED');
    await refused(people.sample, 'RETENTION_REQUIRED');
    await refused(people.old, 'ALREADY_ERASED');
    const withNumber = await t.gql('admin', ERASE, { c: people.recent, r: 'Begäran från 19930708-1234' });
    expect([errorCode(withNumber), errorFields(withNumber)]).toEqual(['BAD_USER_INPUT', ['reason']]);
    const svedalaPerson = (await db.query(`SELECT id FROM candidate WHERE principal_id = $1 LIMIT 1`, [svedala]))[0].id;
    expect(errorCode(await t.gql('admin', ERASE, { c: svedalaPerson, r: 'Dnr SN 2026/118' }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('manager1', ERASE, { c: people.recent, r: 'Dnr SN 2026/118' }))).toBe('FORBIDDEN');

    // the principal decides that an ended period's records may be erased on request at once
    const [rule] = await db.query(`SELECT version FROM retention_rule WHERE principal_id = $1 AND kind = 'ERASURE_ON_REQUEST'`, [trelleborg]);
    await t.ok('admin', SET_RULE, {
      i: {
        principalId: trelleborg,
        kind: 'ERASURE_ON_REQUEST',
        years: 0,
        legalNote: 'Beslut SN 2026-11-30 § 12: radering på begäran efter avslut.',
        version: rule.version,
      },
    });
    const erased = (await t.ok('admin', ERASE, { c: people.recent, r: 'Dnr SN 2026/118' })).erasePerson;
    expect(erased).toMatchObject({ dryRun: false, trigger: 'ERASURE_REQUEST', candidateId: people.recent, reason: 'Dnr SN 2026/118' });
    expect(counts(erased)).toEqual({ PERSON_RECORDS: 1, ACCESS_LOG: 0 });
    const person = (await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { firstName lastName phone identityNumber } }`, { id: people.recent }))
      .candidate;
    expect(person).toEqual({ firstName: 'Gallrad', lastName: 'uppgift', phone: null, identityNumber: `GALLRAD-${people.recent}` });
    // the shell is kept for the statistics, not for finding: no search lists it
    expect((await t.ok('secretary1', `{ candidates(name: "Gallrad", limit: 50) { items { id } } }`)).candidates.items).not.toContainEqual({
      id: people.recent,
    });
    const reports = (await t.ok('manager1', REPORTS, { p: trelleborg })).retentionReports.items;
    expect(reports[0]).toMatchObject({ trigger: 'ERASURE_REQUEST', reason: 'Dnr SN 2026/118', ranByName: 'Systemförvaltare Trelleborg' });
  });
});
