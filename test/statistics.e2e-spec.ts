import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Clock } from '../src/platform/context/clock.js';
import { JobDispatcher } from '../src/platform/jobs/job-dispatcher.js';
import { MonthlyReportsService } from '../src/modules/statistics/monthly-reports.service.js';
import { WorkChecksService } from '../src/modules/statistics/work-checks.service.js';
import { Ids, newIdentityNumber } from './support/factories.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { STATISTICS_ROW } from './support/statistics.js';

const SVEDALA_CONCEPT = 'n6r4_fjK_kRr';
const TRELLEBORG_CONCEPT = 'STvk_dra_M1X';

/** The first half of 2024: long before the demo's history (the last 400 days), so every period in it is this spec's. */
const FROM = '2024-01-01';
const TO = '2024-06-30';

const STATISTICS = `query($from: String!, $to: String!, $groupBy: StatisticsGroupBy, $principalId: ID) {
  statistics(from: $from, to: $to, groupBy: $groupBy, principalId: $principalId) { from to asOf groupBy principalIds rows { ${STATISTICS_ROW} } total { ${STATISTICS_ROW} } } }`;
const EXPORT = `query($from: String!, $to: String!, $groupBy: StatisticsGroupBy, $principalId: ID, $format: ExportFormat!) {
  statisticsExport(from: $from, to: $to, groupBy: $groupBy, principalId: $principalId, format: $format) { filename contentType base64 } }`;
const SET_PARAMETERS = `mutation($i: SetEconomicParametersInput!) { setEconomicParameters(input: $i) {
  principalId principalName aidPerPersonMonth taxPerWorkExitMonth costPerEnrolled version updatedBy { username } } }`;
const REPORTS = `query($p: ID) { monthlyReports(principalId: $p) { totalCount items { id principalId principalName month producedAt } } }`;
const REPORT = `query($id: ID!) { monthlyReport(id: $id) { id principalId month
  bySector { from to asOf groupBy rows { key label enrolled } total { ${STATISTICS_ROW} } }
  byTeam { groupBy rows { key label enrolled exits } total { enrolled exits } } } }`;

interface Row {
  key: string | null;
  label: string;
  enrolled: number;
  newlyEnrolled: number;
  exits: number;
  exitsByReason: Array<{ reason: string; count: number }>;
  exitsByOutcome: Record<string, number>;
  shareOfEnrolled: { numerator: number; denominator: number; fraction: number | null; percent: number | null };
  shareOfExits: { numerator: number; denominator: number; fraction: number | null; percent: number | null };
  monthly: Array<Record<string, unknown>>;
  economy: Record<string, number | null> | null;
  [field: string]: unknown;
}

/**
 * Statistics over GraphQL, on an enrolment history this spec builds through the API on a simulated clock in 2024:
 * ten Svedala job seekers and one Trelleborg job seeker along the path, with exits of every kind, among them an
 * exit to work that is pending until its month has passed and a job that ended after three weeks.
 */
