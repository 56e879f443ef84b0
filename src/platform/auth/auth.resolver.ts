import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config.js';
import { Ctx, Loaders } from '../context/ctx.decorator.js';
import type { RequestContext } from '../context/request-context.js';
import type { RequestLoaders } from '../graphql/request-loaders.js';
import { Allow, Public } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { AuthPayload, LoginInput, Viewer } from './auth.types.js';
import { clientAddressKey } from './client-address.js';
import { OperationPermissions } from './operation-permissions.js';
import type { Actor } from './principal-scope.js';
import { ALL_ROLES } from './role.enum.js';
import { clearSessionCookie, cookieIsSecure, sessionTokenOf, setSessionCookie, type CookieRequest, type CookieResponse } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';

@Resolver(() => Viewer)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly permissions: OperationPermissions,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Local login; returns a bearer token' })
  login(@Args('input', { description: 'The login name and password' }) input: LoginInput, @Context('req') req: { ip?: string }): Promise<AuthPayload> {
    return this.auth.login(input.username, input.password, clientAddressKey(req.ip));
  }

  @Public()
  @Mutation(() => Viewer, {
    description:
      'Local login for a browser: the same checks and throttling as `login`, then a session in an HttpOnly cookie (`brygga_session`) that no script can read',
  })
  async signIn(
    @Args('input', { description: 'The login name and password' }) input: LoginInput,
    @Context('req') req: CookieRequest & { ip?: string },
    @Context('res') res: CookieResponse,
  ): Promise<Viewer> {
    const user = await this.auth.checkLogin(input.username, input.password, clientAddressKey(req.ip));
    const actor = await this.auth.actorOf(user);
    const token = await this.sessions.begin(user.id, sessionTokenOf(req.headers));
    setSessionCookie(res, token, cookieIsSecure(this.config.SESSION_COOKIE_SECURE, req));
    return this.viewerOf(actor);
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ends the browser's session, if it has one, and clears its cookie; always true" })
  async signOut(@Context('req') req: CookieRequest, @Context('res') res: CookieResponse): Promise<boolean> {
    const token = sessionTokenOf(req.headers);
    if (token !== undefined) await this.sessions.end(token);
    clearSessionCookie(res, cookieIsSecure(this.config.SESSION_COOKIE_SECURE, req));
    return true;
  }

  @Allow(...ALL_ROLES)
  @Query(() => Viewer, { description: 'The signed-in user: who they are, their roles, principals and permissions' })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    return this.viewerOf(ctx.actor);
  }

  @ResolveField(() => String, { description: "The name of the user's own organisation" })
  async organisationName(@Parent() viewer: Viewer, @Loaders() loaders: RequestLoaders): Promise<string> {
    const organisation = await loaders.organisation.load(viewer.organisationId);
    // a user row references its organisation (a foreign key): a missing one is a fault, never an empty name
    if (!organisation) throw new Error(`Organisation ${viewer.organisationId} of user ${viewer.userId} not found`);
    return organisation.name;
  }

  /** Everything the actor already holds; the organisation's name is read only when it is asked for. */
  private viewerOf(actor: Actor): Viewer {
    const { userId, name, organisationId, roles, readablePrincipalIds, writablePrincipalIds } = actor;
    return {
      userId,
      name,
      organisationId,
      roles: [...roles],
      readablePrincipalIds: [...readablePrincipalIds],
      writablePrincipalIds: [...writablePrincipalIds],
      permissions: this.permissions.of(roles),
    };
  }
}
