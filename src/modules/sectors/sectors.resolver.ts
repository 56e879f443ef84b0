import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { ALL_ROLES } from '../../platform/auth/role.enum.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity.js';
import { Sector } from './sector.entity.js';

@Resolver(() => Sector)
export class SectorsResolver {
  @Allow(...ALL_ROLES)
  @Query(() => [Sector], { description: 'The sectors (branscher) the sector teams work in' })
  sectors(@Ctx() ctx: RequestContext): Promise<Sector[]> {
    return ctx.em.getRepository(Sector).find({ order: { name: 'ASC' } });
  }

  @ResolveField(() => [TaxonomyConcept], { description: 'The JobTech occupation fields (yrkesområden) of the sector, with their labels' })
  async occupationFields(@Loaders() loaders: RequestLoaders, @Parent() sector: Sector): Promise<TaxonomyConcept[]> {
    const concepts = await loaders.concept.loadMany(sector.occupationFieldIds);
    return concepts.filter((c): c is TaxonomyConcept => c instanceof TaxonomyConcept);
  }
}
