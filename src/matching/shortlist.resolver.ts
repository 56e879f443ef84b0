import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Candidate } from '../candidates/candidate.entity.js';
import { CandidatesService } from '../candidates/candidates.service.js';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Role } from '../platform/auth/role.enum.js';
import { Ctx, Loaders } from '../platform/context/ctx.decorator.js';
import type { RequestContext } from '../platform/context/request-context.js';
import type { RequestLoaders } from '../platform/graphql/request-loaders.js';
import { User } from '../modules/organisations/user.entity.js';
import { ShortlistEntry } from './shortlist-entry.entity.js';
import { AddToShortlistInput, MarkPresentedInput } from './shortlist.input.js';
import { ShortlistService } from './shortlist.service.js';
import { IdArg } from '../platform/validation/id-arg.decorator.js';

/** Recruiters keep the shortlists; the secretaries, who follow the people, too. */
const SHORTLIST_EDITORS = [Role.RECRUITER, Role.LABOUR_MARKET_SECRETARY];
/** Reading a shortlist reads people's records: the editors, career counsellors and managers. */
const SHORTLIST_READERS = [...SHORTLIST_EDITORS, Role.CAREER_COUNSELLOR, Role.MANAGER];

@Resolver(() => ShortlistEntry)
export class ShortlistResolver {
  constructor(
    private readonly service: ShortlistService,
    private readonly candidates: CandidatesService,
  ) {}

  @Allow(...SHORTLIST_READERS)
  @Query(() => [ShortlistEntry], { description: "An opening's shortlist, in the order the people were added; each person read is logged" })
  shortlist(@Ctx() ctx: RequestContext, @IdArg('openingId') openingId: string): Promise<ShortlistEntry[]> {
    return this.service.shortlist(ctx, openingId);
  }

  @Allow(...SHORTLIST_EDITORS)
  @Mutation(() => ShortlistEntry, { description: 'Puts a person with an open enrolment period on the shortlist; twice is CONFLICT' })
  addToShortlist(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The opening, the person and an optional note' }) input: AddToShortlistInput,
  ): Promise<ShortlistEntry> {
    return this.service.add(ctx, input);
  }

  @Allow(...SHORTLIST_EDITORS)
  @Mutation(() => Boolean, { description: 'Takes a person off the shortlist; CONFLICT once presented to the employer' })
  removeFromShortlist(
    @Ctx() ctx: RequestContext,
    @IdArg('openingId') openingId: string,
    @IdArg('candidateId') candidateId: string,
  ): Promise<boolean> {
    return this.service.remove(ctx, openingId, candidateId);
  }

  @Allow(...SHORTLIST_EDITORS)
  @Mutation(() => ShortlistEntry, { description: 'Presented to the employer (once); needs the consent SHARE_PROFILE_WITH_EMPLOYERS, else CONFLICT' })
  markPresented(@Ctx() ctx: RequestContext, @Args('input', { description: 'The opening and the person' }) input: MarkPresentedInput): Promise<ShortlistEntry> {
    return this.service.markPresented(ctx, input);
  }

  @ResolveField(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate(@Ctx() ctx: RequestContext, @Parent() entry: ShortlistEntry): Promise<Candidate> {
    // through the candidates service, so every person read is written to the access log
    return this.candidates.get(ctx, entry.candidateId, 'shortlist');
  }

  @ResolveField(() => User, { nullable: true, description: 'The user who put the person on the shortlist' })
  addedBy(@Loaders() loaders: RequestLoaders, @Parent() entry: ShortlistEntry) {
    return loaders.user.load(entry.addedById);
  }

  @ResolveField(() => User, { nullable: true, description: 'The user who presented the person; null until presented' })
  presentedBy(@Loaders() loaders: RequestLoaders, @Parent() entry: ShortlistEntry) {
    return entry.presentedById ? loaders.user.load(entry.presentedById) : null;
  }
}
