import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { TestApp } from './support/test-app.js';

const SCHEMA_FILE = new URL('../schema.gql', import.meta.url);

/**
 * The committed schema.gql is the API's contract in review: this spec fails when the code's schema differs.
 * `npm run schema` rewrites the file (UPDATE_SCHEMA=1).
 */
describe('schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('matches the schema the code generates', () => {
    const printed = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
