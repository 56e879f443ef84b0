import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Candidate } from '../../candidates/candidate.entity.js';
import { CandidatesService } from '../../candidates/candidates.service.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Paginated, type Page } from '../../platform/graphql/pagination.js';
import { Opening } from '../openings/opening.entity.js';
import { User } from '../organisations/user.entity.js';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity.js';
import { PlacementNextSteps } from './placement-next-steps.js';
import { PLACEMENT_EDITORS, PLACEMENT_READERS } from './placement-permissions.js';
import { PlacementStageChange } from './placement-stage-change.entity.js';
import { PlacementSearchArgs } from './placement.args.js';
import { Placement } from './placement.entity.js';
import { AdvancePlacementInput, CreatePlacementInput, RecordPlacementOutcomeInput } from './placement.input.js';
import { PlacementsService } from './placements.service.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';

const PlacementPage = Paginated(Placement, 'PlacementPage');

@Resolver(() => Placement)
export class PlacementsResolver {
  constructor(
    private readonly service: PlacementsService,
    private readonly candidates: CandidatesService,
  ) {}

  @Allow(...PLACEMENT_READERS)
  @Query(() => Placement, { description: 'A placement; the read is written to the access log' })
  placement(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<Placement> {
    return this.service.get(ctx, id, 'placement');
  }

  @Allow(...PLACEMENT_READERS)
  @Query(() => PlacementPage, { description: "An opening's or a person's placements (give one of the two), newest first; each person is logged" })
  placements(@Ctx() ctx: RequestContext, @Args() args: PlacementSearchArgs): Promise<Page<Placement>> {
    return this.service.search(ctx, args, 'placements');
  }

  @Allow(...PLACEMENT_EDITORS)
  @Mutation(() => Placement, { description: 'Puts a person with an open enrolment period forward for an open opening (PROPOSED)' })
  createPlacement(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The person, the opening and an optional note' }) input: CreatePlacementInput,
  ): Promise<Placement> {
    return this.service.create(ctx, input);
  }

  @Allow(...PLACEMENT_EDITORS)
  @Mutation(() => Placement, {
    description: 'Moves a placement to its next stage (send the version you read); PRESENTED needs the consent SHARE_PROFILE_WITH_EMPLOYERS',
  })
  advancePlacement(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The placement, the version you read, the new stage, the day and a note' }) input: AdvancePlacementInput,
  ): Promise<Placement> {
    return this.service.advance(ctx, input);
  }

  @Allow(...PLACEMENT_EDITORS)
  @Mutation(() => Placement, { description: "Records the outcome; the person's plan follows without retyping" })
  recordPlacementOutcome(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The placement, the version you read, the outcome and what it requires' }) input: RecordPlacementOutcomeInput,
  ): Promise<Placement> {
    return this.service.recordOutcome(ctx, input);
  }

  @ResolveField(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate(@Ctx() ctx: RequestContext, @Parent() placement: Placement): Promise<Candidate> {
    return this.candidates.get(ctx, placement.candidateId, 'Placement.candidate');
  }

  @ResolveField(() => Opening, { nullable: true, description: "Null when the opening is outside your principals" })
  opening(@Ctx() ctx: RequestContext, @Parent() placement: Placement): Promise<Opening | null> {
    return this.service.opening(ctx, placement);
  }

  @ResolveField(() => [PlacementStageChange], { description: 'Every change, oldest first: who, when, from and to' })
  history(@Ctx() ctx: RequestContext, @Parent() placement: Placement): Promise<PlacementStageChange[]> {
    return this.service.history(ctx, placement.id);
  }

  @ResolveField(() => PlacementNextSteps, { description: 'The legal next moves: none when the opening is outside your principals or the placement is final' })
  nextSteps(@Ctx() ctx: RequestContext, @Parent() placement: Placement): Promise<PlacementNextSteps> {
    return this.service.nextSteps(ctx, placement);
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'HIRED: the employment type' })
  employmentType(@Loaders() loaders: RequestLoaders, @Parent() placement: Placement) {
    return placement.employmentTypeConceptId ? loaders.concept.load(placement.employmentTypeConceptId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'The user who put the person forward' })
  createdBy(@Loaders() loaders: RequestLoaders, @Parent() placement: Placement) {
    return loaders.user.load(placement.createdById);
  }
}

@Resolver(() => PlacementStageChange)
export class PlacementStageChangeResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who made the change' })
  actor(@Loaders() loaders: RequestLoaders, @Parent() change: PlacementStageChange) {
    return loaders.user.load(change.actorId);
  }
}
