import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { hashPassword } from '../../platform/auth/password.js';
import { assertWritable } from '../../platform/auth/principal-access.js';
import { Sector } from '../sectors/sector.entity.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { CreateTeamInput, CreateUserInput, SetUserRolesInput, TeamMemberInput } from './organisation.input.js';
import { Organisation } from './organisation.entity.js';
import { TeamMember } from './team-member.entity.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';

/**
 * Organisations, teams and users (agreements: agreements.service.ts). An administrator manages the users of the organisations that
 * belong to their own municipality; nobody manages another municipality's staff.
 */
@Injectable()
export class OrganisationsService {
  /** The organisations of the principals the user may read: their municipalities and administrations. */
  organisations(ctx: RequestContext): Promise<Organisation[]> {
    const principals = [...ctx.actor.readablePrincipalIds];
    return ctx.em
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.id IN (:...principals) OR o.parentId IN (:...principals)', { principals: principals.length ? principals : [ctx.actor.homePrincipalId] })
      .orderBy('o.name')
      .getMany();
  }

  /** Teams that serve a principal the user may read. */
  teams(ctx: RequestContext): Promise<Team[]> {
    return ctx.em
      .getRepository(Team)
      .createQueryBuilder('t')
      .leftJoinAndSelect('t.members', 'members')
      .where('t.servedPrincipalIds && :principals', { principals: [...ctx.actor.readablePrincipalIds] })
      .orderBy('t.name')
      .getMany();
  }

  /**
   * A team of the caller's organisation. A sector team serves principals the caller acts for; one sector team per
   * sector and principal is what the sector choice looks for, so a second is refused.
   */
  async createTeam(ctx: RequestContext, input: CreateTeamInput): Promise<Team> {
    const served = input.servedPrincipalIds ?? [...ctx.actor.writablePrincipalIds];
    for (const principal of served) assertWritable(ctx, principal, 'input.servedPrincipalIds');
    if (input.sectorId) {
      if (!(await ctx.em.getRepository(Sector).existsBy({ id: input.sectorId }))) throw DomainError.field('input.sectorId', 'unknown sector');
      const overlapping = await ctx.em
        .getRepository(Team)
        .createQueryBuilder('t')
        .where('t.sectorId = :sectorId AND t.servedPrincipalIds && :served', { sectorId: input.sectorId, served })
        .getCount();
      if (overlapping > 0) {
        throw DomainError.conflict('A sector team for this sector already serves one of these principals', [{ field: 'input.sectorId', message: 'taken' }]);
      }
    }
    return ctx.em.getRepository(Team).save({ name: input.name, organisationId: ctx.actor.organisationId, sectorId: input.sectorId ?? null, servedPrincipalIds: served });
  }

  /** Adds a member to a team of the caller's organisation, or changes their role in it. */
  async setTeamMember(ctx: RequestContext, input: TeamMemberInput): Promise<Team> {
    const team = await this.ownTeam(ctx, input.teamId);
    const user = await ctx.em.getRepository(User).findOneBy({ id: input.userId });
    if (!user || !user.active || user.organisationId !== team.organisationId) {
      throw DomainError.field('input.userId', "not an active user of the team's organisation");
    }
    if (!user.roles.includes(input.role)) throw DomainError.field('input.role', 'the user does not have this role');
    await ctx.em.getRepository(TeamMember).upsert({ teamId: team.id, userId: user.id, role: input.role }, ['teamId', 'userId']);
    return this.ownTeam(ctx, team.id);
  }

  async removeTeamMember(ctx: RequestContext, teamId: string, userId: string): Promise<Team> {
    const team = await this.ownTeam(ctx, teamId);
    await ctx.em.getRepository(TeamMember).delete({ teamId: team.id, userId });
    return this.ownTeam(ctx, team.id);
  }

  private async ownTeam(ctx: RequestContext, teamId: string): Promise<Team> {
    const team = await ctx.em.getRepository(Team).findOne({ where: { id: teamId }, relations: { members: true } });
    if (!team || team.organisationId !== ctx.actor.organisationId) throw DomainError.notFound('Team', teamId);
    return team;
  }

  async users(ctx: RequestContext): Promise<User[]> {
    return ctx.em.getRepository(User).find({
      where: { organisationId: In(await this.manageableOrganisationIds(ctx)) },
      order: { name: 'ASC' },
    });
  }

  async createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    if (!(await this.manageableOrganisationIds(ctx)).includes(input.organisationId)) {
      throw DomainError.field('input.organisationId', 'not an organisation of your municipality');
    }
    if (!input.password && !input.externalSubject) {
      throw DomainError.field('input.password', 'give a password or an external subject, or the user cannot sign in');
    }
    const users = ctx.em.getRepository(User);
    if (await users.existsBy({ username: input.username })) {
      throw DomainError.conflict('The username is taken', [{ field: 'input.username', message: 'taken' }]);
    }
    if (input.externalSubject && (await users.existsBy({ externalSubject: input.externalSubject }))) {
      throw DomainError.conflict('Another user has this external subject', [{ field: 'input.externalSubject', message: 'taken' }]);
    }
    return users.save(
      users.create({
        username: input.username,
        name: input.name,
        email: input.email?.toLowerCase() ?? null,
        organisationId: input.organisationId,
        roles: input.roles,
        passwordHash: input.password ? await hashPassword(input.password) : null,
        externalSubject: input.externalSubject ?? null,
        active: true,
      }),
    );
  }

  async setUserRoles(ctx: RequestContext, input: SetUserRolesInput): Promise<User> {
    const user = await this.manageableUser(ctx, input.userId);
    user.roles = input.roles;
    return ctx.em.getRepository(User).save(user);
  }

  /** Users are deactivated, not deleted: their name stays on the contacts and plans they signed. */
  async deactivateUser(ctx: RequestContext, userId: string): Promise<User> {
    const user = await this.manageableUser(ctx, userId);
    if (user.id === ctx.actor.userId) throw DomainError.field('userId', 'you cannot deactivate yourself');
    user.active = false;
    return ctx.em.getRepository(User).save(user);
  }

  private async manageableUser(ctx: RequestContext, userId: string): Promise<User> {
    const user = await ctx.em.getRepository(User).findOneBy({ id: userId });
    if (!user || !(await this.manageableOrganisationIds(ctx)).includes(user.organisationId)) {
      throw DomainError.notFound('User', userId);
    }
    return user;
  }

  private async manageableOrganisationIds(ctx: RequestContext): Promise<string[]> {
    const home = ctx.actor.homePrincipalId;
    const orgs = await ctx.em.getRepository(Organisation).find({ where: [{ id: home }, { parentId: home }] });
    return orgs.map((o) => o.id);
  }
}
