import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context.js';
import { escapeLike } from '../../platform/database/escape-like.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { paginate, type Page, type PageArgs } from '../../platform/graphql/pagination.js';
import type { ConceptType } from './jobtech-parse.js';
import { TaxonomyConcept } from './taxonomy-concept.entity.js';
import type { TaxonomyStatus } from './taxonomy-status.js';

/** Reads the taxonomy and checks that ids and codes given by clients are real JobTech concepts. */
@Injectable()
export class TaxonomyService {
  /**
   * Refuses ids that are not concepts of one of `types`, naming the field and the unknown ids.
   * @param field the input path reported in BAD_USER_INPUT, e.g. `input.skillNeeds.0.occupationConceptId`
   */
  async assertConcepts(em: EntityManager, ids: readonly string[], types: readonly ConceptType[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found: Array<{ id: string }> = await em.query(
      `SELECT id FROM taxonomy_concept WHERE id = ANY($1) AND type = ANY($2)`,
      [unique, types],
    );
    const known = new Set(found.map((r) => r.id));
    const unknown = unique.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw DomainError.field(field, `not a JobTech ${types.join(' or ')} concept: ${unknown.join(', ')}`);
    }
  }

  /** Refuses SNI 2007 codes that do not exist at any level of the hierarchy. */
  async assertSniCodes(em: EntityManager, codes: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return;
    const found: Array<{ code: string }> = await em.query(
      `SELECT DISTINCT code FROM taxonomy_concept WHERE code = ANY($1) AND type LIKE 'sni-level-%'`,
      [unique],
    );
    const known = new Set(found.map((r) => r.code));
    const unknown = unique.filter((c) => !known.has(c));
    if (unknown.length > 0) throw DomainError.field(field, `not an SNI 2007 code: ${unknown.join(', ')}`);
  }

  /** What the last imports loaded: concepts per type, relations, and when a concept last changed. */
  async status(ctx: RequestContext): Promise<TaxonomyStatus> {
    const types: Array<{ type: string; count: number; last: Date | null }> = await ctx.em.query(
      `SELECT type, count(*)::int AS count, max(imported_at) AS last FROM taxonomy_concept GROUP BY type ORDER BY type`,
    );
    const [{ relations }]: Array<{ relations: number }> = await ctx.em.query(`SELECT count(*)::int AS relations FROM taxonomy_relation`);
    const times = types.map((t) => t.last).filter((t): t is Date => t !== null).map((t) => new Date(t).getTime());
    return {
      lastChangedAt: times.length > 0 ? new Date(Math.max(...times)) : null,
      concepts: types.reduce((sum, t) => sum + t.count, 0),
      relations,
      types: types.map(({ type, count }) => ({ type, count })),
    };
  }

  /** Concepts of a type whose label or code starts a word with `search`, for pickers in the client. */
  search(ctx: RequestContext, type: string, search: string | undefined, page: PageArgs): Promise<Page<TaxonomyConcept>> {
    const qb = ctx.em
      .getRepository(TaxonomyConcept)
      .createQueryBuilder('c')
      .where('c.type = :type', { type })
      .orderBy('c.label', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (search?.trim()) {
      const term = escapeLike(search.trim().toLowerCase());
      qb.andWhere(`(lower(c.label) LIKE :prefix OR lower(c.label) LIKE :word OR c.code LIKE :prefix)`, {
        prefix: `${term}%`,
        word: `% ${term}%`,
      });
    }
    return paginate(qb, page);
  }
}
