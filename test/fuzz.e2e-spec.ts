import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { DEMO_PASSWORD } from '../demo/demo-users.js';
import { fuzzRequests, type FuzzRequest } from './support/fuzz-requests.js';
import { loginAll, runFuzz } from './support/fuzz-runner.js';
import { TestApp } from './support/test-app.js';

const CALLERS = ['bd1', 'recruiter1', 'secretary1', 'teacher1', 'manager1', 'reviewer.svedala', 'admin'];
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2400);

const post = (kind: string, as: string | null, body: unknown): FuzzRequest => ({
  kind,
  as,
  method: 'POST',
  contentType: 'application/json',
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** The mistakes once answered with a 5xx, an uncoded error or a leak: they must never come back. */
const KNOWN_CASES: FuzzRequest[] = [
  post('enum variable', 'recruiter1', { query: 'query($s: OpeningStatus) { openings(status: $s) { totalCount } }', variables: { s: 'NOPE' } }),
  post('Int variable over 32 bits', 'recruiter1', { query: 'query($l: Int) { employers(limit: $l) { totalCount } }', variables: { l: 99999999999 } }),
  post('null for a non-null variable', 'recruiter1', { query: 'query($id: ID!) { employer(id: $id) { id } }', variables: { id: null } }),
  ...['not-a-uuid', '12345', ''].map((id) => post(`bad id ${JSON.stringify(id)}`, 'recruiter1', { query: `{ employer(id: ${JSON.stringify(id)}) { id } }` })),
  post('bad id as a number', 'recruiter1', { query: '{ employer(id: 12345) { id } }' }),
  post('fragment cycle without a token', null, { query: '{ viewer { ...A } } fragment A on Viewer { name ...B } fragment B on Viewer { userId ...A }' }),
  post('malformed JSON', null, '{"query":'),
  post('body over the limit', null, { query: `{ viewer { name } } # ${'x'.repeat(2_000_000)}` }),
  post("an opening's employer's contact persons", 'recruiter1', { query: '{ openings(limit: 5) { items { employer { contactPersons { name } } } } }' }),
  post('suggestion bait', 'recruiter1', { query: '{ candidat(id: "x") { id } }' }),
];

/**
 * The error contract under fire: thousands of malformed requests generated from the schema (seeded: FUZZ_SEED,
 * FUZZ_COUNT), over every operation, as several roles and without a token. No answer may be a 5xx or
 * INTERNAL_SERVER_ERROR, every error must carry `extensions.code`, no answer may show a stack trace, SQL or a
 * suggestion (introspection is off here, as in production), and the server must be healthy afterwards.
 */
describe('fuzz: malformed requests get a coded 4xx and leak nothing', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await TestApp.start({ env: { GRAPHQL_INTROSPECTION: 'false' } });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(() => t?.close());

  it(`answers ${COUNT} generated requests and the known cases within the contract`, async () => {
    const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
    const requests = [...KNOWN_CASES, ...fuzzRequests(schema, { seed: SEED, count: COUNT, callers: [null, ...CALLERS] })];
    const tokens = await loginAll(baseUrl, CALLERS, DEMO_PASSWORD);
    const report = await runFuzz(baseUrl, requests, tokens, { concurrency: 4, hideSuggestions: true });
    expect(report.sent).toBe(requests.length);
    const findings = report.findings.map((f) => `${f.request.kind} (as ${f.request.as ?? 'nobody'}): ${f.breach}: ${f.answer.slice(0, 240)}`);
    expect(findings.slice(0, 15)).toEqual([]);

    // still healthy, and still answering
    const ready = await fetch(`${baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await t.ok('recruiter1', '{ viewer { name } }')).toEqual({ viewer: { name: 'Johan Berg' } });
  }, 300_000);
});
