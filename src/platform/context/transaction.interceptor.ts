import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Transactions } from './transactions.js';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { GqlContext } from './ctx.decorator.js';

/**
 * Every mutation is one transaction, opened through the app's {@link Transactions}: the resolver and everything it calls
 * read `ctx.em` as that transaction's manager, so a failure anywhere rolls back everything the mutation wrote.
 * After-commit work runs only once the transaction has committed.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(private readonly transactions: Transactions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo().parentType.name !== 'Mutation') return next.handle();
    const ctx = gql.getContext<GqlContext>().req.ctx;
    if (!ctx) return next.handle();
    return from(
      (async () => {
        const result = await this.transactions.withTransaction(() => lastValueFrom(next.handle(), { defaultValue: undefined }));
        await ctx.flushCommitted();
        return result;
      })(),
    );
  }
}
