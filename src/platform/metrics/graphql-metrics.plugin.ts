import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Counter, Histogram } from 'prom-client';
import { Metrics, seconds } from './metrics.js';

/** Distinct operation names labelled at most: operation names are the client's choice, and a label must stay bounded. */
export const MAX_OPERATION_NAMES = 500;
/** The label of operations without a name, and of documents that never became an operation (a parse or validation error). */
export const ANONYMOUS = 'anonymous';
/** The label of further names once {@link MAX_OPERATION_NAMES} were seen. */
export const OTHER = 'other';
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Each GraphQL request's time and errors, by operation: its name (never its variables) or `anonymous`, and its type
 * (`query`, `mutation`, `subscription`, or `invalid` for a document that never became an operation). Errors are
 * counted by their `extensions.code` as the client received it. Nothing here waits: two clock readings and a few
 * additions in memory per request.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly names = new Set<string>();

  constructor(metrics: Metrics) {
    this.duration = new Histogram({
      name: 'brygga_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [metrics.registry],
    });
    this.errors = new Counter({
      name: 'brygga_graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers: [metrics.registry],
    });
  }

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const started = performance.now();
    return {
      willSendResponse: async ({ operation, operationName, response }) => {
        const name = this.label(operation ? (operationName ?? ANONYMOUS) : ANONYMOUS);
        this.duration.observe({ operation: name, type: operation?.operation ?? 'invalid' }, seconds(performance.now() - started));
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          const code = error.extensions?.code;
          this.errors.inc({ operation: name, code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'UNKNOWN' });
        }
      },
    };
  }

  private label(name: string): string {
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return OTHER;
    this.names.add(name);
    return name;
  }
}
