import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { eventually } from './support/eventually.js';
import { Ids } from './support/factories.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken expiresAt user { username organisation { name } } } }`;
const VIEWER = `{ viewer { name roles readablePrincipalIds writablePrincipalIds } }`;

/** A stand-in identity provider on loopback: publishes its JWKS over HTTP and signs access tokens. */
async function startIdentityProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (claims: Record<string, unknown>, options: { audience?: string; issuer?: string; expiresIn?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? 'brygga')
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(privateKey);
  return { issuer, jwksUri: `${issuer}/jwks`, sign, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('authentication', () => {
  let t: TestApp;
  let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
  let ids: Ids;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    t = await TestApp.start({ env: { OIDC_ISSUER: idp.issuer, OIDC_JWKS_URI: idp.jwksUri, OIDC_AUDIENCE: 'brygga' } });
    ids = await Ids.load(t);
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('a demo user logs in and gets a bearer token', async () => {
    const { login } = await t.ok(null, LOGIN, { u: 'bd1', p: 'brygga-demo' });
    expect(login.user).toEqual({ username: 'bd1', organisation: { name: 'Arbetsmarknadsförvaltningen, Trelleborg' } });
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const res = await t.http.post('/graphql').set('authorization', `Bearer ${login.accessToken}`).send({ query: VIEWER });
    expect(res.body.data.viewer.name).toBe('Anna Lindqvist');
  });

  it.each([
    ['a wrong password', 'bd1', 'fel-lösenord'],
    ['an unknown user', 'nobody', 'brygga-demo'],
  ])('refuses %s with the same answer', async (_label, u, p) => {
    const body = await t.gql(null, LOGIN, { u, p });
    expect(errorCode(body)).toBe('UNAUTHENTICATED');
    expect(body.errors![0].message).toBe('Wrong username or password');
  });

  it('rejects an empty username naming the field', async () => {
    const body = await t.gql(null, LOGIN, { u: '', p: 'x' });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toEqual(['input.username']);
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'Bearer not-a-jwt'],
    ['a token signed with another secret', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4IiwiaXNzIjoiYnJ5Z2dhIiwiYXVkIjoiYnJ5Z2dhLWFwaSJ9.c2lnbmF0dXJl'],
    ['another scheme', 'Basic YmQxOmJyeWdnYS1kZW1v'],
  ])('refuses %s', async (_label, header) => {
    const req = t.http.post('/graphql').send({ query: VIEWER });
    if (header) req.set('authorization', header);
    expect(errorCode((await req).body)).toBe('UNAUTHENTICATED');
  });

  it("Trelleborg's staff act for Svedala under the agreement; Svedala's reviewer reads Svedala only and writes nothing", async () => {
    const trelleborg = ids.organisation('Trelleborgs kommun');
    const svedala = ids.organisation('Svedala kommun');
    const staff = (await t.ok('recruiter1', VIEWER)).viewer;
    expect([...staff.readablePrincipalIds].sort()).toEqual([trelleborg, svedala].sort());
    expect([...staff.writablePrincipalIds].sort()).toEqual([trelleborg, svedala].sort());
    const reviewer = (await t.ok('reviewer.svedala', VIEWER)).viewer;
    expect(reviewer).toMatchObject({ roles: ['PRINCIPAL_REVIEWER'], readablePrincipalIds: [svedala], writablePrincipalIds: [] });
    const svedalaBd = (await t.ok('bd.svedala', VIEWER)).viewer;
    expect(svedalaBd.readablePrincipalIds).toEqual([svedala]);
  });

  describe('tokens from the municipality identity provider (OpenID Connect)', () => {
    beforeAll(async () => {
      await t.ok('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { username: 'oidc.recruiter', name: 'Extern Rekryterare', organisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'), roles: ['RECRUITER'], externalSubject: 'idp|4711' },
      });
    });

    const viewerWith = async (token: string) => (await t.http.post('/graphql').set('authorization', `Bearer ${token}`).send({ query: VIEWER })).body;

    it('accepts a valid token and maps its subject to the Brygga user and roles', async () => {
      const body = await viewerWith(await idp.sign({ sub: 'idp|4711' }));
      expect(body.data.viewer).toMatchObject({ name: 'Extern Rekryterare', roles: ['RECRUITER'] });
    });

    it.each([
      ['another audience', { sub: 'idp|4711' }, { audience: 'someone-else' }],
      ['an expired token', { sub: 'idp|4711' }, { expiresIn: '-1m' }],
      ['an unknown subject', { sub: 'idp|0000' }, {}],
    ])('refuses %s', async (_label, claims, options) => {
      expect(errorCode(await viewerWith(await idp.sign(claims, options)))).toBe('UNAUTHENTICATED');
    });
  });

  describe('user administration', () => {
    it('an administrator creates a user who can then log in, and deactivating them ends their access', async () => {
      const { createUser } = await t.ok('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id username roles } }`, {
        i: { username: 'ny.rekryterare', name: 'Ny Rekryterare', organisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'), roles: ['RECRUITER'], password: 'ett långt lösenord' },
      });
      expect(createUser.roles).toEqual(['RECRUITER']);
      const token = await t.token('ny.rekryterare', 'ett långt lösenord');
      await t.ok('admin', `mutation($id: ID!) { deactivateUser(userId: $id) { active } }`, { id: createUser.id });
      const res = await t.http.post('/graphql').set('authorization', `Bearer ${token}`).send({ query: VIEWER });
      expect(errorCode(res.body)).toBe('UNAUTHENTICATED');
    });

    it('a change another instance makes to a user reaches the actor this one keeps: its commit notifies every instance', async () => {
      const { createUser } = await t.ok('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { username: 'annan.instans', name: 'Annan Instans', organisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'), roles: ['RECRUITER'], password: 'ett långt lösenord' },
      });
      const token = await t.token('annan.instans', 'ett långt lösenord');
      const viewer = async () => (await t.http.post('/graphql').set('authorization', `Bearer ${token}`).send({ query: VIEWER })).body;
      expect((await viewer()).data.viewer.roles).toEqual(['RECRUITER']);
      // what another instance's setUserRoles does in its transaction: the row, and the notification sent on commit
      await t.db.transaction(async (em) => {
        await em.query(`UPDATE app_user SET roles = '{TEACHER}' WHERE id = $1`, [createUser.id]);
        await em.query(`SELECT pg_notify('brygga_cache_changed', 'actors')`);
      });
      expect((await eventually(viewer, (body) => body.data?.viewer.roles[0] === 'TEACHER', 2_000)).data.viewer.roles).toEqual(['TEACHER']);
    });

    it("refuses to create users in another municipality's organisations", async () => {
      const body = await t.gql('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { username: 'granskare2', name: 'Granskare Två', organisationId: ids.organisation('Socialnämnden, Svedala'), roles: ['PRINCIPAL_REVIEWER'], password: 'ett långt lösenord' },
      });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(errorFields(body)).toEqual(['input.organisationId']);
    });

    it('refuses a short password naming the field', async () => {
      const body = await t.gql('admin', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { username: 'kort', name: 'Kort', organisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'), roles: ['TEACHER'], password: 'kort' },
      });
      expect(errorFields(body)).toEqual(['input.password']);
    });
  });
});
