import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { ALL_ROLES, Role } from '../../platform/auth/role.enum.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { CreateTeamInput, CreateUserInput, SetUserRolesInput, TeamMemberInput } from './organisation.input.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationsService } from './organisations.service.js';
import { TeamMember } from './team-member.entity.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';

@Resolver()
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Allow(...ALL_ROLES)
  @Query(() => [Organisation], { description: 'Municipalities and administrations of the principals you act for' })
  organisations(@Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return this.service.organisations(ctx);
  }

  @Allow(...ALL_ROLES)
  @Query(() => [Team], { description: 'Teams serving any principal you may read, by name, with their members' })
  teams(@Ctx() ctx: RequestContext): Promise<Team[]> {
    return this.service.teams(ctx);
  }

  @Allow(Role.MANAGER, Role.ADMINISTRATOR)
  @Mutation(() => Team, { description: 'A team of your organisation; a sector team when it has a sector' })
  createTeam(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The team's name, its sector and the principals it serves" }) input: CreateTeamInput,
  ): Promise<Team> {
    return this.service.createTeam(ctx, input);
  }

  @Allow(Role.MANAGER, Role.ADMINISTRATOR)
  @Mutation(() => Team, { description: 'Adds a member to a team, or changes their role in it' })
  setTeamMember(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The team, the user and their role in the team' }) input: TeamMemberInput,
  ): Promise<Team> {
    return this.service.setTeamMember(ctx, input);
  }

  @Allow(Role.MANAGER, Role.ADMINISTRATOR)
  @Mutation(() => Team, { description: 'Removes a member from a team' })
  removeTeamMember(
    @Ctx() ctx: RequestContext,
    @IdArg('teamId') teamId: string,
    @IdArg('userId') userId: string,
  ): Promise<Team> {
    return this.service.removeTeamMember(ctx, teamId, userId);
  }

  @Allow(Role.ADMINISTRATOR, Role.MANAGER)
  @Query(() => [User], { description: "Users of your municipality's organisations" })
  users(@Ctx() ctx: RequestContext): Promise<User[]> {
    return this.service.users(ctx);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => User, { description: 'Creates a user in an organisation of your municipality' })
  createUser(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The user's login, name, organisation, roles and a way to sign in" }) input: CreateUserInput,
  ): Promise<User> {
    return this.service.createUser(ctx, input);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => User, { description: "Replaces a user's roles" })
  setUserRoles(@Ctx() ctx: RequestContext, @Args('input', { description: 'The user and the new roles' }) input: SetUserRolesInput): Promise<User> {
    return this.service.setUserRoles(ctx, input);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => User, { description: 'Deactivates a user (not yourself): they can no longer sign in; their name stays on what they signed' })
  deactivateUser(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<User> {
    return this.service.deactivateUser(ctx, userId);
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @ResolveField(() => [TeamMember], { description: "The team's members" })
  members(@Parent() team: Team): TeamMember[] {
    return team.members ?? [];
  }
}

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  @ResolveField(() => User, { description: 'The user' })
  user(@Loaders() loaders: RequestLoaders, @Parent() member: TeamMember) {
    return loaders.user.load(member.userId);
  }
}

@Resolver(() => User)
export class UserResolver {
  @ResolveField(() => Organisation, { description: 'The organisation the user works in' })
  organisation(@Loaders() loaders: RequestLoaders, @Parent() user: User) {
    return loaders.organisation.load(user.organisationId);
  }
}
