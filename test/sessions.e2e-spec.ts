import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { AppConfig } from '../src/platform/config/app-config.js';
import { Clock } from '../src/platform/context/clock.js';
import { DEMO_PASSWORD } from '../demo/demo-users.js';
import { Ids } from './support/factories.js';
import { errorCode, TestApp, type GqlResponse } from './support/test-app.js';

const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { name organisationName roles permissions } }`;
const SIGN_OUT = `mutation { signOut }`;
const VIEWER = `{ viewer { name organisationName permissions } }`;
const MINUTE = 60_000;

interface Answer {
  status: number;
  body: GqlResponse;
  setCookie: string[];
}

/** The `brygga_session=…` pair of a Set-Cookie line, as a browser sends it back. */
const pairOf = (setCookie: string) => setCookie.split(';')[0];

describe('browser sessions', () => {
  let t: TestApp;
  let clock: Clock;
  let sessionRows: (cookie: string) => Promise<number>;

  /** Posts an operation as a browser would: JSON, with the session cookie if given, no Authorization header. */
  async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
    const req = t.http.post('/graphql').set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    const res = await req.send({ query, variables });
    return { status: res.status, body: res.body as GqlResponse, setCookie: ([] as string[]).concat(res.headers['set-cookie'] ?? []) };
  }

  /** Signs in and gives the cookie to send back. */
  async function signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
    const answer = await post(SIGN_IN, { u: username, p: password });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.setCookie).toHaveLength(1);
    return pairOf(answer.setCookie[0]);
  }

  const viewerWith = (cookie: string) => post(VIEWER, {}, { cookie });
  const later = (ms: number) => clock.setNow(new Date(clock.now().getTime() + ms));

  beforeAll(async () => {
    // one failure locks an account, so that the throttle shows at once
    t = await TestApp.start({ env: { SESSION_MAX_HOURS: '2', LOGIN_ACCOUNT_LOCK_FAILURES: '1' } });
    clock = t.app.get(Clock);
    const dataSource = t.db;
    sessionRows = async (cookie) => {
      const hash = createHash('sha256').update(cookie.slice(cookie.indexOf('=') + 1)).digest('hex');
      const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE token_hash = $1`, [hash])) as Array<{ n: number }>;
      return n;
    };
  });
  afterEach(() => {
    clock.setNow(new Date());
    t.app.get(AppConfig).SESSION_COOKIE_SECURE = 'auto';
  });
  afterAll(() => t?.close());

  it('signIn answers the viewer and sets an HttpOnly, SameSite=Strict cookie for the whole site, kept only hashed', async () => {
    const answer = await post(SIGN_IN, { u: 'bd1', p: DEMO_PASSWORD });
    expect(answer.body.data?.signIn).toMatchObject({ name: 'Anna Lindqvist', organisationName: 'Arbetsmarknadsförvaltningen, Trelleborg', roles: ['BUSINESS_DEVELOPER'] });
    expect(answer.setCookie).toHaveLength(1);
    const [pair, ...attributes] = answer.setCookie[0].split(/;\s*/);
    expect(pair).toMatch(/^brygga_session=[A-Za-z0-9_-]{43}$/);
    // plain http to 127.0.0.1 (supertest), so `auto` leaves Secure off
    expect(attributes.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect(await sessionRows(pair)).toBe(1);
    const raw = pair.slice(pair.indexOf('=') + 1);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM user_session WHERE token_hash = $1`, [raw])) as Array<{ n: number }>;
    expect(n).toBe(0);
  });

  it('the cookie is Secure when SESSION_COOKIE_SECURE is true, and with `auto` for a request to a real host name', async () => {
    t.app.get(AppConfig).SESSION_COOKIE_SECURE = 'true';
    const configured = await post(SIGN_IN, { u: 'bd1', p: DEMO_PASSWORD });
    expect(configured.setCookie[0].split(/;\s*/).slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict', 'Secure']);

    t.app.get(AppConfig).SESSION_COOKIE_SECURE = 'auto';
    const proxied = await post(SIGN_IN, { u: 'bd1', p: DEMO_PASSWORD }, { origin: 'https://brygga.trelleborg.se' });
    expect(proxied.setCookie[0].split(/;\s*/)).toContain('Secure');
    const named = await post(SIGN_IN, { u: 'bd1', p: DEMO_PASSWORD }, { host: 'brygga.trelleborg.se' });
    expect(named.setCookie[0].split(/;\s*/)).toContain('Secure');
  });

  it('the cookie alone authenticates, and the viewer carries its permissions and organisation', async () => {
    const answer = await viewerWith(await signIn('bd1'));
    expect(answer.status).toBe(200);
    expect(answer.body.data?.viewer).toMatchObject({ name: 'Anna Lindqvist', organisationName: 'Arbetsmarknadsförvaltningen, Trelleborg' });
    const permissions = answer.body.data?.viewer.permissions as string[];
    expect(permissions).toContain('logEmployerContact');
    expect(permissions).toContain('employers');
    expect(permissions).not.toContain('enrolCandidate');
    expect(permissions).not.toContain('createUser');

    const admin = (await viewerWith(await signIn('admin'))).body.data?.viewer.permissions as string[];
    expect(admin).toContain('createUser');
    expect(admin).not.toContain('logEmployerContact');
  });

  it('a bearer token still works, and wins over a cookie sent with it', async () => {
    expect((await t.ok('recruiter1', VIEWER)).viewer.name).toBe('Johan Berg');
    const cookie = await signIn('bd1');
    const both = await post(VIEWER, {}, { cookie, authorization: `Bearer ${await t.token('recruiter1')}` });
    expect(both.body.data?.viewer.name).toBe('Johan Berg');
    const badBearer = await post(VIEWER, {}, { cookie, authorization: 'Bearer not-a-jwt' });
    expect(errorCode(badBearer.body)).toBe('UNAUTHENTICATED');
  });

  it('signOut ends the session on the server and clears the cookie; the same cookie is then refused', async () => {
    const cookie = await signIn('bd1');
    const answer = await post(SIGN_OUT, {}, { cookie });
    expect(answer.body.data).toEqual({ signOut: true });
    expect(answer.setCookie).toHaveLength(1);
    expect(answer.setCookie[0]).toMatch(/^brygga_session=;/);
    expect(answer.setCookie[0]).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await sessionRows(cookie)).toBe(0);

    const refused = await viewerWith(cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  });

  it('signOut without a session, or with one that has ended, is harmless', async () => {
    expect((await post(SIGN_OUT)).body.data).toEqual({ signOut: true });
    expect((await post(SIGN_OUT, {}, { cookie: 'brygga_session=nonsense' })).body.data).toEqual({ signOut: true });
  });

  it('no cookie is UNAUTHENTICATED without a reason; a cookie Brygga did not issue is an ended session', async () => {
    const none = await post(VIEWER);
    expect(none.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    for (const cookie of ['brygga_session=nonsense', `brygga_session=${'A'.repeat(43)}`]) {
      expect((await viewerWith(cookie)).body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    }
  });

  it('a session ends after 30 idle minutes, counted from its last use, and its row is deleted', async () => {
    const cookie = await signIn('secretary1');
    later(29 * MINUTE);
    expect((await viewerWith(cookie)).body.data?.viewer.name).toBeDefined();
    later(29 * MINUTE);
    expect((await viewerWith(cookie)).body.data?.viewer.name).toBeDefined();
    later(30 * MINUTE);
    const refused = await viewerWith(cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toMatchObject({ message: 'Your session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } });
    expect(await sessionRows(cookie)).toBe(0);
  });

  it('last use is written at most once a minute', async () => {
    const cookie = await signIn('secretary1');
    const lastSeen = async () => {
      const hash = createHash('sha256').update(cookie.slice(cookie.indexOf('=') + 1)).digest('hex');
      const [row] = (await t.db.query(`SELECT last_seen_at FROM user_session WHERE token_hash = $1`, [hash])) as Array<{ last_seen_at: Date }>;
      return row.last_seen_at.getTime();
    };
    const first = await lastSeen();
    later(30_000);
    await viewerWith(cookie);
    expect(await lastSeen()).toBe(first);
    later(31_000);
    await viewerWith(cookie);
    expect(await lastSeen()).toBeGreaterThan(first);
  });

  it('any session ends SESSION_MAX_HOURS after signing in, however busy (2 hours here)', async () => {
    const cookie = await signIn('secretary1');
    for (let i = 0; i < 6; i++) {
      expect((await viewerWith(cookie)).body.data?.viewer.name).toBeDefined();
      later(20 * MINUTE);
    }
    expect((await viewerWith(cookie)).body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    expect(await sessionRows(cookie)).toBe(0);
  });

  it('signing in deletes every ended session and the one the browser had', async () => {
    const stale = await signIn('teacher1');
    later(31 * MINUTE);
    const previous = await signIn('teacher1');
    expect(await sessionRows(stale)).toBe(0);
    const fresh = pairOf((await post(SIGN_IN, { u: 'teacher1', p: DEMO_PASSWORD }, { cookie: previous })).setCookie[0]);
    expect(await sessionRows(previous)).toBe(0);
    expect((await viewerWith(fresh)).body.data?.viewer.name).toBeDefined();
  });

  it('a wrong password through signIn is UNAUTHENTICATED, sets no cookie, and counts for the login throttle', async () => {
    const wrong = await post(SIGN_IN, { u: 'bd2', p: 'fel-lösenord' });
    expect(wrong.status).toBe(401);
    expect(errorCode(wrong.body)).toBe('UNAUTHENTICATED');
    expect(wrong.body.errors?.[0].message).toBe('Wrong username or password');
    expect(wrong.setCookie).toEqual([]);
    // the account is now locked, through signIn and login alike, and signIn answers as a throttled login does
    for (const operation of [SIGN_IN, `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`]) {
      const res = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: operation, variables: { u: 'bd2', p: DEMO_PASSWORD } });
      expect(res.status).toBe(429);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(res.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(899);
      expect(res.headers['retry-after']).toBe(String(res.body.errors[0].extensions.retryAfterSeconds));
      expect(res.body.errors[0].message).toMatch(/^För många misslyckade inloggningar\. Försök igen om /);
    }
  });

  it("a deactivated user's session is refused at once", async () => {
    const ids = await Ids.load(t);
    const { createUser } = await t.ok('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { username: 'session.larare', name: 'Sessions Lärare', organisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'), roles: ['TEACHER'], password: 'ett långt lösenord' },
    });
    const cookie = await signIn('session.larare', 'ett långt lösenord');
    expect((await viewerWith(cookie)).body.data?.viewer.name).toBe('Sessions Lärare');
    await t.ok('admin', `mutation($id: ID!) { deactivateUser(userId: $id) { active } }`, { id: createUser.id });
    const refused = await viewerWith(cookie);
    expect(refused.status).toBe(401);
    expect(errorCode(refused.body)).toBe('UNAUTHENTICATED');
    expect(await sessionRows(cookie)).toBe(0);
  });

  it('a cross-site form post cannot use the cookie: a text/plain POST is refused before anything runs', async () => {
    const cookie = await signIn('bd1');
    for (const query of [SIGN_OUT, '{ viewer { name } }']) {
      const res = await t.http.post('/graphql').set('content-type', 'text/plain').set('cookie', cookie).send(JSON.stringify({ query }));
      expect(res.status).toBe(400);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    }
    // the signOut above did not run
    expect((await viewerWith(cookie)).body.data?.viewer.name).toBe('Anna Lindqvist');
  });
});
