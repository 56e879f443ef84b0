import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { ClsService } from 'nestjs-cls';
import { SYSTEM_SCOPE, withScope } from '../database/row-security.js';
import { JOB_PROCESSOR_KEY, type JobHandler, type JobProcessorMetadata } from './job-processor.decorator.js';
import type { JobName } from './job-types.js';
import { enqueuingTraceOf } from './job-trace.js';

/** OpenTelemetry's tracer: a no-op until the SDK starts (src/platform/tracing), so a job costs nothing more when tracing is off. */
const tracer = trace.getTracer('brygga-jobs');

/** Finds every @JobProcessor provider at boot and routes a job to it by name. */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobDispatcher.name);
  private handlers?: Map<string, JobHandler<JobName>>;
  private readonly scheduled = new Map<JobName, string>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly cls: ClsService,
  ) {}

  onApplicationBootstrap(): void {
    this.logger.log(`Job processors: ${[...this.discover().keys()].join(', ') || 'none'}`);
  }

  /** Jobs that also run on a schedule, with their cron patterns (the queues register them at boot). */
  schedules(): ReadonlyMap<JobName, string> {
    this.discover();
    return this.scheduled;
  }

  /**
   * Runs a job as the system's own work (row-level security: every principal), whatever context enqueued it. A job
   * that acts for a person narrows that itself, to the person's rights: the outbox's handlers through
   * `systemContext`, the principal's export through its requester's scope. Each job has a CLS context of its own (its
   * transactions, its DataLoaders), never the one of a request that enqueued it in process. With tracing on, each
   * attempt is a span named after the job, the parent of its queries and linked to the span that enqueued it: its name
   * and attempt, never its payload.
   */
  async dispatch(name: string, carried: unknown, attempt: number): Promise<void> {
    const handler = this.discover().get(name);
    if (!handler) throw new Error(`No processor for job ${name}`);
    const { payload, links } = enqueuingTraceOf(carried);
    const attributes = { 'brygga.job.name': name, 'brygga.job.attempt': attempt };
    await tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, root: true, links, attributes }, async (span) => {
      try {
        await withScope(SYSTEM_SCOPE, () => this.cls.run({ ifNested: 'override' }, () => handler.process(payload as never, attempt)));
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  /** The processors, found once: whichever of the dispatcher and the queues boots first asks first. */
  private discover(): Map<string, JobHandler<JobName>> {
    if (this.handlers) return this.handlers;
    const handlers = new Map<string, JobHandler<JobName>>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler<JobName> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const meta = this.reflector.get<JobProcessorMetadata | undefined>(JOB_PROCESSOR_KEY, wrapper.metatype as never);
      if (!meta) continue;
      if (handlers.has(meta.name)) throw new Error(`Two processors for job ${meta.name}`);
      handlers.set(meta.name, instance);
      if (meta.schedule) this.scheduled.set(meta.name, meta.schedule);
    }
    this.handlers = handlers;
    return handlers;
  }
}
