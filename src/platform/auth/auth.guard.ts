import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Transactions } from '../context/transactions.js';
import { declaredAccessOf } from '../../modules/audit/access-purpose.js';
import type { GqlContext } from '../context/ctx.decorator.js';
import { RequestContext } from '../context/request-context.js';
import { narrowRequestScope, scopeOf } from '../database/row-security.js';
import { DomainError } from '../errors/domain-error.js';
import { PUBLIC } from './allow.decorator.js';
import { AuthService } from './auth.service.js';
import { allowDeclarationOf, declarationAdmits } from './operation-permissions.js';
import type { Actor } from './principal-scope.js';
import { sessionTokenOf } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';

/**
 * The one place operations are authorised. Every resolver method must declare @Allow(...roles) or @Public();
 * an operation without a declaration is refused (fail closed), and a test lists them all.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly transactions: Transactions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = allowDeclarationOf(this.reflector, context.getHandler(), context.getClass());
    if (declaration === undefined) throw DomainError.forbidden('Operation has no access declaration');
    if (declaration === PUBLIC) return true;
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') throw DomainError.forbidden();

    // the few REST routes (a person's register extract) are authenticated exactly as GraphQL operations are
    const req = type === 'graphql' ? GqlExecutionContext.create(context).getContext<GqlContext>().req : context.switchToHttp().getRequest<GqlContext['req']>();
    req.ctx ??= new RequestContext(await this.authenticate(req.headers), this.transactions, [], declaredAccessOf(req.headers));
    // the database's second lock: from here on the request's connections carry the caller's principals
    narrowRequestScope(scopeOf(req.ctx.actor));
    if (!declarationAdmits(declaration, req.ctx.actor.roles)) {
      throw DomainError.forbidden(`Requires one of the roles ${declaration.join(', ')}`);
    }
    return true;
  }

  /**
   * The caller, by the Authorization header (a bearer token: scripts, GraphiQL, other systems) or else by the
   * session cookie (the web app). A request with an Authorization header is judged by it alone.
   */
  private authenticate(headers: GqlContext['req']['headers']): Promise<Actor> {
    const authorization = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
    const session = authorization === undefined ? sessionTokenOf(headers) : undefined;
    return session === undefined ? this.auth.authenticate(authorization) : this.sessions.authenticate(session);
  }
}
