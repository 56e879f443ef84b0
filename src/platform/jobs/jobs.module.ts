import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '../config/app-config.js';
import { BullJobQueue, BullJobWorker, QUEUE_NAME, redisOptionsFromUrl } from './bull-job-queue.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobDispatcher } from './job-dispatcher.js';
import { JobQueue } from './job-queue.js';
import { JobsResolver } from './jobs.resolver.js';

/**
 * Background jobs: BullMQ on Redis when REDIS_URL is set, otherwise in process; the same processors either way. On
 * Redis, a process with JOB_PROCESSORS off only enqueues (an API instance beside workers): no BullMQ worker, and the
 * schedules are left to the processes that run them.
 */
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig): DynamicModule {
    const common = { module: JobsModule, global: true, exports: [JobQueue] };
    if (config.REDIS_URL) {
      return {
        ...common,
        imports: [
          DiscoveryModule,
          BullModule.forRoot({ connection: redisOptionsFromUrl(config.REDIS_URL), prefix: config.QUEUE_PREFIX }),
          BullModule.registerQueue({ name: QUEUE_NAME }),
        ],
        providers: [
          JobDispatcher,
          BullJobQueue,
          ...(config.JOB_PROCESSORS ? [BullJobWorker] : []),
          JobsResolver,
          { provide: JobQueue, useExisting: BullJobQueue },
        ],
      };
    }
    return {
      ...common,
      imports: [DiscoveryModule],
      providers: [JobDispatcher, InProcessJobQueue, JobsResolver, { provide: JobQueue, useExisting: InProcessJobQueue }],
    };
  }
}
