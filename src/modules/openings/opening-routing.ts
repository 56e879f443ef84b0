/** How an opening finds its sector and sector team: the one routing rule, used by `OpeningsService`. */
import type { EntityManager } from 'typeorm';
import { Team } from '../organisations/team.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity.js';

/** The sector whose SSYK-4 groups include the occupation's group (the occupation name's parent), else null. */
export async function sectorOfOccupation(em: EntityManager, occupationConceptId: string): Promise<string | null> {
  const concept = await em.getRepository(TaxonomyConcept).findOneBy({ id: occupationConceptId });
  if (!concept?.parentId) return null;
  const sector = await em
    .getRepository(Sector)
    .createQueryBuilder('s')
    .where(':ssyk4 = ANY(s.ssyk4Ids)', { ssyk4: concept.parentId })
    .orderBy('s.code', 'ASC')
    .getOne();
  return sector?.id ?? null;
}

/** The sector team that serves the principal in the sector, else null. */
export async function sectorTeamFor(em: EntityManager, sectorId: string | null, principalId: string): Promise<string | null> {
  if (!sectorId) return null;
  const team = await em
    .getRepository(Team)
    .createQueryBuilder('t')
    .where('t.sectorId = :sector AND :principal = ANY(t.servedPrincipalIds)', { sector: sectorId, principal: principalId })
    .orderBy('t.createdAt', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .getOne();
  return team?.id ?? null;
}
