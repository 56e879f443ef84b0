import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, TestApp } from './support/test-app.js';
import { ExposureReportsService } from '../src/matching/exposure-reports.js';
import { Clock } from '../src/platform/context/clock.js';

const HISTORY = `query($m: Int) { rankingExposureHistory(months: $m) { month from to lists appearances population
  dimensions { dimension lists disparity groups { group population populationShare appearances exposureShare ratio } } } }`;
const ACCESS_LOG = `query($c: ID, $from: DateTime) { accessLog(candidateId: $c, from: $from, limit: 100) { totalCount
  items { at operation candidateId candidateName principalId user { username name organisation { name } } } } }`;
const KEPT = `{ keptRankingExposureReports { principalName month producedAt report { month population appearances dimensions { dimension disparity } } } }`;
const OPEN_OPENINGS = '{ openings(status: OPEN, limit: 100) { items { id } } }';
const RANK = `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 25, excludedLimit: 0) { ranked { candidate { id } } } }`;
const SHORTLIST = `query($o: ID!) { shortlist(openingId: $o) { candidateId } }`;
const PLACED = `query($o: ID!) { placements(openingId: $o, limit: 100) { items { candidate { id } } } }`;
const ADD = `mutation($i: AddToShortlistInput!) { addToShortlist(input: $i) { id } }`;
const SVEDALA_PEOPLE = `{ organisations { id name } candidates(limit: 100) { items { id firstName lastName principalId } } }`;

interface Month {
  month: string;
  from: string;
  to: string;
  lists: number;
  appearances: number;
  population: number;
  dimensions: Array<{ dimension: string; lists: number; disparity: number; groups: Array<Record<string, number | string>> }>;
}

/**
 * The ranking's exposure over time (rankingExposureHistory), the access log as its readers read it (who, which
 * person), and who may read them, on the demo.
 */
