import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { fuzzRequests } from '../test/support/fuzz-requests.js';
import { loginAll, runFuzz } from '../test/support/fuzz-runner.js';

/**
 * `npm run fuzz -- --url http://127.0.0.1:3000 --count 10000 --seed 7`: sends malformed requests generated from
 * schema.gql to a running Brygga with the demo users (as the fuzz spec does, at a larger scale) and prints what it
 * saw: answers by HTTP status and by error code, and every answer that breaks the error contract. Exits 1 if any does.
 * Point it only at a server of your own (it logs in as the demo users and sends thousands of requests).
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '8' },
    password: { type: 'string', default: process.env.DEMO_PASSWORD ?? 'brygga-demo' },
    'suggestions-hidden': { type: 'boolean', default: true },
  },
});
const callers = ['bd1', 'recruiter1', 'secretary1', 'teacher1', 'counsellor1', 'manager1', 'reviewer.svedala', 'admin'];
const baseUrl = values.url.replace(/\/+$/, '');

const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
const requests = fuzzRequests(schema, { seed: Number(values.seed), count: Number(values.count), callers: [null, ...callers] });
const tokens = await loginAll(baseUrl, callers, values.password);
const started = Date.now();
const report = await runFuzz(baseUrl, requests, tokens, { concurrency: Number(values.concurrency), hideSuggestions: values['suggestions-hidden'] });
const health = await fetch(`${baseUrl}/health/ready`);

console.log(`sent ${report.sent} requests (seed ${values.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log('by HTTP status:', report.byStatus);
console.log('by error code:', report.byCode);
console.log(`HTTP 5xx: ${Object.entries(report.byStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0)}`);
console.log(`INTERNAL_SERVER_ERROR: ${report.byCode.INTERNAL_SERVER_ERROR ?? 0}`);
console.log(`contract breaches: ${report.findings.length}`);
for (const f of report.findings.slice(0, 20)) console.log(`  ${f.request.kind} (as ${f.request.as ?? 'nobody'}): ${f.breach}: ${f.answer.slice(0, 200)}`);
console.log(`health afterwards: HTTP ${health.status}`);
process.exitCode = report.findings.length > 0 || health.status !== 200 ? 1 : 0;
