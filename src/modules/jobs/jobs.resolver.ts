import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator.js';
import { Role } from '../auth/role.enum.js';
import { scrubIdentityNumbers } from '../logging/scrub.js';
import { JobQueue } from './job-queue.js';
import type { FailedJob } from './job-types.js';

@ObjectType('FailedJob', { description: 'A background job that failed for good, kept with its reason' })
class FailedJobType implements FailedJob {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  attempts: number;

  @Field()
  reason: string;

  @Field()
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
  async failedJobs(@Args('limit', { type: () => Int, defaultValue: 50 }) limit: number): Promise<FailedJob[]> {
    const failed = await this.jobs.failed(Math.max(1, Math.min(limit, 100)));
    return failed.map((job) => ({ ...job, reason: scrubIdentityNumbers(job.reason) }));
  }
}