describe('exposure over time and the access log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  const history = async (months?: number): Promise<Month[]> => (await t.ok('manager1', HISTORY, { m: months })).rankingExposureHistory;

  it('gives the last twelve months up to this one, each group against its share of the people enrolled that month', async () => {
    const months = await history();
    expect(months).toHaveLength(12);
    expect(months[11]!.month).toBe(new Date().toISOString().slice(0, 7));
    expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
    // the demo's placements were proposed over the last month: someone was put forward
    expect(months.slice(10).reduce((n, m) => n + m.appearances, 0)).toBeGreaterThan(0);
    for (const m of months) {
      expect(m.dimensions.map((d) => d.dimension)).toEqual(['age', 'newly arrived', 'Swedish level']);
      for (const d of m.dimensions) {
        expect(d.lists).toBe(m.lists);
        expect(d.groups.reduce((n, g) => n + (g.population as number), 0)).toBe(m.population);
        expect(d.groups.reduce((n, g) => n + (g.appearances as number), 0)).toBe(m.appearances);
        const ratios = d.groups.map((g) => g.ratio as number);
        if (m.appearances > 0) expect(d.disparity).toBeCloseTo(Math.min(...ratios) / Math.max(...ratios), 10);
      }
    }
    expect(await history(3)).toHaveLength(3);
  });

  it('counts a person shortlisted today once in this month, however often the ranking is read', async () => {
    const before = (await history(1))[0]!;
    const { openings } = await t.ok('recruiter1', OPEN_OPENINGS);
    let added: { openingId: string; candidateId: string } | null = null;
    for (const { id } of openings.items as Array<{ id: string }>) {
      const taken = new Set<string>([
        ...(await t.ok('recruiter1', SHORTLIST, { o: id })).shortlist.map((e: { candidateId: string }) => e.candidateId),
        ...(await t.ok('recruiter1', PLACED, { o: id })).placements.items.map((p: { candidate: { id: string } }) => p.candidate.id),
      ]);
      const ranked = (await t.ok('recruiter1', RANK, { id })).rankCandidatesForOpening.ranked as Array<{ candidate: { id: string } }>;
      const free = ranked.find((r) => !taken.has(r.candidate.id));
      if (free) {
        added = { openingId: id, candidateId: free.candidate.id };
        break;
      }
    }
    expect(added).not.toBeNull();
    await t.ok('recruiter1', ADD, { i: added });
    await t.ok('recruiter1', RANK, { id: added!.openingId });
    const after = (await history(1))[0]!;
    expect(after.appearances).toBe(before.appearances + 1);
  });

  it('keeps each principal’s report of the month before, once, from the month’s first working day', async () => {
    const clock = t.app.get(Clock);
    const reports = t.app.get(ExposureReportsService);
    const thisMonth = new Date().toISOString().slice(0, 7);
    const [year, month] = thisMonth.split('-').map(Number);
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    try {
      clock.setNow(new Date(`${next}-15T10:00:00Z`)); // past the first working day of next month, whatever the holidays
      const made = await t.asScheduler(() => reports.produceDue());
      expect(made.map((r) => r.month)).toEqual([thisMonth, thisMonth]);
      expect(await t.asScheduler(() => reports.produceDue())).toEqual([]); // the same day again
    } finally {
      clock.setNow(new Date());
    }
    const kept = (await t.ok('manager1', KEPT)).keptRankingExposureReports;
    expect(kept.map((r: { principalName: string; month: string }) => [r.principalName, r.month]).sort()).toEqual([
      ['Svedala kommun', thisMonth],
      ['Trelleborgs kommun', thisMonth],
    ]);
    for (const r of kept) {
      expect(r.report.month).toBe(thisMonth);
      expect(r.report.population).toBeGreaterThan(0);
      expect(r.report.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual(['age', 'newly arrived', 'Swedish level']);
    }
    expect(errorCode(await t.gql('reviewer.svedala', KEPT))).toBe('FORBIDDEN');
  });

  it('is for managers only', async () => {
    for (const user of ['secretary1', 'recruiter1', 'reviewer.svedala', 'admin']) {
      expect(errorCode(await t.gql(user, HISTORY, { m: 1 }))).toBe('FORBIDDEN');
    }
  });

  it('tells Svedala’s reviewer who read a Svedala person, with their organisation and the person’s name, and logs the reading of the log', async () => {
    const { organisations, candidates } = await t.ok('reviewer.svedala', SVEDALA_PEOPLE);
    const svedala = (organisations as Array<{ id: string; name: string }>).find((o) => o.name === 'Svedala kommun')!;
    const person = (candidates.items as Array<{ id: string; firstName: string; lastName: string; principalId: string }>).find(
      (c) => c.principalId === svedala.id,
    )!;
    const since = new Date().toISOString();
    await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { id } }`, { id: person.id });

    const { accessLog } = await t.ok('reviewer.svedala', ACCESS_LOG, { c: person.id, from: since });
    const read = accessLog.items.find(
      (e: { operation: string; user: { username: string } }) => e.operation === 'candidate' && e.user.username === 'secretary1',
    );
    expect(read).toMatchObject({
      candidateId: person.id,
      candidateName: `${person.firstName} ${person.lastName}`,
      principalId: svedala.id,
      user: { username: 'secretary1', organisation: { name: expect.stringMatching(/Arbetsmarknadsförvaltningen/) } },
    });
    const again = (await t.ok('reviewer.svedala', ACCESS_LOG, { c: person.id, from: since })).accessLog.items;
    expect(again.some((e: { operation: string; user: { username: string } }) => e.operation === 'accessLog' && e.user.username === 'reviewer.svedala')).toBe(
      true,
    );

    // a Trelleborg person's reads are not in Svedala's log
    const trelleborgs = (await t.ok('manager1', SVEDALA_PEOPLE)).candidates.items.find((c: { principalId: string }) => c.principalId !== svedala.id);
    await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { id } }`, { id: trelleborgs.id });
    expect((await t.ok('reviewer.svedala', ACCESS_LOG, { c: trelleborgs.id })).accessLog.totalCount).toBe(0);
    expect((await t.ok('manager1', ACCESS_LOG, { c: trelleborgs.id, from: since })).accessLog.items[0].candidateName).toBeTruthy();
  });
});
