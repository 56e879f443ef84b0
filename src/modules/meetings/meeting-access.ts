import type { SelectQueryBuilder } from 'typeorm';
import { assertWritable, findScoped } from '../../platform/auth/principal-access.js';
import { Role } from '../../platform/auth/role.enum.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { TeamMember } from '../organisations/team-member.entity.js';
import { Team } from '../organisations/team.entity.js';
import { Meeting } from './meeting.entity.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';

/**
 * The meetings an actor may read: those arranged for a principal they read, and those with an invitation of a
 * resident of a principal they read (a principal's reviewer follows where their residents were invited, even to a
 * meeting arranged for the neighbour). Like `scopedQuery`, a meeting outside this is NOT_FOUND. What the meeting's
 * lists then show is scoped per record (invitations by the person's principal, employers by the employer's).
 */
export function meetingsQuery(ctx: RequestContext, alias = 'm'): SelectQueryBuilder<Meeting> {
  const principals = [...ctx.actor.readablePrincipalIds];
  const qb = ctx.em.getRepository(Meeting).createQueryBuilder(alias);
  if (principals.length === 0) return qb.where('false');
  return qb.where(
    `(${alias}.principalId IN (:...meetingScope) OR EXISTS (SELECT 1 FROM meeting_invitation mi WHERE mi.meeting_id = ${alias}.id AND mi.principal_id IN (:...meetingScope)))`,
    { meetingScope: principals },
  );
}

/** One meeting the actor may read, optionally locked for a change; otherwise NOT_FOUND. */
export async function findMeeting(ctx: RequestContext, id: string, options: { forUpdate?: boolean } = {}): Promise<Meeting> {
  const qb = meetingsQuery(ctx).andWhere('m.id = :id', { id });
  if (options.forUpdate) qb.setLock('pessimistic_write', undefined, ['m']);
  const meeting = await qb.getOne();
  if (!meeting) throw DomainError.notFound('Meeting', id);
  return meeting;
}

/**
 * Refuses a change to a team's meetings by someone who does not plan them: a manager of the team's organisation,
 * or a member of the team (docs/domain.md: the sector team plans its recruitment meetings). Also the principal: the
 * actor must act for it.
 */
export async function assertPlanner(ctx: RequestContext, team: Team, principalId: string, field = 'input.teamId'): Promise<void> {
  assertWritable(ctx, principalId, field);
  await assertTeamPlanner(ctx, team, field);
}

/** A manager of the team's organisation or a member of the team (for what belongs to the team, not to one principal). */
export async function assertTeamPlanner(ctx: RequestContext, team: Team, field: string): Promise<void> {
  if (ctx.hasRole(Role.MANAGER) && team.organisationId === ctx.actor.organisationId) return;
  const member = await ctx.em.getRepository(TeamMember).existsBy({ teamId: team.id, userId: ctx.actor.userId });
  if (!member) throw new DomainError(ErrorCode.FORBIDDEN, "Only the organising team's members and managers plan its meetings", [{ field, message: 'not a member of the organising team' }]);
}

/** An invitation the actor may change, locked for the change, at the version read. */
export async function lockInvitation(ctx: RequestContext, id: string, version: number): Promise<MeetingInvitation> {
  const invitation = await findScoped(ctx, MeetingInvitation, id, 'MeetingInvitation', { forUpdate: true });
  assertWritable(ctx, invitation.principalId, 'input.invitationId');
  if (invitation.version !== version) throw DomainError.staleVersion('MeetingInvitation', version, invitation.version);
  return invitation;
}
