import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GqlContext } from '../context/ctx.decorator.js';
import { RequestContext } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';
import { ALLOW_KEY, PUBLIC, type AllowDeclaration } from './allow.decorator.js';
import { AuthService } from './auth.service.js';

/**
 * The one place operations are authorised. Every resolver method must declare @Allow(...roles) or @Public();
 * an operation without a declaration is refused (fail closed), and a test lists them all.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AllowDeclaration | undefined>(ALLOW_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (declaration === undefined) throw DomainError.forbidden('Operation has no access declaration');
    if (declaration === PUBLIC) return true;
    if (context.getType<string>() !== 'graphql') throw DomainError.forbidden();

    const req = GqlExecutionContext.create(context).getContext<GqlContext>().req;
    if (!req.ctx) {
      const authorization = req.headers.authorization;
      const actor = await this.auth.authenticate(Array.isArray(authorization) ? authorization[0] : authorization);
      req.ctx = new RequestContext(actor, this.dataSource.manager);
    }
    if (!declaration.some((role) => req.ctx!.actor.roles.includes(role))) {
      throw DomainError.forbidden(`Requires one of the roles ${declaration.join(', ')}`);
    }
    return true;
  }
}
