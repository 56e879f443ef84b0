import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { CandidatesModule } from './candidates/candidates.module.js';
import { EmployersModule } from './employers/employers.module.js';
import { MatchingModule } from './matching/matching.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthGuard } from './platform/auth/auth.guard.js';
import { AuthModule } from './platform/auth/auth.module.js';
import type { AppConfig } from './platform/config/app-config.js';
import { ConfigModule } from './platform/config/config.module.js';
import { TransactionInterceptor } from './platform/context/transaction.interceptor.js';
import { TransactionsModule } from './platform/context/transactions.js';
import { CacheNoticesModule } from './platform/cache/cache-notices.js';
import { enforceRowSecurity } from './platform/database/row-security.js';
import { typeormOptions } from './platform/database/typeorm-options.js';
import { HttpErrorFilter } from './platform/errors/http-error.filter.js';
import { ApiModule } from './platform/graphql/api.module.js';
import { openRequestLoaders } from './platform/graphql/request-loaders.js';
import { ExportModule } from './modules/export/export.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { HistoryModule } from './modules/history/history.module.js';
import { JobsModule } from './platform/jobs/jobs.module.js';
import { LoggingModule } from './platform/logging/logging.module.js';
import { MetricsModule } from './platform/metrics/metrics.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { OpeningsModule } from './modules/openings/openings.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { OutboxModule } from './platform/outbox/outbox.module.js';
import { PlacementsModule } from './modules/placements/placements.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { RegisterExtractModule } from './modules/register-extract/register-extract.module.js';
import { RetentionModule } from './modules/retention/retention.module.js';
import { SectorsModule } from './modules/sectors/sectors.module.js';
import { SfiModule } from './modules/sfi/sfi.module.js';
import { StatisticsModule } from './modules/statistics/statistics.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { createValidationPipe } from './platform/validation/validation.pipe.js';
import { WebModule } from './platform/web/web.module.js';

export interface DatabaseTarget {
  url: string;
  /** PGlite behind a local socket: one connection only. */
  embedded: boolean;
}

/** The whole application, built from a validated configuration and the database to use. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...typeormOptions(database.url, database.embedded), migrationsRun: config.MIGRATIONS_RUN }),
          // the migrations run as the connecting owner; everything after, under row-level security
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            enforceRowSecurity(dataSource);
            return dataSource;
          },
        }),
        // each request (and job) runs in a CLS context: its transaction (Transactions) and its DataLoaders
        ClsModule.forRoot({ global: true, middleware: { mount: true, setup: (cls) => void openRequestLoaders(cls) } }),
        TransactionsModule,
        CacheNoticesModule,
        ApiModule.forRoot(config),
        JobsModule.forRoot(config),
        HealthModule,
        AuthModule,
        OrganisationsModule,
        TaxonomyModule,
        SectorsModule,
        EmployersModule,
        AuditModule,
        HistoryModule,
        CandidatesModule,
        PlansModule,
        SfiModule,
        OpeningsModule,
        MatchingModule,
        OutboxModule,
        PlacementsModule,
        MeetingsModule,
        StatisticsModule,
        ExportModule,
        RegisterExtractModule,
        RetentionModule,
        MetricsModule.forRoot(config),
        WebModule.forRoot(config),
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
        { provide: APP_PIPE, useValue: createValidationPipe() },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
