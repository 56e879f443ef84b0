import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Role } from '../platform/auth/role.enum.js';
import { Ctx } from '../platform/context/ctx.decorator.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { MAX_PAGE_SIZE } from '../platform/graphql/pagination.js';
import { MatchingService } from './matching.service.js';
import { CandidateRanking, ExposureDimension, OpeningRanking } from './matching.types.js';
import { IdArg } from '../platform/validation/id-arg.decorator.js';

/** Who ranks: the recruiters for openings, the secretaries and counsellors for the people they follow, managers. */
const RANKERS = [Role.RECRUITER, Role.LABOUR_MARKET_SECRETARY, Role.CAREER_COUNSELLOR, Role.MANAGER];

const clamp = (n: number) => Math.max(1, Math.min(n, MAX_PAGE_SIZE));

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Allow(...RANKERS)
  @Query(() => CandidateRanking, { description: 'The best candidates for an opening, each with its reasons; the excluded with theirs' })
  rankCandidatesForOpening(
    @Ctx() ctx: RequestContext,
    @IdArg('openingId') openingId: string,
    @Args('limit', { type: () => Int, defaultValue: 25, description: 'How many ranked people to return, 1-100' }) limit: number,
    @Args('excludedLimit', { type: () => Int, defaultValue: 25, description: 'How many excluded people to list, 1-100' }) excludedLimit: number,
  ): Promise<CandidateRanking> {
    return this.matching.rankCandidatesForOpening(ctx, openingId, clamp(limit), clamp(excludedLimit));
  }

  @Allow(Role.MANAGER)
  @Query(() => [ExposureDimension], { description: 'How often groups (age, newly arrived, Swedish level) appear in top-10 lists' })
  rankingExposureReport(@Ctx() ctx: RequestContext): Promise<ExposureDimension[]> {
    return this.matching.exposureReport(ctx);
  }

  @Allow(...RANKERS)
  @Query(() => OpeningRanking, { description: 'The open openings that suit a person best, each with its reasons' })
  rankOpeningsForCandidate(
    @Ctx() ctx: RequestContext,
    @IdArg('candidateId') candidateId: string,
    @Args('limit', { type: () => Int, defaultValue: 25, description: 'How many openings to return, 1-100' }) limit: number,
  ): Promise<OpeningRanking> {
    return this.matching.rankOpeningsForCandidate(ctx, candidateId, clamp(limit));
  }
}
