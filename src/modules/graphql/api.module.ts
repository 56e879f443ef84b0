import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import depthLimit from 'graphql-depth-limit';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { formatGraphQLError } from '../errors/error-formatter.js';
import { ComplexityPlugin } from './complexity.plugin.js';
import { Loaders } from './loaders.js';

/**
 * The GraphQL API: code-first schema (printed to schema.gql by `npm run schema`), errors formatted in one place,
 * depth and complexity limits, per-request DataLoaders, and introspection with the sandbox only when configured.
 */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            introspection: config.introspection,
            playground: false,
            plugins: config.introspection ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : [],
            includeStacktraceInErrorResponses: false,
            validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH)],
            formatError: formatGraphQLError,
            context: ({ req }: { req: unknown }) => ({ req, loaders: new Loaders(dataSource.manager) }),
          }),
        }),
      ],
      providers: [ComplexityPlugin],
    };
  }
}
