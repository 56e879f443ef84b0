import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { ALL_ROLES, Role } from '../../platform/auth/role.enum.js';
import { Ctx } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { PageArgs, Paginated, type Page } from '../../platform/graphql/pagination.js';
import { JobQueue } from '../../platform/jobs/job-queue.js';
import { TaxonomyConcept } from './taxonomy-concept.entity.js';
import { TaxonomyStatus } from './taxonomy-status.js';
import { TaxonomyService } from './taxonomy.service.js';

const CONCEPT_TYPES = [
  'ssyk-level-1', 'ssyk-level-2', 'ssyk-level-3', 'ssyk-level-4', 'occupation-name', 'occupation-field', 'skill',
  'language', 'language-level', 'driving-licence', 'municipality', 'employment-type', 'sni-level-1', 'sni-level-2',
  'sni-level-3', 'sni-level-4', 'sni-level-5', 'occupation-experience-year', 'worktime-extent',
];

@ArgsType()
class TaxonomySearchArgs extends PageArgs {
  @Field({ description: `One of: ${CONCEPT_TYPES.join(', ')}` })
  @IsIn(CONCEPT_TYPES)
  type: string;

  @Field({ nullable: true, description: 'Text that a word of the label (case-insensitive) or the code starts with, at most 100 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

const TaxonomyConceptPage = Paginated(TaxonomyConcept, 'TaxonomyConceptPage');

@Resolver(() => TaxonomyConcept)
export class TaxonomyResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly jobs: JobQueue,
  ) {}

  @Allow(...ALL_ROLES)
  @Query(() => TaxonomyConceptPage, { description: 'JobTech taxonomy concepts of one type, by label or code' })
  taxonomyConcepts(@Ctx() ctx: RequestContext, @Args() args: TaxonomySearchArgs): Promise<Page<TaxonomyConcept>> {
    return this.taxonomy.search(ctx, args.type, args.search, args);
  }

  @Allow(Role.ADMINISTRATOR)
  @Query(() => TaxonomyStatus, { description: 'The JobTech taxonomy as loaded: when it last changed, concepts per type, relations' })
  taxonomyStatus(@Ctx() ctx: RequestContext): Promise<TaxonomyStatus> {
    return this.taxonomy.status(ctx);
  }

  @Allow(Role.ADMINISTRATOR)
  @Mutation(() => String, { description: 'Re-imports the JobTech taxonomy in the background; returns the job id' })
  importTaxonomy(@Ctx() ctx: RequestContext): Promise<string> {
    return this.jobs.enqueue('taxonomy.import', { requestedBy: ctx.actor.userId });
  }
}
