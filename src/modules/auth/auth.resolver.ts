import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../context/ctx.decorator.js';
import type { RequestContext } from '../context/request-context.js';
import { Allow, Public } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { AuthPayload, LoginInput, Viewer } from './auth.types.js';
import { clientAddressKey } from './client-address.js';
import { ALL_ROLES } from './role.enum.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Local login; returns a bearer token' })
  login(@Args('input') input: LoginInput, @Context('req') req: { ip?: string }): Promise<AuthPayload> {
    return this.auth.login(input.username, input.password, clientAddressKey(req.ip));
  }

  @Allow(...ALL_ROLES)
  @Query(() => Viewer)
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const { userId, name, organisationId, roles, readablePrincipalIds, writablePrincipalIds } = ctx.actor;
    return {
      userId,
      name,
      organisationId,
      roles: [...roles],
      readablePrincipalIds: [...readablePrincipalIds],
      writablePrincipalIds: [...writablePrincipalIds],
    };
  }
}
