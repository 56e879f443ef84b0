import type { INestApplication, Type } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { SYSTEM_SCOPE, withScope } from '../../src/platform/database/row-security.js';
import { QUEUE_NAME } from '../../src/platform/jobs/bull-job-queue.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/app-config.js';
import { createDemoApp } from '../../demo/demo-app.js';
import { DEMO_PASSWORD } from '../../demo/demo-users.js';

export interface GqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; reason?: string; fields?: Array<{ field: string; message: string }> } }>;
}

/**
 * The real app for an e2e spec file: its own database (a throwaway database on the PostgreSQL server in
 * DATABASE_URL, or an in-memory PGlite), the real migrations, the taxonomy and the demo, jobs on Redis when
 * REDIS_URL is set (with a prefix of its own), spoken to over HTTP.
 */
export class TestApp {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly app: INestApplication,
    readonly config: AppConfig,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async start(options: { env?: Record<string, string>; extra?: Type[] } = {}): Promise<TestApp> {
    const suffix = randomBytes(4).toString('hex');
    const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', QUEUE_PREFIX: `brygga-test-${suffix}`, DEMO_SEED: 'true', ...options.env };
    const server = loadConfig(env).DATABASE_URL;
    let dropDatabase = async () => {};
    if (server) {
      const name = `brygga_e2e_${suffix}`;
      await adminQuery(server, `CREATE DATABASE ${name}`);
      const u = new URL(server);
      u.pathname = `/${name}`;
      env.DATABASE_URL = u.toString();
      dropDatabase = () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } else {
      env.EMBEDDED_DB_DIR ??= 'memory://';
    }
    const config = loadConfig(env);
    const { app, close } = await createDemoApp(config, options.extra);
    return new TestApp(app, config, async () => {
      // the queue's keys in the shared Redis are this spec file's own (QUEUE_PREFIX): leave none behind
      if (config.REDIS_URL) await app.get<Queue>(getQueueToken(QUEUE_NAME)).obliterate({ force: true });
      await close();
      await dropDatabase();
    });
  }

  async close(): Promise<void> {
    await this.cleanup();
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  /**
   * The app's own DataSource, for a test's SQL: through it the test acts as the system's maintenance (row-level
   * security: every principal), as an operator at the database would. The app's requests and jobs are not affected.
   */
  get db(): DataSource {
    return (this.systemDb ??= asSystem(this.app.get(DataSource)));
  }

  private systemDb?: DataSource;

  /** Runs `work` as the scheduler runs a job's: the system's own work (row-level security: every principal). */
  asScheduler<T>(work: () => Promise<T>): Promise<T> {
    return withScope(SYSTEM_SCOPE, work);
  }

  /** Posts a GraphQL operation, as `username` (a demo user) or anonymously. */
  async gql<T = Record<string, any>>(
    as: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse<T>> {
    const req = this.http.post('/graphql').set('content-type', 'application/json');
    if (as) req.set('authorization', `Bearer ${await this.token(as)}`);
    const res = await req.send({ query, variables });
    return res.body as GqlResponse<T>;
  }

  /** Like {@link gql} but fails the test on any error and returns `data`. */
  async ok<T = Record<string, any>>(as: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.gql<T>(as, query, variables);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  async token(username: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = this.tokens.get(username);
    if (cached) return cached;
    const res = await this.http
      .post('/graphql')
      .send({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }', variables: { u: username, p: password } });
    const token = res.body?.data?.login?.accessToken as string | undefined;
    if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(res.body)}`);
    this.tokens.set(username, token);
    return token;
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The first error's code, for assertions. */
export function errorCode(body: GqlResponse): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}

/** The first error's extensions.reason (why a CONFLICT), for assertions. */
export function errorReason(body: GqlResponse): string | undefined {
  return body.errors?.[0]?.extensions?.reason;
}

/** The fields named by the first error. */
export function errorFields(body: GqlResponse): string[] {
  return (body.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
}

/**
 * `target` with every method call made in the system's scope, and every object it holds or a call returns (an entity
 * manager, a repository, a query runner) wrapped the same way: a connection is given its scope when it is taken out, which may be
 * at any later call.
 */
function asSystem<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (typeof value !== 'function') return value !== null && typeof value === 'object' && !(value instanceof Promise) ? asSystem(value) : value;
      return (...args: unknown[]) => {
        let result: unknown;
        void withScope(SYSTEM_SCOPE, async () => {
          result = (value as (...a: unknown[]) => unknown).apply(object, args);
        });
        return result !== null && typeof result === 'object' && !(result instanceof Promise) ? asSystem(result) : result;
      };
    },
  });
}
