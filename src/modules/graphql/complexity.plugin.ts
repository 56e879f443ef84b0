import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppConfig } from '../config/app-config.js';
import { MAX_PAGE_SIZE } from './pagination.js';

/**
 * A list field asked for with `limit: n` costs n times its items. A limit above the page cap is costed at the
 * cap: validation then refuses it with a BAD_USER_INPUT that names the field.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.limit === 'number' ? 1 + Math.min(args.limit, MAX_PAGE_SIZE) * childComplexity : undefined;

/**
 * Refuses an operation whose estimated cost exceeds GRAPHQL_MAX_COMPLEXITY before it runs, so one request
 * cannot make the server fetch an unbounded object graph (NestJS sample 33-complexity).
 */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const max = this.config.GRAPHQL_MAX_COMPLEXITY;
    return {
      async didResolveOperation({ request, document }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // getComplexity coerces the variables first: a wrong variable is the client's input error
          throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } });
        }
        if (complexity > max) {
          throw new GraphQLError(`Query is too complex: ${complexity}, the maximum is ${max}`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          });
        }
      },
    };
  }
}
