import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { nextStatuses, OpeningStatus } from './opening.enums.js';
import { Employer } from '../../employers/employer.entity.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Paginated, type Page } from '../../platform/graphql/pagination.js';
import { Team } from '../organisations/team.entity.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity.js';
import { InternshipCheckIn } from './internship-check-in.entity.js';
import { OpeningSearchArgs } from './opening.args.js';
import { LanguageNeed, Opening, WeightedSkill } from './opening.entity.js';
import { commuteLimitOf } from '../../matching/commute.js';
import {
  AddInternshipCheckInInput,
  ConvertInternshipInput,
  CreateOpeningInput,
  OpeningFromSkillNeedInput,
  SetOpeningStatusInput,
  UpdateOpeningInput,
} from './opening.input.js';
import { OPENING_EDITORS, OPENING_READERS } from './opening-permissions.js';
import { OpeningsService } from './openings.service.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';

const OpeningPage = Paginated(Opening, 'OpeningPage');

@Resolver(() => Opening)
export class OpeningsResolver {
  constructor(private readonly service: OpeningsService) {}

  @Allow(...OPENING_READERS)
  @Query(() => Opening, { description: 'One opening' })
  opening(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<Opening> {
    return this.service.get(ctx, id);
  }

  @Allow(...OPENING_READERS)
  @Query(() => OpeningPage, { description: 'Openings by employer, status, kind, sector or team, earliest start first' })
  openings(@Ctx() ctx: RequestContext, @Args() args: OpeningSearchArgs): Promise<Page<Opening>> {
    return this.service.search(ctx, args);
  }

  @Allow(...OPENING_EDITORS)
  @Mutation(() => Opening, { description: 'A new opening, as a draft, routed to the sector team' })
  createOpening(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The employer, kind, title, occupation, start and places, and optionally the rest' }) input: CreateOpeningInput,
  ): Promise<Opening> {
    return this.service.create(ctx, input);
  }

  @Allow(...OPENING_EDITORS)
  @Mutation(() => Opening, { description: "An opening from a skill need logged in an employer contact: occupation, places = headcount, start = needed by" })
  createOpeningFromSkillNeed(
    @Ctx() ctx: RequestContext,
    @IdArg('skillNeedId') skillNeedId: string,
    @Args('input', { description: 'The kind, and anything that should differ from the skill need' }) input: OpeningFromSkillNeedInput,
  ): Promise<Opening> {
    return this.service.createFromSkillNeed(ctx, skillNeedId, input);
  }

  @Allow(...OPENING_EDITORS)
  @Mutation(() => Opening, { description: 'Changes an opening that is not FILLED or CLOSED; the version must be the one you read' })
  updateOpening(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The opening's id, the version you read, and the fields that change" }) input: UpdateOpeningInput,
  ): Promise<Opening> {
    return this.service.update(ctx, input);
  }

  @Allow(...OPENING_EDITORS)
  @Mutation(() => Opening, { description: 'DRAFT → OPEN | CLOSED, OPEN → FILLED | CLOSED; anything else is CONFLICT' })
  setOpeningStatus(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The opening's id, the version you read and the new status" }) input: SetOpeningStatusInput,
  ): Promise<Opening> {
    return this.service.setStatus(ctx, input);
  }

  @Allow(...OPENING_EDITORS)
  @Mutation(() => InternshipCheckIn, { description: 'Records a check-in with the workplace of an open or filled internship; not in the future' })
  addInternshipCheckIn(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The internship, the day and how it is going' }) input: AddInternshipCheckInInput,
  ): Promise<InternshipCheckIn> {
    return this.service.addCheckIn(ctx, input);
  }

  @Allow(...OPENING_EDITORS)
  @Mutation(() => Opening, { description: 'The new job opening (a draft); the internship becomes FILLED' })
  convertInternshipToJob(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The internship, the version you read, the kind of job, its start and places' }) input: ConvertInternshipInput,
  ): Promise<Opening> {
    return this.service.convertInternshipToJob(ctx, input);
  }

  @ResolveField(() => Employer, { nullable: true, description: 'The employer' })
  employer(@Loaders() loaders: RequestLoaders, @Parent() opening: Opening) {
    // same principal as the opening, which was read through its scope
    return loaders.employer.load(opening.employerId);
  }

  @ResolveField(() => [OpeningStatus], { description: 'The statuses setOpeningStatus accepts from the current one (none when final)' })
  nextStatuses(@Parent() opening: Opening): OpeningStatus[] {
    return nextStatuses(opening.status);
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The occupation (JobTech concept), with its label' })
  occupation(@Loaders() loaders: RequestLoaders, @Parent() opening: Opening) {
    return loaders.concept.load(opening.occupationConceptId);
  }

  @ResolveField(() => Sector, { nullable: true, description: "The opening's sector" })
  sector(@Loaders() loaders: RequestLoaders, @Parent() opening: Opening) {
    return opening.sectorId ? loaders.sector.load(opening.sectorId) : null;
  }

  @ResolveField(() => Team, { nullable: true, description: 'The sector team the opening is routed to' })
  team(@Loaders() loaders: RequestLoaders, @Parent() opening: Opening) {
    return opening.teamId ? loaders.team.load(opening.teamId) : null;
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: "The workplace's municipality (JobTech concept)" })
  municipality(@Loaders() loaders: RequestLoaders, @Parent() opening: Opening) {
    return loaders.concept.load(opening.municipalityConceptId);
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'Full or part time (JobTech worktime-extent concept)' })
  worktime(@Loaders() loaders: RequestLoaders, @Parent() opening: Opening) {
    return opening.worktimeConceptId ? loaders.concept.load(opening.worktimeConceptId) : null;
  }

