import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { statusOfErrors } from './http-status.js';

/**
 * Gives every GraphQL answer with errors the HTTP status of its errors (a 4xx for the client's mistakes, 500 for a
 * fault of ours), also for errors raised while resolving, which GraphQL would otherwise answer with 200. A throttled
 * request also gets `Retry-After`. Every answer is `Cache-Control: no-store`: it is one user's, and most hold
 * personal data.
 */
@Plugin()
export class HttpStatusPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors?.length) return;
        response.http.status = statusOfErrors(errors);
        const retryAfter = errors.map((e) => e.extensions?.retryAfterSeconds).find((s) => typeof s === 'number');
        if (retryAfter !== undefined) response.http.headers.set('retry-after', String(retryAfter));
      },
    };
  }
}
