import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { declaredOperations } from '../src/platform/auth/operation-permissions.js';
import { Role } from '../src/platform/auth/role.enum.js';
import { errorCode, TestApp } from './support/test-app.js';
import { Ids, newOrganisationNumber } from './support/factories.js';

/** One demo user per role. */
const AS: Record<Role, string> = {
  [Role.BUSINESS_DEVELOPER]: 'bd1',
  [Role.RECRUITER]: 'recruiter1',
  [Role.LABOUR_MARKET_SECRETARY]: 'secretary1',
  [Role.CAREER_COUNSELLOR]: 'counsellor1',
  [Role.TEACHER]: 'teacher1',
  [Role.MANAGER]: 'manager1',
  [Role.PRINCIPAL_REVIEWER]: 'reviewer.svedala',
  [Role.ADMINISTRATOR]: 'admin',
};
const ROLES = Object.values(Role);
const { BUSINESS_DEVELOPER: BD, RECRUITER: REC, LABOUR_MARKET_SECRETARY: ASK, CAREER_COUNSELLOR: SYV, TEACHER: TEA, MANAGER: MGR, PRINCIPAL_REVIEWER: REV } = Role;

describe('permissions', () => {
  let t: TestApp;
  let ids: Ids;
  let employerId: string;
  let contactId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    const { createEmployer } = await t.ok('bd1', `mutation($i: CreateEmployerInput!) { createEmployer(input: $i) { id } }`, {
      i: { organisationNumber: newOrganisationNumber(), name: 'Behörighetstest AB', municipalityConceptId: 'STvk_dra_M1X' },
    });
    employerId = createEmployer.id;
    const { logEmployerContact } = await t.ok('bd1', `mutation($i: LogEmployerContactInput!) { logEmployerContact(input: $i) { id } }`, {
      i: { employerId, kind: 'PHONE', summary: 'Ringde om praktikplatser.', nextFollowUpOn: '2099-01-01' },
    });
    contactId = logEmployerContact.id;
  });
  afterAll(() => t?.close());

  it('every operation declares who may call it', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ].sort();
    // the same enumeration as Viewer.permissions
    const declared = new Map(declaredOperations(t.app.get(DiscoveryService), t.app.get(Reflector)).map((o) => [`${o.type}.${o.name}`, o.declaration]));
    const table = fields.map((op) => {
      const d = declared.get(op);
      return `${op}: ${d === undefined ? 'MISSING' : d === 'public' ? 'public' : [...d].sort().join(', ')}`;
    });
    expect(table.filter((line) => line.endsWith('MISSING'))).toEqual([]);
    // the whole table is kept as a snapshot, so every change to who may do what shows in review
    expect(table).toMatchSnapshot();
  });

  it('refuses every non-public operation without a token', async () => {
    for (const query of ['{ viewer { userId } }', '{ employers { totalCount } }', '{ myFollowUpsDue { totalCount } }', '{ sectors { id } }']) {
      expect(errorCode(await t.gql(null, query))).toBe('UNAUTHENTICATED');
    }
  });

  // The policy, written out independently of the code: which roles may do what with employers and contacts.
  const operations: Array<[string, Role[], () => [string, Record<string, unknown>]]> = [
    ['employer', [BD, REC, ASK, SYV, TEA, MGR, REV], () => [`query($id: ID!) { employer(id: $id) { id } }`, { id: employerId }]],
    ['employers', [BD, REC, ASK, SYV, TEA, MGR, REV], () => [`{ employers { totalCount } }`, {}]],
    ['employerTimeline', [BD, REC, ASK, SYV, TEA, MGR, REV], () => [`query($id: ID!) { employerTimeline(employerId: $id) { totalCount } }`, { id: employerId }]],
    ['createEmployer', [BD, REC], () => [`mutation($i: CreateEmployerInput!) { createEmployer(input: $i) { id } }`, { i: { organisationNumber: newOrganisationNumber(), name: 'Ny AB', municipalityConceptId: 'STvk_dra_M1X' } }]],
    ['updateEmployer', [BD, REC], () => [`mutation($i: UpdateEmployerInput!) { updateEmployer(input: $i) { id } }`, { i: { id: employerId, version: 999, name: 'x' } }]],
    ['archiveEmployer', [BD, MGR], () => [`mutation($id: ID!) { archiveEmployer(id: $id, version: 999) { id } }`, { id: employerId }]],
    ['logEmployerContact', [BD, REC, ASK, SYV, TEA], () => [`mutation($i: LogEmployerContactInput!) { logEmployerContact(input: $i) { id } }`, { i: { employerId, kind: 'EMAIL', summary: 'Mejl.' } }]],
    ['closeFollowUp', [BD, REC, ASK, SYV, TEA, MGR], () => [`mutation($id: ID!) { closeFollowUp(contactId: $id) { id } }`, { id: contactId }]],
    ['myFollowUpsDue', [BD, REC, ASK, SYV, TEA], () => [`{ myFollowUpsDue { totalCount } }`, {}]],
    ['teamOverdueFollowUps', [BD, REC, MGR], () => [`query($id: ID!) { teamOverdueFollowUps(teamId: $id) { totalCount } }`, { id: ids.team('Näringsliv') }]],
  ];

  describe.each(operations)('%s', (_name, allowed, build) => {
    it.each(ROLES)('as %s', async (role) => {
      const [query, variables] = build();
      const body = await t.gql(AS[role], query, variables);
      // an allowed role may still meet a rule of the operation (a stale version, someone else's follow-up),
      // but never the role check itself
      const refusedByRole = errorCode(body) === 'FORBIDDEN' && /^Requires one of the roles/.test(body.errors![0].message);
      expect(refusedByRole).toBe(!allowed.includes(role));
    });
  });
});
