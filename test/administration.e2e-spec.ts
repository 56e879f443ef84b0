import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, TestApp } from './support/test-app.js';

const AGREEMENTS = `{ agreements { name validFrom validTo actingOrganisation { name } principal { name } } }`;
const TAXONOMY = `{ taxonomyStatus { lastChangedAt concepts relations types { type count } } }`;

/** What the administration screens read beyond users and teams: the agreements' parties by name and the taxonomy loaded. */
describe('administration: agreements and the taxonomy loaded', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('names the parties of each agreement', async () => {
    const { agreements } = await t.ok('admin', AGREEMENTS);
    expect(agreements).toEqual([
      expect.objectContaining({
        validFrom: '2021-01-01',
        validTo: null,
        actingOrganisation: { name: 'Arbetsmarknadsförvaltningen, Trelleborg' },
        principal: { name: 'Svedala kommun' },
      }),
    ]);
    // Svedala's reviewer sees the agreement made for their municipality, with the same names
    expect((await t.ok('reviewer.svedala', AGREEMENTS)).agreements).toEqual(agreements);
  });

  it('tells the administrator which JobTech taxonomy is loaded: when it last changed and the concepts per type', async () => {
    const { taxonomyStatus } = await t.ok('admin', TAXONOMY);
    const byType = Object.fromEntries(taxonomyStatus.types.map((r: { type: string; count: number }) => [r.type, r.count]));
    expect(byType).toMatchObject({ municipality: 290, 'ssyk-level-1': 10, 'ssyk-level-4': 400, 'language-level': 4, 'employment-type': 5 });
    expect(taxonomyStatus.concepts).toBe(Object.values(byType).reduce((a: number, b) => a + (b as number), 0));
    expect(taxonomyStatus.relations).toBeGreaterThan(17_000);
    expect(Date.parse(taxonomyStatus.lastChangedAt)).toBeLessThanOrEqual(Date.now());
    expect(taxonomyStatus.types.map((r: { type: string }) => r.type)).toEqual([...taxonomyStatus.types.map((r: { type: string }) => r.type)].sort());
  });

  it('keeps the taxonomy status to administrators', async () => {
    for (const user of ['secretary1', 'manager1', 'reviewer.svedala']) expect(errorCode(await t.gql(user, TAXONOMY))).toBe('FORBIDDEN');
  });
});
