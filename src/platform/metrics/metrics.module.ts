import { getQueueToken } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { BullJobFigures } from '../jobs/bull-job-figures.js';
import { BullJobWorker, QUEUE_NAME } from '../jobs/bull-job-queue.js';
import { JobQueue } from '../jobs/job-queue.js';
import { JOB_FIGURES, JobMetrics } from './job-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.js';
import { QUEUE_BOARD, QueueBoardController, QueueBoardResolver } from './queue-board.controller.js';
import { queueBoard } from './queue-board.js';
import { StateMetrics } from './state-metrics.js';

/**
 * What operators watch: Prometheus metrics at /metrics (METRICS_TOKEN) and, with Redis, the queue board at
 * /admin/queues for administrators (docs/operations.md). The GraphQL figures come from GraphqlMetricsPlugin, which
 * the API module registers with Apollo's plugins; the rest are read here from the queue, the database, the outbox and
 * the ranking's pools, mostly when scraped.
 */
@Module({})
export class MetricsModule {
  static forRoot(config: AppConfig): DynamicModule {
    const redis = config.REDIS_URL !== undefined;
    // the queue and its worker belong to the jobs module, which exports neither: looked up (once they exist), not imported
    const queue = (refs: ModuleRef) => () => refs.get<Queue>(getQueueToken(QUEUE_NAME), { strict: false });
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController, QueueBoardController],
      providers: [
        Metrics,
        QueueBoardResolver,
        JobMetrics,
        StateMetrics,
        // in process, the queue itself (JobQueue is the in-process runner then, which keeps its figures)
        redis
          ? { provide: JOB_FIGURES, inject: [ModuleRef], useFactory: (refs: ModuleRef) => new BullJobFigures(queue(refs), () => workerOf(refs)) }
          : { provide: JOB_FIGURES, useExisting: JobQueue },
        { provide: QUEUE_BOARD, inject: [ModuleRef], useFactory: (refs: ModuleRef) => (redis ? lazy(() => queueBoard(queue(refs)())) : null) },
      ],
      exports: [Metrics],
    };
  }
}

/** `make`'s result, made on first call. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** This process's BullMQ worker, if it runs one (JOB_PROCESSORS). */
function workerOf(refs: ModuleRef) {
  try {
    return refs.get(BullJobWorker, { strict: false }).worker;
  } catch {
    return undefined;
  }
}
