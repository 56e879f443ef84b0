import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { accountTag } from '../src/platform/auth/login-throttle.service.js';
import { DEMO_PASSWORD } from '../demo/demo-users.js';
import { OwnRedis, until } from './support/own-redis.js';
import { errorCode, TestApp, type GqlResponse } from './support/test-app.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`;
const WRONG = 'fel-lösenord';
const THROTTLED = /^För många misslyckade inloggningar\. Försök igen om /;

interface Answer {
  status: number;
  retryAfterHeader?: string;
  body: GqlResponse;
  code?: string;
  retryAfterSeconds?: unknown;
  message?: string;
}

/** A login over HTTP; `forwardedFor` is the X-Forwarded-For a proxy in front of Brygga would send. */
async function login(t: TestApp, username: string, password: string, forwardedFor?: string): Promise<Answer> {
  const req = t.http.post('/graphql').set('content-type', 'application/json');
  if (forwardedFor) req.set('x-forwarded-for', forwardedFor);
  const res = await req.send({ query: LOGIN, variables: { u: username, p: password } });
  const body = res.body as GqlResponse;
  const extensions = body.errors?.[0]?.extensions as Record<string, unknown> | undefined;
  return {
    status: res.status,
    retryAfterHeader: res.headers['retry-after'],
    body,
    code: errorCode(body),
    retryAfterSeconds: extensions?.retryAfterSeconds,
    message: body.errors?.[0]?.message,
  };
}

/** Every warning the app logs (the spec's own registry of @nestjs/common, so the app's Logger too). */
const warnings = jest.spyOn(Logger.prototype, 'warn');
const warned = () => warnings.mock.calls.map((call) => String(call[0]));
afterEach(() => {
  warnings.mockClear();
});

const loggedIn = (answer: Answer) => typeof (answer.body.data?.login as { accessToken?: string } | undefined)?.accessToken === 'string';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectThrottled(answer: Answer, seconds: number | [number, number]): void {
  expect(answer).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS', body: { data: null } });
  expect(answer.message).toMatch(THROTTLED);
  const [min, max] = typeof seconds === 'number' ? [seconds, seconds] : seconds;
  expect(answer.retryAfterSeconds).toBeGreaterThanOrEqual(min);
  expect(answer.retryAfterSeconds).toBeLessThanOrEqual(max);
  expect(answer.retryAfterHeader).toBe(String(answer.retryAfterSeconds));
}

describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    // small thresholds so the spec runs in seconds; the client's address comes from X-Forwarded-For, which is
    // believed from the loopback proxy (supertest) only
    t = await TestApp.start({
      env: {
        TRUST_PROXY: 'loopback',
        LOGIN_DELAY_AFTER_FAILURES: '1',
        LOGIN_MAX_DELAY_SECONDS: '4',
        LOGIN_ACCOUNT_LOCK_FAILURES: '5',
        LOGIN_ACCOUNT_LOCK_SECONDS: '120',
        LOGIN_ADDRESS_BLOCK_FAILURES: '6',
        LOGIN_ADDRESS_BLOCK_SECONDS: '2',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('locks an account after repeated failures, refuses even its right password, and says in Swedish when to retry', async () => {
    for (let i = 1; i <= 5; i++) {
      expect((await login(t, 'secretary1', `${WRONG}-${i}`, `198.51.100.${i}`)).code).toBe('UNAUTHENTICATED');
    }
    const right = await login(t, 'secretary1', DEMO_PASSWORD, '198.51.100.6');
    expectThrottled(right, [118, 120]);
    expect(right.message).toMatch(/^För många misslyckade inloggningar\. Försök igen om 2 minuter \(kl\. \d\d:\d\d\)\.$/);
    expectThrottled(await login(t, 'secretary1', WRONG, '198.51.100.1'), [118, 120]);
    expectThrottled(await login(t, 'SECRETARY1', DEMO_PASSWORD, '198.51.100.1'), [118, 120]);

    // the lock is the account's: another account from the same address logs in
    expect(loggedIn(await login(t, 'secretary2', DEMO_PASSWORD, '198.51.100.5'))).toBe(true);

    const logged = warned();
    expect(logged).toContainEqual(`Account locked: account ${accountTag('secretary1')} from 198.51.100.5 after 5 failures within 3600 s; locked for 120 s`);
    expect(logged.join('\n')).not.toMatch(/secretary1|fel-lösenord/);
  });

  it('makes each further failure of an account from one address wait twice as long, until a success clears it', async () => {
    const from = '198.51.100.20';
    expect((await login(t, 'secretary3', WRONG, from)).code).toBe('UNAUTHENTICATED');
    expect((await login(t, 'secretary3', WRONG, from)).code).toBe('UNAUTHENTICATED');
    const delayed = await login(t, 'secretary3', DEMO_PASSWORD, from);
    expectThrottled(delayed, 1);
    expect(delayed.message).toBe('För många misslyckade inloggningar. Försök igen om 1 sekund.');
    // the delay is the account's from this address only
    expect((await login(t, 'secretary3', WRONG, '198.51.100.21')).code).toBe('UNAUTHENTICATED');

    await sleep(1100);
    expect((await login(t, 'secretary3', WRONG, from)).code).toBe('UNAUTHENTICATED');
    expectThrottled(await login(t, 'secretary3', DEMO_PASSWORD, from), 2);
    expect(warned()).toContainEqual(
      `Login delayed: account ${accountTag('secretary3')} from ${from} after 3 failures in a row; next attempt in 2 s`,
    );

    await sleep(2100);
    expect(loggedIn(await login(t, 'secretary3', DEMO_PASSWORD, from))).toBe(true);
    // counting starts again: the first failure after the success costs nothing, the second delays the next attempt
    expect((await login(t, 'secretary3', WRONG, from)).code).toBe('UNAUTHENTICATED');
    expect((await login(t, 'secretary3', WRONG, from)).code).toBe('UNAUTHENTICATED');
    expectThrottled(await login(t, 'secretary3', WRONG, from), 1);
  });

  it('blocks an address after failures for many accounts, believing X-Forwarded-For only as far as the trusted proxy', async () => {
    const from = '203.0.113.9';
    for (let i = 1; i <= 6; i++) expect((await login(t, `nobody${i}`, WRONG, from)).code).toBe('UNAUTHENTICATED');
    expectThrottled(await login(t, 'teacher1', DEMO_PASSWORD, from), 2);
    // what a client writes into X-Forwarded-For itself stays in front of the trusted proxy's entry and is not believed
    expectThrottled(await login(t, 'teacher1', DEMO_PASSWORD, `192.0.2.1, ${from}`), [1, 2]);
    expect(loggedIn(await login(t, 'teacher1', DEMO_PASSWORD, '203.0.113.10'))).toBe(true);
    expect(warned()).toContainEqual(
      `Address blocked: ${from} after 6 failed logins within 3600 s (the last for account ${accountTag('nobody6')}); blocked for 2 s`,
    );

    await sleep(2100);
    expect(loggedIn(await login(t, 'teacher1', DEMO_PASSWORD, from))).toBe(true);
  });

  it('checks no more passwords than the account may fail when attempts come all at once', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(t, 'counsellor1', WRONG, `198.51.100.${100 + i}`)));
    const codes = answers.map((a) => a.code).sort();
    expect(codes).toEqual([...Array<string>(7).fill('TOO_MANY_REQUESTS'), ...Array<string>(5).fill('UNAUTHENTICATED')]);
    expectThrottled(await login(t, 'counsellor1', DEMO_PASSWORD, '198.51.100.99'), [118, 120]);
  });

  it('keeps its counts in Redis with REDIS_URL, else in PostgreSQL with DATABASE_URL, else in memory', async () => {
    // the tests above have left counts and locks behind
    const [{ rows }] = (await t.db.query(`SELECT count(*)::int AS rows FROM "login_throttle"`)) as Array<{ rows: number }>;
    let keys = 0;
    if (t.config.REDIS_URL) {
      const redis = new Redis(t.config.REDIS_URL);
      keys = (await redis.keys(`${t.config.QUEUE_PREFIX}:login-*`)).length;
      redis.disconnect();
    }
    const store = t.config.REDIS_URL ? 'redis' : t.config.DATABASE_URL ? 'postgres' : 'memory';
    expect({ redis: keys > 0, postgres: rows > 0 }).toEqual({ redis: store === 'redis', postgres: store === 'postgres' });
  });
});

/** Two instances count together only through a shared store: Redis (the PostgreSQL store is each test app's own database). */
const withRedis = process.env.REDIS_URL ? describe : describe.skip;

withRedis('login throttling across instances (Redis)', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    const env = { QUEUE_PREFIX: `brygga-test-${randomBytes(4).toString('hex')}`, LOGIN_ACCOUNT_LOCK_FAILURES: '4', LOGIN_DELAY_AFTER_FAILURES: '10' };
    a = await TestApp.start({ env });
    b = await TestApp.start({ env });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('counts an account’s failures on every instance together', async () => {
    for (const instance of [a, b, a, b]) expect((await login(instance, 'bd2', WRONG)).code).toBe('UNAUTHENTICATED');
    expectThrottled(await login(a, 'bd2', DEMO_PASSWORD), [899, 900]);
    expectThrottled(await login(b, 'bd2', DEMO_PASSWORD), [899, 900]);
  });
});

withRedis('login throttling while Redis is down', () => {
  const redis = new OwnRedis();
  let t: TestApp;

  beforeAll(async () => {
    await redis.start();
    t = await TestApp.start({ env: { REDIS_URL: redis.url, LOGIN_ACCOUNT_LOCK_FAILURES: '3', LOGIN_DELAY_AFTER_FAILURES: '10' } });
  });
  afterAll(async () => {
    if (!(await redis.reachable())) await redis.start(); // the test app's cleanup empties its queue
    await t?.close();
    await redis.stop();
  });

  it('goes on answering logins, throttled in each process on its own, and says so in the log', async () => {
    await redis.stop();
    const started = Date.now();
    expect(loggedIn(await login(t, 'recruiter1', DEMO_PASSWORD))).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
    for (let i = 0; i < 3; i++) expect((await login(t, 'recruiter2', WRONG)).code).toBe('UNAUTHENTICATED');
    expectThrottled(await login(t, 'recruiter2', DEMO_PASSWORD), [899, 900]);
    await until(() => warned().some((w) => w.startsWith('Redis is unreachable')), 5000, 'no warning');
  });
});
