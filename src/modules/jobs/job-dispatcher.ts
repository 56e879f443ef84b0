import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { JOB_PROCESSOR_KEY, type JobHandler } from './job-processor.decorator.js';
import type { JobName } from './job-types.js';

/** Finds every @JobProcessor provider at boot and routes a job to it by name. */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<string, JobHandler<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler<JobName> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_PROCESSOR_KEY, wrapper.metatype as never);
      if (!name) continue;
      if (this.handlers.has(name)) throw new Error(`Two processors for job ${name}`);
      this.handlers.set(name, instance);
    }
    this.logger.log(`Job processors: ${[...this.handlers.keys()].join(', ') || 'none'}`);
  }

  async dispatch(name: string, payload: unknown, attempt: number): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No processor for job ${name}`);
    await handler.process(payload as never, attempt);
  }
}
