import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_ENTRY, installation, startApi, type BryggaProcess, type Installation } from '../bench/app-process.js';
import { eventually } from './support/eventually.js';
import { isoDaysFromToday, newIdentityNumber } from './support/factories.js';
import { RemoteApp } from './support/remote-app.js';

const TRELLEBORG = 'STvk_dra_M1X';
const METRICS_TOKEN = randomBytes(32).toString('hex');
const ENROL = `mutation Enrol($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`;

/** One span as OTLP/JSON carries it, with its resource's and its events' attributes. */
interface ReceivedSpan {
  scope: string;
  name: string;
  kind: number;
  traceId: string;
  /** The traces of the spans this one links to. */
  linkedTraceIds: string[];
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
  texts: string[];
}

/**
 * Traces as an operator switches them on (docs/operations.md, "Traces"): the built app in a process of its own sends
 * OTLP/HTTP in JSON to a receiver in this test. Its batch is never due on its own (a long delay, a batch larger than
 * anything the test makes), so what arrives was sent when the process stopped gracefully. A second process with the
 * SDK disabled sends nothing. Needs a PostgreSQL server (DATABASE_URL): each process migrates or reads the database
 * of its own, and the embedded PostgreSQL belongs to one process.
 */
(process.env.DATABASE_URL ? describe : describe.skip)('OpenTelemetry traces', () => {
  let traced: Receiver;
  let untraced: Receiver;
  const personnummer = newIdentityNumber();
  let site: Installation;
  let on: BryggaProcess;
  let off: BryggaProcess;

  beforeAll(async () => {
    if (!existsSync(DEMO_ENTRY)) throw new Error(`${DEMO_ENTRY} is not built: run npx tsc -p tsconfig.build.json first`);
    [traced, untraced] = [new Receiver(), new Receiver()];
    await Promise.all([traced.listen(), untraced.listen()]);
    site = await installation('brygga_tracing', { NODE_ENV: 'test', QUEUE_PREFIX: `brygga-tracing-${randomBytes(4).toString('hex')}` });
    const env = { METRICS_TOKEN, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '600000', OTEL_BSP_MAX_QUEUE_SIZE: '100000', OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '100000' };
    on = await startApi(site, { env: { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: traced.url } });
    off = await startApi(site, { env: { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: untraced.url, OTEL_SDK_DISABLED: 'true', MIGRATIONS_RUN: 'false', JOB_PROCESSORS: 'false' } });
  }, 300_000);

  afterAll(async () => {
    await Promise.all([on, off].map((p) => p?.stop()));
    await site?.drop();
    await Promise.all([traced, untraced].map((r) => r?.close()));
  });

  it('sends the request, the GraphQL operation and its queries when the process stops, without a personnummer or a token', async () => {
    const token = await enrol(on, personnummer);
    // a background job, a span of its own: the taxonomy's re-import, which an administrator starts
    await new RemoteApp(on.baseUrl).ok('admin', 'mutation { importTaxonomy }');
    expect(await eventually(() => jobAttempts(on), (n) => n > 0, 60_000)).toBeGreaterThan(0);
    expect(traced.requests).toBe(0);

    await on.stop();

    const spans = traced.spans();
    const operation = spans.find((s) => s.scope.endsWith('instrumentation-graphql') && s.attributes['graphql.operation.name'] === 'Enrol');
    expect(operation).toBeDefined();
    const trace = spans.filter((s) => s.traceId === operation?.traceId);
    expect(trace.find((s) => s.scope.endsWith('instrumentation-http') && s.kind === SERVER)?.attributes['http.route']).toBe('/graphql');
    expect(trace.some((s) => s.scope.endsWith('instrumentation-pg') && String(s.attributes['db.statement'] ?? s.attributes['db.query.text']).includes('$1'))).toBe(true);
    // the job's span is a trace of its own, linked to the request that started it
    const job = spans.find((s) => s.attributes['brygga.job.name'] === 'taxonomy.import');
    expect(job?.attributes['brygga.job.attempt']).toBe(1);
    const startedBy = spans.filter((s) => job?.linkedTraceIds.includes(s.traceId));
    expect(startedBy.find((s) => s.scope.endsWith('instrumentation-http') && s.kind === SERVER)?.attributes['http.route']).toBe('/graphql');
    expect(job?.linkedTraceIds).not.toContain(job?.traceId);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(operation?.resource).toMatchObject({ 'service.name': 'brygga', 'service.version': version, 'service.instance.id': expect.any(String) });

    const forbidden = [personnummer, personnummer.replace('-', ''), personnummer.slice(2), token, RemoteApp.PASSWORD];
    for (const span of spans) for (const text of span.texts) for (const secret of forbidden) expect(text).not.toContain(secret);
  }, 180_000);

  it('sends nothing from a process with tracing off', async () => {
    await enrol(off, newIdentityNumber());
    await off.stop();
    expect(untraced.requests).toBe(0);
  });
});

