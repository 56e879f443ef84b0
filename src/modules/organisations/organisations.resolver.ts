import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator.js';
import { ALL_ROLES, Role } from '../auth/role.enum.js';
import { Ctx, RequestLoaders } from '../context/ctx.decorator.js';
import type { Loaders } from '../graphql/loaders.js';
import type { RequestContext } from '../context/request-context.js';
import { CreateTeamInput, CreateUserInput, SetUserRolesInput, TeamMemberInput } from './organisation.input.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationsService } from './organisations.service.js';
import { TeamMember } from './team-member.entity.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';
import { IdArg } from '../validation/id-arg.decorator.js';

@Resolver()
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Allow(...ALL_ROLES)
  @Query(() => [Organisation], { description: 'Municipalities and administrations of the principals you act for' })
  organisations(@Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return this.service.organisations(ctx);
  }

  @Allow(...ALL_ROLES)
  @Query(() => [Team])
  teams(@Ctx() ctx: RequestContext): Promise<Team[]> {
    return this.service.teams(ctx);
  }

  @Allow(Role.MANAGER, Role.ADMINISTRATOR)
  @Mutation(() => Team, { description: 'A team of your organisation; a sector team when it has a sector' })
  createTeam(@Ctx() ctx: RequestContext, @Args('input') input: CreateTeamInput): Promise<Team> {
    return this.service.createTeam(ctx, input);
  }

  @Allow(Role.MANAGER, Role.ADMINISTRATOR)
  @Mutation(() => Team, { description: 'Adds a member to a team, or changes their role in it' })
  setTeamMember(@Ctx() ctx: RequestContext, @Args('input') input: TeamMemberInput): Promise<Team> {
    return this.service.setTeamMember(ctx, input);
  }

  @Allow(Role.MANAGER, Role.ADMINISTRATOR)
  @Mutation(() => Team)
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
  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.createUser(ctx, input);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => User)
  setUserRoles(@Ctx() ctx: RequestContext, @Args('input') input: SetUserRolesInput): Promise<User> {
    return this.service.setUserRoles(ctx, input);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => User)
  deactivateUser(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<User> {
    return this.service.deactivateUser(ctx, userId);
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @ResolveField(() => [TeamMember])
  members(@Parent() team: Team): TeamMember[] {
    return team.members ?? [];
  }
}

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  @ResolveField(() => User)
  user(@RequestLoaders() loaders: Loaders, @Parent() member: TeamMember) {
    return loaders.user.load(member.userId);
  }
}

@Resolver(() => User)
export class UserResolver {
  @ResolveField(() => Organisation)
  organisation(@RequestLoaders() loaders: Loaders, @Parent() user: User) {
    return loaders.organisation.load(user.organisationId);
  }
}
