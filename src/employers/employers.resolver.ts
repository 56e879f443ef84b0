import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../platform/context/ctx.decorator.js';
import type { RequestLoaders } from '../platform/graphql/request-loaders.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { Paginated, type Page } from '../platform/graphql/pagination.js';
import { EmployerContactPerson } from './employer-contact-person.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { User } from '../modules/organisations/user.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { TaxonomyConcept } from '../modules/taxonomy/taxonomy-concept.entity.js';
import { EmployerSearchArgs } from './employer.args.js';
import { Employer } from './employer.entity.js';
import { CreateEmployerInput, UpdateEmployerInput } from './employer.input.js';
import { EmployersService } from './employers.service.js';
import { EMPLOYER_ARCHIVERS, EMPLOYER_EDITORS, EMPLOYER_READERS } from './employer-permissions.js';
import { IdArg } from '../platform/validation/id-arg.decorator.js';

const EmployerPage = Paginated(Employer, 'EmployerPage');

@Resolver(() => Employer)
export class EmployersResolver {
  constructor(private readonly service: EmployersService) {}

  @Allow(...EMPLOYER_READERS)
  @Query(() => Employer, { description: 'One employer with its contact persons' })
  employer(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<Employer> {
    return this.service.get(ctx, id);
  }

  @Allow(...EMPLOYER_READERS)
  @Query(() => EmployerPage, { description: 'Search the employer register; archived employers only when asked for' })
  employers(@Ctx() ctx: RequestContext, @Args() args: EmployerSearchArgs): Promise<Page<Employer>> {
    return this.service.search(ctx, args);
  }

  @Allow(...EMPLOYER_EDITORS)
  @Mutation(() => Employer, { description: 'Registers an employer; an organisationsnummer already registered is a CONFLICT (DUPLICATE_ORGANISATION_NUMBER)' })
  createEmployer(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The employer, its organisationsnummer and optionally its contact persons' }) input: CreateEmployerInput,
  ): Promise<Employer> {
    return this.service.create(ctx, input);
  }

  @Allow(...EMPLOYER_EDITORS)
  @Mutation(() => Employer, { description: 'Changes an employer; the version must be the one you read' })
  updateEmployer(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The employer's id, the version you read, and the fields that change" }) input: UpdateEmployerInput,
  ): Promise<Employer> {
    return this.service.update(ctx, input);
  }

  @Allow(...EMPLOYER_ARCHIVERS)
  @Mutation(() => Employer, { description: 'Archives an employer: it is set INACTIVE and left out of searches; archiving again changes nothing' })
  archiveEmployer(
    @Ctx() ctx: RequestContext,
    @IdArg('id') id: string,
    @Args('version', { type: () => Int, description: 'The version you read; a stale one is a CONFLICT (STALE_VERSION)' }) version: number,
  ): Promise<Employer> {
    return this.service.archive(ctx, id, version);
  }

  /** Loaded with the employer when it was read for itself; through another record (an opening's employer), here. */
  @ResolveField(() => [EmployerContactPerson], { description: 'The people at the employer the administration talks to' })
  contactPersons(@Loaders() loaders: RequestLoaders, @Parent() employer: Employer): Promise<EmployerContactPerson[]> | EmployerContactPerson[] {
    return employer.contactPersons ?? loaders.contactPersons.load(employer.id);
  }

  @ResolveField(() => Organisation, { description: 'The principal (huvudman)' })
  principal(@Loaders() loaders: RequestLoaders, @Parent() employer: Employer) {
    return loaders.organisation.load(employer.principalId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The business developer responsible for the employer, if any' })
  responsible(@Loaders() loaders: RequestLoaders, @Parent() employer: Employer) {
    return employer.responsibleUserId ? loaders.user.load(employer.responsibleUserId) : null;
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: "The workplace's municipality (JobTech concept)" })
  municipality(@Loaders() loaders: RequestLoaders, @Parent() employer: Employer) {
    return loaders.concept.load(employer.municipalityConceptId);
  }

  @ResolveField(() => [Sector], { description: 'The sectors the employer recruits in' })
  async sectors(@Loaders() loaders: RequestLoaders, @Parent() employer: Employer): Promise<Sector[]> {
    const sectors = await loaders.sector.loadMany(employer.sectorIds);
    return sectors.filter((s): s is Sector => s instanceof Sector);
  }
}

