import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isNonNullType, isObjectType, type GraphQLNamedType } from 'graphql';
import { TestApp } from './support/test-app.js';

const ROLES = ['admin', 'manager1', 'recruiter1', 'bd1', 'secretary1', 'teacher1', 'counsellor1', 'reviewer.svedala'];
const DEPTH = 4;

/** Every field of `type` that needs no argument, objects followed `depth` levels down. */
function everything(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} { __typename ${everything(named, depth - 1)} }`);
  }
  return parts.join(' ');
}

/**
 * Every relation field of every type, asked through every path the lists lead to: each list or record that needs no
 * argument, with every field to four levels of objects (a page, its items, their relations and theirs), as every role. A relation that resolves only when its parent was read
 * one way (an employer's contact persons through an opening) answers INTERNAL_SERVER_ERROR here. Refusals
 * (FORBIDDEN, a masked field) are the roles' business and allowed.
 */
describe('schema walk: every field resolves through every path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { GRAPHQL_MAX_COST: '100000000', GRAPHQL_MAX_DEPTH: '20', GRAPHQL_MAX_TOKENS: '100000', GRAPHQL_MAX_ALIASES: '1000' } });
  });
  afterAll(() => t?.close());

  const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
  const roots = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));

  it.each(ROLES)('as %s', async (role) => {
    const failures: string[] = [];
    for (const root of roots) {
      const named = getNamedType(root.type);
      const args = root.args.some((a) => a.name === 'limit') ? '(limit: 5)' : '';
      const query = `{ ${root.name}${args}${isObjectType(named) ? ` { __typename ${everything(named, DEPTH)} }` : ''} }`;
      const body = await t.gql(role, query);
      for (const error of body.errors ?? []) {
        if (error.extensions?.code === 'INTERNAL_SERVER_ERROR' || error.extensions?.code === undefined) failures.push(`${root.name} ${JSON.stringify(error.path)}: ${error.message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
