import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp } from './support/test-app.js';

const CANDIDATES = `{ candidates(limit: 1) { items { id } } }`;
const CANDIDATE = `query($id: ID!) { candidate(id: $id) { id } }`;
const LOG = `query($c: ID!) { accessLog(candidateId: $c, limit: 20) { items { operation purpose caseId } } }`;
const CASE = '3f2b8c1e-9d4a-4e7b-8a6f-1c2d3e4f5a6b';

/** The access log says why: the purpose the screen declared (validated), else the one the operation implies. */
describe('access purposes', () => {
  let t: TestApp;
  let person: string;

  const read = async (headers: Record<string, string>) => {
    const req = t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await t.token('secretary1')}`);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    const res = await req.send({ query: CANDIDATE, variables: { id: person } });
    expect(res.body.errors).toBeUndefined();
  };
  const newest = async () => (await t.ok('manager1', LOG, { c: person })).accessLog.items.find((e: { operation: string }) => e.operation === 'candidate');

  beforeAll(async () => {
    t = await TestApp.start();
    person = (await t.ok('secretary1', CANDIDATES)).candidates.items[0].id;
  });
  afterAll(() => t?.close());

  it('stores the purpose and case the screen declares', async () => {
    await read({ 'X-Brygga-Purpose': 'FOLLOW_UP', 'X-Brygga-Case': CASE });
    expect(await newest()).toEqual({ operation: 'candidate', purpose: 'FOLLOW_UP', caseId: CASE });
  });

  it('ignores an unknown purpose, a case that is not a uuid and a purpose only an operation of its own has', async () => {
    await read({ 'X-Brygga-Purpose': 'CURIOSITY', 'X-Brygga-Case': "'; DROP TABLE candidate; --" });
    expect(await newest()).toEqual({ operation: 'candidate', purpose: 'OTHER', caseId: null });
    await read({ 'X-Brygga-Purpose': 'EXPORT' });
    expect((await newest()).purpose).toBe('OTHER');
  });

  it('derives the purpose from the operation when none is declared, and reading the log itself is an inspection', async () => {
    await t.ok('manager1', `query($c: ID!) { accessLog(candidateId: $c, limit: 1) { items { id } } }`, { c: person });
    const items = (await t.ok('manager1', LOG, { c: person })).accessLog.items;
    expect(items.find((e: { operation: string }) => e.operation === 'accessLog')).toEqual({ operation: 'accessLog', purpose: 'INSPECTION', caseId: null });
    expect(items.find((e: { operation: string }) => e.operation === 'candidates')).toEqual({ operation: 'candidates', purpose: 'OTHER', caseId: null });
  });
});
