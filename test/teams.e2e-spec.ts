import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids } from './support/factories.js';

const CREATE = `mutation($i: CreateTeamInput!) { createTeam(input: $i) { id name servedPrincipalIds } }`;
const SET = `mutation($i: TeamMemberInput!) { setTeamMember(input: $i) { members { role user { username } } } }`;

describe('teams', () => {
  let t: TestApp;
  let ids: Ids;
  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
  });
  afterAll(() => t?.close());

  it('a manager forms a team and manages its members, each in a role they have', async () => {
    const { createTeam } = await t.ok('manager1', CREATE, { i: { name: 'Mottagningsteamet' } });
    expect([...createTeam.servedPrincipalIds].sort()).toEqual([ids.organisation('Trelleborgs kommun'), ids.organisation('Svedala kommun')].sort());
    const team = createTeam.id;
    const { setTeamMember } = await t.ok('manager1', SET, { i: { teamId: team, userId: ids.user('secretary2'), role: 'LABOUR_MARKET_SECRETARY' } });
    expect(setTeamMember.members).toEqual([{ role: 'LABOUR_MARKET_SECRETARY', user: { username: 'secretary2' } }]);

    const wrongRole = await t.gql('manager1', SET, { i: { teamId: team, userId: ids.user('secretary2'), role: 'TEACHER' } });
    expect(errorFields(wrongRole)).toEqual(['input.role']);
    const removed = await t.ok('manager1', `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) { members { user { username } } } }`, { t: team, u: ids.user('secretary2') });
    expect(removed.removeTeamMember.members).toEqual([]);
  });

  it('refuses a second sector team for a sector and principal already served', async () => {
    const body = await t.gql('manager1', CREATE, { i: { name: 'Ännu ett vårdteam', sectorId: ids.sector('VARD_OMSORG') } });
    expect(errorCode(body)).toBe('CONFLICT');
    expect(errorFields(body)).toEqual(['input.sectorId']);
  });

  it('only managers and administrators manage teams', async () => {
    expect(errorCode(await t.gql('recruiter1', CREATE, { i: { name: 'Eget team' } }))).toBe('FORBIDDEN');
  });
});
