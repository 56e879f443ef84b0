import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error.js';
import type { RequestLoaders } from '../graphql/request-loaders.js';
import type { RequestContext } from './request-context.js';

/** The GraphQL context object Brygga builds per request. */
export interface GqlContext {
  req: { headers: Record<string, string | string[] | undefined>; ctx?: RequestContext };
  loaders: RequestLoaders;
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  const req =
    context.getType<string>() === 'http'
      ? context.switchToHttp().getRequest<GqlContext['req']>()
      : GqlExecutionContext.create(context).getContext<GqlContext>().req;
  const ctx = req.ctx;
  if (!ctx) throw DomainError.unauthenticated();
  return ctx;
}

/** Injects the {@link RequestContext} into a resolver method (or a REST route's handler). */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context));

/** Injects the request's DataLoaders into a field resolver. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<GqlContext>().loaders,
);
