import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../src/platform/auth/allow.decorator.js';
import { Role } from '../src/platform/auth/role.enum.js';
import { Ctx } from '../src/platform/context/ctx.decorator.js';
import type { RequestContext } from '../src/platform/context/request-context.js';
import { TestApp } from './support/test-app.js';

/** A query that fails in the database with what a person typed among its parameters, as a bug of ours would. */
@Injectable()
@Resolver()
class FailingQueryProbeResolver {
  @Allow(Role.RECRUITER)
  @Query(() => Boolean)
  async probeFailingQuery(@Ctx() ctx: RequestContext, @Args('name') name: string): Promise<boolean> {
    await ctx.em.query(`SELECT $1::uuid AS id, $2::text AS name`, [name, name]);
    return true;
  }
}

@Module({ providers: [FailingQueryProbeResolver] })
class ProbeModule {}

const NAME = 'Zlatan Provsson';
const PNR = '198507099805';

/**
 * Logs carry no personal data at any level: no SQL, no parameters, no variables, no bodies. The identity-number
 * scrubber is the last defence; these values are chosen so that it cannot be what keeps them out.
 */
describe('logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    t = await TestApp.start({ env: { LOG_LEVEL: 'trace' }, extra: [ProbeModule] });
  });
  afterAll(async () => {
    await t?.close();
    jest.restoreAllMocks();
  });

  it('a failing database query is logged by kind and place, without its SQL, parameters or message', async () => {
    lines.length = 0;
    const body = await t.gql('recruiter1', `query($n: String!) { probeFailingQuery(name: $n) }`, { n: NAME });
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const log = lines.join('');
    expect(log).toMatch(/QueryFailedError/);
    expect(log).toMatch(/"sqlState":"22P02"/);
    expect(log).not.toContain(NAME);
    expect(log).not.toMatch(/SELECT|::uuid|invalid input syntax/);
  });

  it('variables, bodies and query strings never reach the request log', async () => {
    lines.length = 0;
    await t.gql('secretary1', `query($q: String) { candidates(search: $q) { totalCount } }`, { q: `${NAME} ${PNR}` });
    await t.http.get(`/graphql?query=${encodeURIComponent(`{ candidates(search: "${NAME}") { totalCount } }`)}`).set('apollo-require-preflight', 'true');
    await t.http.post('/graphql').set('content-type', 'application/json').send(`{"query": "${NAME}`);
    const log = lines.join('');
    expect(log).toMatch(/"url":"\/graphql"/);
    expect(log).toMatch(/"url":"\/graphql\?\[query\]"/);
    expect(log).not.toContain(NAME);
    expect(log).not.toContain('Zlatan');
    expect(log).not.toContain(PNR.slice(2, 8));
  });
});