  @ResolveField(() => [TaxonomyConcept], { description: 'The driving licences the work needs (JobTech concepts)' })
  async requiredLicences(@Loaders() loaders: RequestLoaders, @Parent() opening: Opening): Promise<TaxonomyConcept[]> {
    const concepts = await loaders.concept.loadMany(opening.requiredLicenceConceptIds);
    return concepts.filter((c): c is TaxonomyConcept => c instanceof TaxonomyConcept);
  }

  @ResolveField(() => Int, { description: 'The commute limit the ranking applies: maxCommuteMinutes, or the default for the kind' })
  commuteLimitMinutes(@Parent() opening: Opening): number {
    return commuteLimitOf(opening);
  }

  @ResolveField(() => [InternshipCheckIn], { description: 'Internships: check-ins with the workplace, oldest first' })
  checkIns(@Ctx() ctx: RequestContext, @Parent() opening: Opening): Promise<InternshipCheckIn[]> {
    return this.service.checkIns(ctx, opening.id);
  }
}

@Resolver(() => WeightedSkill)
export class WeightedSkillResolver {
  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The skill (JobTech concept), with its label' })
  skill(@Loaders() loaders: RequestLoaders, @Parent() skill: WeightedSkill) {
    return loaders.concept.load(skill.skillConceptId);
  }
}

@Resolver(() => LanguageNeed)
export class LanguageNeedResolver {
  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The language (JobTech concept), with its label' })
  language(@Loaders() loaders: RequestLoaders, @Parent() need: LanguageNeed) {
    return loaders.concept.load(need.languageConceptId);
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The lowest level that meets the need (JobTech concept)' })
  minLevel(@Loaders() loaders: RequestLoaders, @Parent() need: LanguageNeed) {
    return loaders.concept.load(need.minLevelConceptId);
  }
}

@Resolver(() => InternshipCheckIn)
export class InternshipCheckInResolver {
  @ResolveField(() => User, { nullable: true, description: 'The user who checked in' })
  author(@Loaders() loaders: RequestLoaders, @Parent() checkIn: InternshipCheckIn) {
    return loaders.user.load(checkIn.authorId);
  }
}
