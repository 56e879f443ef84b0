import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { EmployersService } from '../src/employers/employers.service.js';
import { EmployersModule } from '../src/employers/employers.module.js';
import { Allow } from '../src/platform/auth/allow.decorator.js';
import { Role } from '../src/platform/auth/role.enum.js';
import { Ctx } from '../src/platform/context/ctx.decorator.js';
import type { RequestContext } from '../src/platform/context/request-context.js';
import { errorCode, TestApp } from './support/test-app.js';
import { newOrganisationNumber } from './support/factories.js';

/** A mutation that writes and then fails, to show that a failed mutation leaves nothing behind. */
@Injectable()
@Resolver()
class HalfWriteProbeResolver {
  constructor(private readonly employers: EmployersService) {}

  @Allow(Role.BUSINESS_DEVELOPER)
  @Mutation(() => Boolean)
  async probeHalfWrite(@Ctx() ctx: RequestContext, @Args('organisationNumber') organisationNumber: string): Promise<boolean> {
    await this.employers.create(ctx, { organisationNumber, name: 'Halvskrivet AB', municipalityConceptId: 'STvk_dra_M1X' });
    throw new Error(`bug after the write, select * from employer where organisation_number = '${organisationNumber}'`);
  }
}

@Module({ imports: [EmployersModule], providers: [HalfWriteProbeResolver] })
class ProbeModule {}

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_COST: '30' }, extra: [ProbeModule] });
  });
  afterAll(() => t?.close());

  it('a mutation that fails after writing leaves no half-written data, and the client sees no internals', async () => {
    const orgnr = newOrganisationNumber();
    const body = await t.gql('bd1', `mutation($o: String!) { probeHalfWrite(organisationNumber: $o) }`, { o: orgnr });
    expect(body.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(body)).not.toMatch(/select|employer_|\.ts|at /i);
    const found = await t.ok('bd1', `query($o: String!) { employers(organisationNumberPrefix: $o, includeArchived: true) { totalCount } }`, { o: orgnr });
    expect(found.employers.totalCount).toBe(0);
  });

  it('marks every GraphQL answer, an error too, as not to be stored by any cache, and hashes none for an ETag', async () => {
    const token = await t.token('secretary1');
    for (const query of ['{ candidates(limit: 1) { items { id } } }', '{ candidates(limit: 1000) { items { id } } }']) {
      const res = await t.http.post('/graphql').set('authorization', `Bearer ${token}`).send({ query });
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
    }
  });

  it('answers liveness and readiness, naming what it checked', async () => {
    expect((await t.http.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info.database.status).toBe('up');
    if (process.env.REDIS_URL) expect(ready.body.info.redis.status).toBe('up');
  });

  it('refuses a query nested deeper than the limit (its leaf fields counted) before running it', async () => {
    const atTheLimit = await t.gql('bd1', `{ teams { members { user { organisation { name } } } } }`);
    expect(atTheLimit.errors).toBeUndefined();
    const tooDeep = await t.gql('bd1', `{ employerTimeline(employerId: "00000000-0000-4000-8000-000000000000") { items { employer { responsible { organisation { name } } } } } }`);
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors!.map((e) => e.message)).toContain('Syntax Error: Query depth limit of 5 exceeded, found 6.');
    const cycle = await t.gql(null, `{ viewer { ...A } } fragment A on Viewer { name ...B } fragment B on Viewer { userId ...A }`);
    expect(errorCode(cycle)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query whose estimated cost is over the limit', async () => {
    const body = await t.gql('bd1', `{ employers(limit: 100) { items { name contactPersons { name role phone email } sectors { name code } } } }`);
    expect(errorCode(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toMatch(/Query Cost limit of 30 exceeded/);
  });

  it('refuses floods of aliases before running them, and batches', async () => {
    const aliases = await t.gql('bd1', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`);
    expect(errorCode(aliases)).toBe('GRAPHQL_VALIDATION_FAILED');
    const batch = await t.http.post('/graphql').send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(batch.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('production settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DEMO_SEED: 'true' } });
  });
  afterAll(() => t?.close());

  it('turns introspection off', async () => {
    const body = await t.gql('bd1', `{ __schema { queryType { name } } }`);
    expect(errorCode(body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