describe(`statistics (${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'})`, () => {
  let t: TestApp;
  let ids: Ids;
  let clock: Clock;
  let svedala: string;
  let trelleborg: string;
  const on = (date: string) => clock.setNow(new Date(`${date}T10:00:00Z`));
  const statistics = async (as: string, variables: Record<string, unknown>) =>
    (await t.ok(as, STATISTICS, { from: FROM, to: TO, ...variables })).statistics as { asOf: string; principalIds: string[]; rows: Row[]; total: Row };
  const reason = (row: Row, r: string) => row.exitsByReason.find((e) => e.reason === r)?.count;

  async function enrol(date: string, principalId: string, identityNumber = newIdentityNumber()): Promise<{ enrolmentId: string; identityNumber: string }> {
    on(date);
    const { enrolCandidate } = await t.ok('secretary1', `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { enrolment { id } } }`, {
      i: { identityNumber, firstName: 'Statistik', lastName: 'Testperson', homeMunicipalityConceptId: principalId === svedala ? SVEDALA_CONCEPT : TRELLEBORG_CONCEPT, firstContactOn: date, principalId },
    });
    return { enrolmentId: enrolCandidate.enrolment.id, identityNumber };
  }
  async function meet(enrolmentId: string, date: string, as = 'secretary1') {
    on(date);
    await t.ok(as, `mutation($i: FirstMeetingInput!) { recordFirstMeeting(input: $i) { id } }`, { i: { enrolmentId, heldOn: date, activeJobSeeker: true } });
  }
  async function plan(enrolmentId: string, date: string, as = 'secretary1') {
    on(date);
    await t.ok(as, `mutation($i: StartPlanInput!) { startPlan(input: $i) { id } }`, { i: { enrolmentId, kind: 'LABOUR_MARKET', establishedOn: date } });
  }
  async function sector(enrolmentId: string, code: string, date: string) {
    on(date);
    await t.ok('secretary1', `mutation($i: ChooseSectorInput!) { chooseSector(input: $i) { id } }`, { i: { enrolmentId, sectorId: ids.sector(code), chosenOn: date } });
  }
  async function followUp(enrolmentId: string, heldOn: string, nextOn: string) {
    on(heldOn);
    await t.ok('secretary1', `mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id } }`, { i: { enrolmentId, heldOn, form: 'MEETING', summary: 'Veckouppföljning.', nextOn } });
  }
  async function exit(enrolmentId: string, date: string, exitReason: string, as = 'secretary1'): Promise<{ workCheck: string | null; exitOutcome: string }> {
    on(date);
    return (await t.ok(as, `mutation($i: ExitEnrolmentInput!) { exitEnrolment(input: $i) { workCheck exitOutcome } }`, { i: { enrolmentId, exitOn: date, reason: exitReason } })).exitEnrolment;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    clock = t.app.get(Clock);
    svedala = ids.organisation('Svedala kommun');
    trelleborg = ids.organisation('Trelleborgs kommun');

    // P6: enrolled before the period and open all through it; followed up 10 June (next 17 June, overdue at the end)
    const p6 = await enrol('2023-11-06', svedala);
    await meet(p6.enrolmentId, '2023-11-06');
    await plan(p6.enrolmentId, '2023-11-07');
    // P8: enrolled and exited before the period: not counted
    const p8 = await enrol('2023-10-02', svedala);
    await meet(p8.enrolmentId, '2023-10-02');
    await exit(p8.enrolmentId, '2023-12-15', 'MOVED');

    // P1: plan the same day, sector in 4 working days, to work on 15 March: pending until the month has passed
    const p1 = await enrol('2024-01-08', svedala);
    await meet(p1.enrolmentId, '2024-01-08');
    await plan(p1.enrolmentId, '2024-01-08');
    await sector(p1.enrolmentId, 'VARD_OMSORG', '2024-01-12');
    expect(await exit(p1.enrolmentId, '2024-03-15', 'WORK_UNSUBSIDISED')).toEqual({ workCheck: 'PENDING', exitOutcome: 'WORK_PENDING' });
    // P2: plan in 1 working day, sector in 7, to studies with student aid; enrolled again in May (a second period)
    const p2 = await enrol('2024-01-15', svedala);
    await meet(p2.enrolmentId, '2024-01-15');
    await plan(p2.enrolmentId, '2024-01-16');
    await sector(p2.enrolmentId, 'HANDEL', '2024-01-24');
    await exit(p2.enrolmentId, '2024-02-20', 'STUDIES_STUDENT_AID');
    // P11 (Trelleborg): to work on 1 March
    const p11 = await enrol('2024-02-01', trelleborg);
    await meet(p11.enrolmentId, '2024-02-01');
    await plan(p11.enrolmentId, '2024-02-01');
    await exit(p11.enrolmentId, '2024-03-01', 'WORK_UNSUBSIDISED');
    // P3 (secretary2's): plan in 3 working days, a municipal labour-market employment (never work, Kolada)
    const p3 = await enrol('2024-02-05', svedala);
    await meet(p3.enrolmentId, '2024-02-05', 'secretary2');
    await plan(p3.enrolmentId, '2024-02-08', 'secretary2');
    await exit(p3.enrolmentId, '2024-04-02', 'MUNICIPAL_LABOUR_MARKET_EMPLOYMENT', 'secretary2');
    // P4: a subsidised job from 1 April that ended after three weeks
    const p4 = await enrol('2024-02-12', svedala);
    await meet(p4.enrolmentId, '2024-02-12');
    await plan(p4.enrolmentId, '2024-02-12');
    expect((await exit(p4.enrolmentId, '2024-04-01', 'WORK_SUBSIDISED')).workCheck).toBe('PENDING');
    // P5: sector in 4 working days, to work on 17 June: still pending at the end of June
    const p5 = await enrol('2024-03-04', svedala);
    await meet(p5.enrolmentId, '2024-03-04');
    await plan(p5.enrolmentId, '2024-03-05');
    await sector(p5.enrolmentId, 'VARD_OMSORG', '2024-03-08');
    // P10: no first meeting (no secretary), plan in 1 working day (after annandag påsk), studies without student aid
    const p10 = await enrol('2024-04-02', svedala);
    await plan(p10.enrolmentId, '2024-04-03');
    await exit(p10.enrolmentId, '2024-05-10', 'STUDIES_OTHER');

    // P12 (Trelleborg): moved away on 5 June and came back on the 20th, two periods in one month
    const p12 = await enrol('2024-06-03', trelleborg);
    await meet(p12.enrolmentId, '2024-06-03');
    await exit(p12.enrolmentId, '2024-06-05', 'MOVED');
    await enrol('2024-06-20', trelleborg, p12.identityNumber);

    // the morning check on 16 April: P1's and P11's jobs have lasted their month; P4's month is not over
    on('2024-04-16');
    await t.asScheduler(() => t.app.get(WorkChecksService).settleDue());
    // P4's secretary learns on 22 April that the job ended on the 21st: three weeks, not work
    on('2024-04-22');
    const p4Check = await t.ok('secretary1', `mutation($i: ConfirmWorkExitInput!) { confirmWorkExit(input: $i) { workCheck exitOutcome } }`, { i: { enrolmentId: p4.enrolmentId, jobEndedOn: '2024-04-21' } });
    expect(p4Check.confirmWorkExit).toEqual({ workCheck: 'ENDED_WITHIN_MONTH', exitOutcome: 'OTHER' });

    const p2b = await enrol('2024-05-06', svedala, p2.identityNumber);
    await meet(p2b.enrolmentId, '2024-05-06');
    await plan(p2b.enrolmentId, '2024-05-07');
    // P7: met, no plan, no follow-up: overdue a week after the first meeting
    const p7 = await enrol('2024-05-20', svedala);
    await meet(p7.enrolmentId, '2024-05-21');
    await followUp(p6.enrolmentId, '2024-06-10', '2024-06-17');
    expect((await exit(p5.enrolmentId, '2024-06-17', 'WORK_UNSUBSIDISED')).workCheck).toBe('PENDING');
    await followUp(p2b.enrolmentId, '2024-06-28', '2024-07-05');
    // after the period: a follow-up of P6 (does not undo the overdue at the end of June) and a new person
    await followUp(p6.enrolmentId, '2024-07-02', '2024-07-09');
    await enrol('2024-07-15', svedala);
    on('2024-07-16');
  });

  afterAll(() => t?.close());

  it('counts the enrolled, the exits by reason and outcome, both shares, plans, timings and overdue follow-ups exactly', async () => {
    const { asOf, principalIds, rows, total } = await statistics('manager1', { principalId: svedala });
    expect(asOf).toBe(TO);
    expect(principalIds).toEqual([svedala]);
    expect(rows.map((r) => [r.key, r.label])).toEqual([[svedala, 'Svedala kommun']]);
    const [row] = rows;
    expect(row).toMatchObject({ enrolled: 8, newlyEnrolled: 7, exits: 6 });
    expect(row.exitsByOutcome).toEqual({ work: 1, studies: 1, other: 3, workPending: 1, settled: 5 });
    expect(row.exitsByReason).toHaveLength(9);
    expect(Object.fromEntries(row.exitsByReason.filter((e) => e.count > 0).map((e) => [e.reason, e.count]))).toEqual({
      WORK_UNSUBSIDISED: 2, // P1 (lasted) and P5 (pending)
      WORK_SUBSIDISED: 1, // P4: ended after three weeks, counts as other
      MUNICIPAL_LABOUR_MARKET_EMPLOYMENT: 1,
      STUDIES_STUDENT_AID: 1,
      STUDIES_OTHER: 1,
    });
    // (work + studies) / enrolled = 2 / 8; Kolada: (work + studies) / settled exits = 2 / 5, the pending exit in neither
    expect(row.shareOfEnrolled).toEqual({ numerator: 2, denominator: 8, fraction: 0.25, percent: 25 });
    expect(row.shareOfExits).toEqual({ numerator: 2, denominator: 5, fraction: 0.4, percent: 40 });
    // open on 30 June: P6 (plan), P2's second period (plan), P7 (no plan); P6's and P7's follow-ups overdue
    expect(row).toMatchObject({ openAtEnd: 3, currentPlan: { numerator: 2, denominator: 3, percent: 67 }, overdueFollowUps: 2 });
    // plans in the period after 0, 1, 3, 0, 1, 1, 1 working days; sectors after 4, 7, 4
    expect(row.workingDaysToPlan).toEqual({ count: 7, median: 1, mean: 1, targetWorkingDays: 1, withinTarget: { numerator: 6, denominator: 7, percent: 86 } });
    expect(row.workingDaysToSector).toEqual({ count: 3, median: 4, mean: 5, targetWorkingDays: 5, withinTarget: { numerator: 2, denominator: 3, percent: 67 } });
    expect(row.monthly.map((m) => [m.month, m.enrolled, m.newlyEnrolled, m.exited, m.exitsToWorkOrStudies])).toEqual([
      ['2024-01', 3, 2, 0, 0],
      ['2024-02', 5, 2, 1, 1],
      ['2024-03', 5, 1, 1, 1],
      ['2024-04', 5, 1, 2, 0],
      ['2024-05', 5, 2, 1, 0],
      ['2024-06', 4, 0, 1, 0],
    ]);
    expect(row.economy).toBeNull(); // no parameters set yet
    expect(total).toMatchObject({ key: null, label: 'Totalt', total: true, enrolled: 8, exits: 6, shareOfEnrolled: { percent: 25 }, shareOfExits: { percent: 40 } });
  });

  it('shows every principal to a manager, with a total that counts each person once', async () => {
    const { principalIds, rows, total } = await statistics('manager1', {});
    expect([...principalIds].sort()).toEqual([svedala, trelleborg].sort());
    expect(rows.map((r) => r.label)).toEqual(['Svedala kommun', 'Trelleborgs kommun']);
    // Trelleborg: P11 to work, and P12, who left and came back in June: one person, two periods
    expect(rows[1]).toMatchObject({ enrolled: 2, newlyEnrolled: 2, exits: 2, exitsByOutcome: { work: 1, other: 1 }, shareOfEnrolled: { percent: 50 }, shareOfExits: { percent: 50 } });
    const series = (row: Row) => row.monthly.map((m) => [m.month, m.enrolled, m.newlyEnrolled, m.exited, m.exitsToWorkOrStudies]);
    expect(series(rows[1])).toEqual([
      ['2024-01', 0, 0, 0, 0],
      ['2024-02', 1, 1, 0, 0],
      ['2024-03', 1, 0, 1, 1],
      ['2024-04', 0, 0, 0, 0],
      ['2024-05', 0, 0, 0, 0],
      ['2024-06', 1, 1, 1, 0],
    ]);
    expect(total).toMatchObject({ enrolled: 10, newlyEnrolled: 9, exits: 8, exitsByOutcome: { work: 2, studies: 1, other: 4, workPending: 1 } });
    expect(total.shareOfEnrolled).toMatchObject({ numerator: 3, denominator: 10, percent: 30 });
    expect(total.shareOfExits).toMatchObject({ numerator: 3, denominator: 7, percent: 43 });
    expect(series(total)[5]).toEqual(['2024-06', 5, 1, 2, 0]);
  });

  it('groups by sector, team and secretary, periods without one in a group of their own', async () => {
    const bySector = await statistics('manager1', { principalId: svedala, groupBy: 'SECTOR' });
    expect(bySector.rows.map((r) => [r.key, r.label, r.enrolled])).toEqual([
      [ids.sector('HANDEL'), 'Handel och service', 1],
      [ids.sector('VARD_OMSORG'), 'Vård och omsorg', 2],
      [null, 'Ingen bransch vald', 6],
    ]);
    // P2 is in Handel (first period) and without a sector (second): in both groups, once in the total
    expect(bySector.total.enrolled).toBe(8);
    const care = bySector.rows[1];
    expect(care.exitsByOutcome).toMatchObject({ work: 1, workPending: 1 });
    expect(care.shareOfExits).toMatchObject({ numerator: 1, denominator: 1, percent: 100 });

    const byTeam = await statistics('manager1', { principalId: svedala, groupBy: 'TEAM' });
    expect(byTeam.rows.map((r) => [r.label, r.enrolled])).toEqual([
      ['Bransch-team Handel och service', 1],
      ['Bransch-team Vård och omsorg', 2],
      ['Inget bransch-team', 6],
    ]);

    const bySecretary = await statistics('manager1', { principalId: svedala, groupBy: 'SECRETARY' });
    const enrolledBy = Object.fromEntries(bySecretary.rows.map((r) => [r.key ?? 'none', r.enrolled]));
    expect(enrolledBy).toEqual({ [ids.user('secretary1')]: 6, [ids.user('secretary2')]: 1, none: 1 });
  });

  it('estimates the economic effect with the principal’s parameters, set by a manager with an optimistic version', async () => {
    const input = { principalId: svedala, aidPerPersonMonth: 8000, taxPerWorkExitMonth: 7500, costPerEnrolled: 28915, version: 0 };
    const { setEconomicParameters: set } = await t.ok('manager1', SET_PARAMETERS, { i: input });
    expect(set).toEqual({ ...input, principalName: 'Svedala kommun', version: 1, updatedBy: { username: 'manager1' } });
    const stale = await t.gql('manager1', SET_PARAMETERS, { i: { ...input, aidPerPersonMonth: 9000 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const bad = await t.gql('manager1', SET_PARAMETERS, { i: { ...input, aidPerPersonMonth: -1, taxPerWorkExitMonth: 1.005, version: 1 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(errorFields(bad).sort()).toEqual(['input.aidPerPersonMonth', 'input.taxPerWorkExitMonth']);
    expect(errorCode(await t.gql('reviewer.svedala', SET_PARAMETERS, { i: { ...input, version: 1 } }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('manager1', SET_PARAMETERS, { i: { ...input, principalId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg') } }))).toBe('FORBIDDEN');

    const [row] = (await statistics('manager1', { principalId: svedala })).rows;
    // (1 + 1) x 8,000; 1 x 7,500; 8 x 28,915
    expect(row.economy).toEqual({ aidReducedPerMonth: 16_000, taxIncreasePerMonth: 7500, programmeCost: 231_320 });
    // Trelleborg has none: no estimate for Trelleborg, nor for a total that would leave Trelleborg's people out
    const all = await statistics('manager1', {});
    expect(all.rows.map((r) => r.economy)).toEqual([row.economy, null]);
    expect(all.total.economy).toBeNull();
    const bySector = await statistics('manager1', { principalId: svedala, groupBy: 'SECTOR' });
    expect(bySector.rows[1].economy).toEqual({ aidReducedPerMonth: 8000, taxIncreasePerMonth: 7500, programmeCost: 2 * 28_915 });
    expect(bySector.total.economy).toEqual(row.economy);

    const read = await t.ok('reviewer.svedala', `{ economicParameters { principalId aidPerPersonMonth costPerEnrolled version } }`);
    expect(read.economicParameters).toEqual([{ principalId: svedala, aidPerPersonMonth: 8000, costPerEnrolled: 28915, version: 1 }]);
  });

  it('lets Svedala’s reviewer see Svedala only, per principal, sector or team, not per secretary', async () => {
    const own = await statistics('reviewer.svedala', {});
    expect(own.principalIds).toEqual([svedala]);
    const asManager = await statistics('manager1', { principalId: svedala });
    expect(own.rows).toEqual(asManager.rows);
    expect((await statistics('reviewer.svedala', { groupBy: 'TEAM' })).total.enrolled).toBe(8);

    const trelleborgs = await t.gql('reviewer.svedala', STATISTICS, { from: FROM, to: TO, principalId: trelleborg });
    expect(errorCode(trelleborgs)).toBe('FORBIDDEN');
    expect(errorFields(trelleborgs)).toEqual(['principalId']);
    const perSecretary = await t.gql('reviewer.svedala', STATISTICS, { from: FROM, to: TO, groupBy: 'SECRETARY' });
    expect(errorCode(perSecretary)).toBe('FORBIDDEN');
    expect(errorFields(perSecretary)).toEqual(['groupBy']);
  });

  it('refuses other roles and invalid periods, naming the field', async () => {
    for (const as of ['recruiter1', 'secretary1', 'bd1', 'admin']) {
      expect(errorCode(await t.gql(as, STATISTICS, { from: FROM, to: TO }))).toBe('FORBIDDEN');
    }
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ from: '2024-06-01', to: '2024-05-31' }, ['to']],
      [{ from: '2020-01-01', to: '2023-01-01' }, ['to']],
      [{ from: '2024-02-30', to: '2024-03-31' }, ['from']],
      [{ from: '2024-08-01', to: '2024-08-31' }, ['from']], // the clock says 16 July 2024
      [{ principalId: 'not-a-uuid' }, ['principalId']],
    ];
    for (const [variables, fields] of cases) {
      const body = await t.gql('manager1', STATISTICS, { from: FROM, to: TO, ...variables });
      expect([errorCode(body), errorFields(body)]).toEqual(['BAD_USER_INPUT', fields]);
    }
  });

  it('exports CSV (BOM, semicolons) and XLSX (rows and monthly series) that parse back', async () => {
    const csv = (await t.ok('manager1', EXPORT, { from: FROM, to: TO, principalId: svedala, format: 'CSV' })).statisticsExport;
    expect(csv).toMatchObject({ filename: `brygga-statistik-svedala-kommun-${FROM}-${TO}-principal.csv`, contentType: 'text/csv; charset=utf-8' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [headers, ...lines] = text.slice(1).trim().split('\r\n').map((l) => l.split(';'));
    expect(lines.map((l) => l[headers.indexOf('Grupp')])).toEqual(['Svedala kommun', 'Totalt']);
    expect(lines[0][headers.indexOf('Inskrivna')]).toBe('8');
    expect(lines[0][headers.indexOf('Till arbete eller studier, andel av avslut (%) (Kolada)')]).toBe('40');
    expect(lines[0][headers.indexOf('Avslut till arbete, månadskontroll ej klar')]).toBe('1');

    const xlsx = (await t.ok('reviewer.svedala', EXPORT, { from: FROM, to: TO, groupBy: 'SECTOR', format: 'XLSX' })).statisticsExport;
    expect(xlsx.filename).toBe(`brygga-statistik-alla-${FROM}-${TO}-sector.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Indikatorer', 'Månadsvis']);
    const sheetRows = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    const [head, ...groups] = sheetRows('Indikatorer');
    expect(groups.map((g) => [g[head.indexOf('Grupp')], g[head.indexOf('Inskrivna')]])).toEqual([['Handel och service', 1], ['Vård och omsorg', 2], ['Ingen bransch vald', 6], ['Totalt', 8]]);
    expect(sheetRows('Månadsvis')).toHaveLength(1 + 4 * 6);
  });

  it('produces the monthly report once, from the first working day of the month, and keeps it', async () => {
    const reports = t.app.get(MonthlyReportsService);
    on('2024-06-01'); // a Saturday: May's report is not due yet
    expect(await t.asScheduler(() => reports.produceDue())).toEqual([]);
    on('2024-06-03'); // Monday, the first working day of June
    const made = await t.asScheduler(() => reports.produceDue());
    expect(made.map((r) => [r.principalName, r.month]).sort()).toEqual([['Svedala kommun', '2024-05-01'], ['Trelleborgs kommun', '2024-05-01']]);
    expect(await t.asScheduler(() => reports.produceDue())).toEqual([]); // the same day again
    on('2024-06-20');
    expect(await t.asScheduler(() => reports.produceDue())).toEqual([]); // later in the month

    const listed = (await t.ok('manager1', REPORTS, {})).monthlyReports;
    expect(listed.totalCount).toBe(2);
    const mine = (await t.ok('reviewer.svedala', REPORTS, {})).monthlyReports;
    expect(mine.items.map((r: { principalId: string; month: string }) => [r.principalId, r.month])).toEqual([[svedala, '2024-05-01']]);
    const theirs = listed.items.find((r: { principalId: string }) => r.principalId === trelleborg).id;
    expect(errorCode(await t.gql('reviewer.svedala', REPORT, { id: theirs }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('reviewer.svedala', REPORTS, { p: trelleborg }))).toBe('FORBIDDEN');

    const { monthlyReport } = await t.ok('reviewer.svedala', REPORT, { id: mine.items[0].id });
    expect(monthlyReport.bySector).toMatchObject({ from: '2024-05-01', to: '2024-05-31', asOf: '2024-05-31', groupBy: 'SECTOR' });
    // May: P6, P5, P10, P7 and P2's second period; P10 left for studies without student aid
    expect(monthlyReport.bySector.total).toMatchObject({ enrolled: 5, newlyEnrolled: 2, exits: 1, exitsByOutcome: { other: 1 }, shareOfExits: { percent: 0 } });
    expect(monthlyReport.bySector.total.economy).toEqual({ aidReducedPerMonth: 0, taxIncreasePerMonth: 0, programmeCost: 5 * 28_915 });
    expect(monthlyReport.byTeam.total).toEqual({ enrolled: 5, exits: 1 });

    // July: the job missed its first working day (1 July) and runs on the 10th; its processor is the one the
    // daily schedule fires (on BullMQ as in process)
    const dispatcher = t.app.get(JobDispatcher);
    expect(dispatcher.schedules().get('statistics.monthlyReport')).toBe('0 6 * * *');
    on('2024-07-10');
    await dispatcher.dispatch('statistics.monthlyReport', {}, 1);
    expect((await t.ok('manager1', REPORTS, {})).monthlyReports.totalCount).toBe(4);
    const all = (await t.ok('manager1', REPORTS, { p: svedala })).monthlyReports;
    expect(all.items.map((r: { month: string }) => r.month)).toEqual(['2024-06-01', '2024-05-01']);
    const june = (await t.ok('manager1', REPORT, { id: all.items[0].id })).monthlyReport;
    // P5's job started 17 June: still pending when the report was made
    expect(june.bySector.total.exitsByOutcome).toMatchObject({ workPending: 1 });

    const file = (await t.ok('reviewer.svedala', `query($id: ID!) { monthlyReportExport(id: $id, format: XLSX) { filename base64 } }`, { id: all.items[0].id })).monthlyReportExport;
    expect(file.filename).toBe('brygga-manadsrapport-svedala-kommun-2024-06.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const groupings = workbook.getWorksheet('Indikatorer')!.getColumn(4).values.slice(2);
    expect(new Set(groupings)).toEqual(new Set(['Bransch', 'Bransch-team']));
  });

  it('counts a pending exit to work as work once the one-month check has settled it', async () => {
    on('2024-07-20'); // P5's job started 17 June has lasted its month
    expect(await t.asScheduler(() => t.app.get(WorkChecksService).settleDue())).toBe(1);
    const [row] = (await statistics('manager1', { principalId: svedala })).rows;
    expect(row.exitsByOutcome).toEqual({ work: 2, studies: 1, other: 3, workPending: 0, settled: 6 });
    expect(reason(row, 'WORK_UNSUBSIDISED')).toBe(2);
    expect(row.shareOfEnrolled).toMatchObject({ numerator: 3, denominator: 8, percent: 38 }); // 37.5 % rounds up
    expect(row.shareOfExits).toMatchObject({ numerator: 3, denominator: 6, percent: 50 });
    expect(row.monthly[5]).toMatchObject({ month: '2024-06', exited: 1, exitsToWorkOrStudies: 1 });
    expect(row.economy).toEqual({ aidReducedPerMonth: 24_000, taxIncreasePerMonth: 15_000, programmeCost: 231_320 });
  });
});
