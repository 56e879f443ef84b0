import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator.js';
import { Role } from '../auth/role.enum.js';
import { scrubIdentityNumbers } from '../logging/scrub.js';
import { JobQueue } from './job-queue.js';
import type { FailedJob } from './job-types.js';

@ObjectType('FailedJob', { description: 'A background job that failed for good, kept with its reason' })
class FailedJobType implements FailedJob {
  @Field(() => ID, { description: "The job's id in the queue" })
  id: string;

  @Field({ description: "The job's name, e.g. what it checks or produces" })
  name: string;

  @Field(() => Int, { description: 'How many times it was tried' })
  attempts: number;

  @Field({ description: 'Why the last attempt failed: ids and error codes, never personal data' })
  reason: string;

  @Field({ description: 'When the last attempt failed (ISO 8601 timestamp)' })
  failedAt: Date;
}

@Resolver()
export class JobsResolver {
  constructor(private readonly jobs: JobQueue) {}

  /**
   * Administrators run the jobs; managers follow up that the statistics' checks and reports were made. A reason
   * names the job and ids, never a person (processors throw with ids, database errors only say their SQLSTATE,
   * loggable-error.ts); identity-number shapes are masked here too, as on every log line, as a net under that.
   */
  @Allow(Role.ADMINISTRATOR, Role.MANAGER)
  @Query(() => [FailedJobType], { description: 'Jobs that exhausted their retries, newest first; the reasons hold ids, no personal data' })
  async failedJobs(@Args('limit', { type: () => Int, defaultValue: 50, description: 'How many to return, 1-100' }) limit: number): Promise<FailedJob[]> {
    const failed = await this.jobs.failed(Math.max(1, Math.min(limit, 100)));
    return failed.map((job) => ({ ...job, reason: scrubIdentityNumbers(job.reason) }));
  }
}