/** Signs in as secretary1 and enrols a person with `identityNumber` (in the operation's variables); gives the bearer token used. */
async function enrol(app: BryggaProcess, identityNumber: string): Promise<string> {
  const api = new RemoteApp(app.baseUrl);
  const login = await api.post({ query: LOGIN, variables: { u: 'secretary1', p: RemoteApp.PASSWORD } });
  const token = login.body.data?.login?.accessToken as string;
  const input = { identityNumber, firstName: 'Spåra', lastName: 'Spansdotter', homeMunicipalityConceptId: TRELLEBORG, firstContactOn: isoDaysFromToday(0) };
  const enrolled = await api.post({ query: ENROL, variables: { input } }, { authorization: `Bearer ${token}` });
  expect(enrolled.body.errors).toBeUndefined();
  return token;
}

/** The job attempts `app` has run, from its metrics. */
async function jobAttempts(app: BryggaProcess): Promise<number> {
  const res = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const lines = (await res.text()).split('\n').filter((line) => line.startsWith('brygga_job_duration_seconds_count'));
  return lines.reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** OTLP's SPAN_KIND_SERVER. */
const SERVER = 2;

/** A tiny OTLP/HTTP receiver: POST /v1/traces in JSON, kept as it came. */
class Receiver {
  requests = 0;
  private readonly bodies: string[] = [];
  private server?: Server;
  url = '';

  async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        this.requests += 1;
        if (req.method === 'POST' && req.url === '/v1/traces' && req.headers['content-type'] === 'application/json') this.bodies.push(body);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Every span received, each with every text it carries: its name, its attributes', its events' and its resource's values. */
  spans(): ReceivedSpan[] {
    const spans: ReceivedSpan[] = [];
    for (const body of this.bodies) {
      for (const rs of (JSON.parse(body) as OtlpTraces).resourceSpans) {
        const resource = Object.fromEntries((rs.resource?.attributes ?? []).map((a) => [a.key, value(a.value)]));
        for (const ss of rs.scopeSpans) {
          for (const span of ss.spans) {
            const attributes = Object.fromEntries((span.attributes ?? []).map((a) => [a.key, value(a.value)]));
            const events = (span.events ?? []).flatMap((e) => [e.name, ...values(e.attributes)]);
            const texts = [span.name, ...values(span.attributes), ...events, ...Object.values(resource), span.status?.message ?? ''].map(String);
            const linkedTraceIds = (span.links ?? []).map((l) => l.traceId);
            spans.push({ scope: ss.scope.name, name: span.name, kind: span.kind, traceId: span.traceId, linkedTraceIds, attributes, resource, texts });
          }
        }
      }
    }
    return spans;
  }
}

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}
interface OtlpTraces {
  resourceSpans: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans: Array<{
      scope: { name: string };
      spans: Array<{ name: string; kind: number; traceId: string; attributes?: OtlpAttribute[]; events?: Array<{ name: string; attributes?: OtlpAttribute[] }>; links?: Array<{ traceId: string }>; status?: { message?: string } }>;
    }>;
  }>;
}

/** An attribute's value: a string, a number, a boolean, or an array's values as JSON. */
function value(v: Record<string, unknown>): unknown {
  if ('intValue' in v) return Number(v.intValue);
  return v.stringValue ?? v.doubleValue ?? v.boolValue ?? JSON.stringify(v);
}

function values(attributes: OtlpAttribute[] | undefined): unknown[] {
  return (attributes ?? []).map((a) => value(a.value));
}
