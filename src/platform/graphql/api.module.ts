import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config/app-config.js';
import { createErrorFormatter } from '../errors/error-formatter.js';
import { HttpStatusPlugin } from '../errors/http-status.plugin.js';
import { GraphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin.js';
import { RequestLoaders, RequestLoadersModule } from './request-loaders.js';

/**
 * The GraphQL API: code-first schema (printed to schema.gql by `npm run schema`), errors formatted in one place and
 * answered with the HTTP status of their code, the query limits of {@link queryLimits}, per-request DataLoaders, and
 * introspection only when configured.
 */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        RequestLoadersModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [RequestLoadersModule],
          inject: [RequestLoaders],
          useFactory: (loaders: RequestLoaders) => {
            const limits = queryLimits(config);
            return {
              autoSchemaFile: true,
              sortSchema: true,
              transformSchema: describeRootTypes,
              path: '/graphql',
              introspection: config.introspection,
              playground: false,
              ...limits,
              formatError: createErrorFormatter({ hideSuggestions: !config.introspection }),
              context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders }),
            };
          },
        }),
      ],
      providers: [HttpStatusPlugin, GraphqlMetricsPlugin],
    };
  }
}

/**
 * Code-first has no decorator for the root types, so their descriptions are set here, on the built schema (schema.gql
 * and introspection show them; `npm run lint:schema` requires a description on every type).
 */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) {
    query.description = 'What the API reads: each query needs a sign-in and a role allowed to call it (Viewer.permissions) and answers within your principals';
  }
  if (mutation) {
    mutation.description = 'What the API changes: each needs a sign-in (but login, signIn, signOut) and a role allowed to call it (Viewer.permissions)';
  }
  return schema;
}

/**
 * What one operation may ask for, refused before it runs: depth (fragment cycles refused), cost, aliases and
 * directives (graphql-armor), tokens (graphql-js's own parser limit, so that a document over it is an ordinary parse
 * error: armor's token plugin parses inside an Apollo hook, where every syntax error became a 500); no batched
 * requests; no stack traces. Suggestions ("Did you mean ...?") are removed by the error formatter, which sees every
 * kind of them, where armor's plugin masks field suggestions only.
 */
function queryLimits(config: AppConfig) {
  const protection = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // graphql-armor's typings name Apollo's CommonJS build; the plugins are the same objects. Apollo's cache-control
  // plugin, on by default, wraps every field's resolver to collect cache hints that Brygga never gives (no answer may be
  // cached: HttpStatusPlugin marks them all no-store)
  const plugins = [...(protection.plugins as unknown as ApolloServerPlugin[]), ApolloServerPluginCacheControlDisabled()];
  return { ...protection, plugins, parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS } };
}
