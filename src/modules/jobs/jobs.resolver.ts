import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator.js';
import { Role } from '../auth/role.enum.js';
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

  @Allow(Role.ADMINISTRATOR)
  @Query(() => [FailedJobType], { description: 'Jobs that exhausted their retries, newest first' })
  async failedJobs(@Args('limit', { type: () => Int, defaultValue: 50 }) limit: number): Promise<FailedJob[]> {
    return this.jobs.failed(Math.max(1, Math.min(limit, 100)));
  }
}
