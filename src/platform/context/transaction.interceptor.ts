import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { GqlContext } from './ctx.decorator.js';

/**
 * Every mutation is one transaction: the resolver's RequestContext is rebound to the transaction's entity
 * manager, so a failure anywhere rolls back everything the mutation wrote. After-commit work runs only once
 * the transaction has committed.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo().parentType.name !== 'Mutation') return next.handle();
    const req = gql.getContext<GqlContext>().req;
    const outer = req.ctx;
    if (!outer) return next.handle();
    return from(
      (async () => {
        const result = await this.dataSource.transaction(async (em) => {
          req.ctx = outer.withManager(em);
          try {
            return await lastValueFrom(next.handle(), { defaultValue: undefined });
          } finally {
            req.ctx = outer;
          }
        });
        await outer.flushCommitted();
        return result;
      })(),
    );
  }
}
