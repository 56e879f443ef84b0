import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Candidate } from '../candidates/candidate.entity.js';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Role } from '../platform/auth/role.enum.js';
import { Ctx } from '../platform/context/ctx.decorator.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { MAX_PAGE_SIZE } from '../platform/graphql/pagination.js';
import { Opening } from '../modules/openings/opening.entity.js';
import { User } from '../modules/organisations/user.entity.js';
import { FactorWeight, RankingRecord, RankingRecordEntry } from './ranking-record.entity.js';
import { RankingRecordsService } from './ranking-records.service.js';
import { PassOverInput } from './shortlist.input.js';

@Resolver(() => RankingRecordEntry)
export class RankingRecordsResolver {
  constructor(private readonly records: RankingRecordsService) {}

  @Allow(Role.RECRUITER, Role.LABOUR_MARKET_SECRETARY, Role.CAREER_COUNSELLOR)
  @Mutation(() => RankingRecordEntry, { description: 'Passes over a person the newest kept ranking for the opening put forward, with an optional reason' })
  passOverRankedCandidate(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The opening, the person and an optional reason' }) input: PassOverInput,
  ): Promise<RankingRecordEntry> {
    return this.records.passOver(ctx, input.openingId, input.candidateId, input.reason || null);
  }

  @ResolveField(() => RankingRecord, { description: 'The ranking the person appeared in' })
  record(@Ctx() ctx: RequestContext, @Parent() entry: RankingRecordEntry): Promise<RankingRecord> {
    return ctx.em.getRepository(RankingRecord).findOneByOrFail({ id: entry.recordId });
  }

  @ResolveField(() => User, { nullable: true, description: 'Who made the decision' })
  decidedBy(@Ctx() ctx: RequestContext, @Parent() entry: RankingRecordEntry): Promise<User | null> {
    return entry.decidedById ? ctx.em.getRepository(User).findOneBy({ id: entry.decidedById }) : Promise.resolve(null);
  }
}

@Resolver(() => RankingRecord)
export class RankingRecordResolver {
  @ResolveField(() => [FactorWeight], { description: 'The factors’ weights the ranking was made with' })
  weights(@Parent() record: RankingRecord): FactorWeight[] {
    return Object.entries(record.weights).map(([factor, weight]) => ({ factor, weight }));
  }

  @ResolveField(() => Opening, { nullable: true, description: 'The opening ranked for; null if it no longer exists' })
  opening(@Ctx() ctx: RequestContext, @Parent() record: RankingRecord): Promise<Opening | null> {
    return ctx.em.getRepository(Opening).findOneBy({ id: record.openingId });
  }

  @ResolveField(() => User, { nullable: true, description: 'Who asked for the ranking' })
  requestedBy(@Ctx() ctx: RequestContext, @Parent() record: RankingRecord): Promise<User | null> {
    return ctx.em.getRepository(User).findOneBy({ id: record.requestedById });
  }
}

@Resolver(() => Candidate)
export class CandidateRankingsResolver {
  constructor(private readonly records: RankingRecordsService) {}

  @ResolveField(() => [RankingRecordEntry], { description: 'The kept rankings the person appeared in, newest first, with what was shown and decided' })
  rankingAppearances(
    @Ctx() ctx: RequestContext,
    @Parent() candidate: Candidate,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'How many to return, 1-100' }) limit: number,
  ): Promise<RankingRecordEntry[]> {
    return this.records.appearances(ctx, candidate.id, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
  }
}
