import { Global, Injectable, Module } from '@nestjs/common';
import { Transactions } from '../context/transactions.js';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { EmployerContactPerson } from '../../employers/employer-contact-person.entity.js';
import { Employer } from '../../employers/employer.entity.js';
import { SkillNeed } from '../../employers/skill-need.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { Team } from '../../modules/organisations/team.entity.js';
import { User } from '../../modules/organisations/user.entity.js';
import { Sector } from '../../modules/sectors/sector.entity.js';
import { ConceptCache } from '../../modules/taxonomy/concept-cache.js';
import { TaxonomyConcept } from '../../modules/taxonomy/taxonomy-concept.entity.js';

/** Where the request's loaders are kept in its CLS context. */
const LOADERS = Symbol('brygga:request-loaders');

/**
 * Gives the current CLS context a set of loaders of its own. Called as a request's context opens, so that the contexts
 * nested in it (a transaction's) share the request's loaders rather than each starting one; elsewhere (a job) the
 * first loader asked for opens them.
 */
export function openRequestLoaders(cls: ClsService): Map<string, DataLoader<unknown, unknown>> {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  cls.set(LOADERS, loaders);
  return loaders;
}

type Manager = () => EntityManager;

function byId<T extends ObjectLiteral & { id: string }>(manager: Manager, entity: EntityTarget<T>): DataLoader.BatchLoadFn<string, T | null> {
  return async (ids) => {
    const rows = await manager().getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };
}

/** The rows of `entity` whose `parentKey` is each of the ids asked for, in `order`: a one-to-many relation. */
function childrenOf<T extends ObjectLiteral>(
  manager: Manager,
  entity: EntityTarget<T>,
  parentKey: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
): DataLoader.BatchLoadFn<string, T[]> {
  return async (ids) => {
    const rows = await manager().getRepository(entity).find({ where: { [parentKey]: In([...ids]) } as never, order: order as never });
    return ids.map((id) => rows.filter((r) => r[parentKey] === id));
  };
}

/**
 * Every DataLoader of a request, in one place, so a page of 100 employers costs one query per relation, not one per
 * row, whichever resolver or service asks. A loader is made on first use, by name, and kept in the request's CLS
 * context (a job's, for background work), so it lives exactly as long as the request. Its batches read through the
 * transaction in force when they run (`ctx.em` for a feature's loaders, {@link Transactions} here), so a mutation's
 * reads see its own writes.
 *
 * The loaders defined here read reference data (users, organisations, sectors, teams, and the taxonomy's concepts,
 * which are also kept across requests) and, for `employer`, the employer's children and `latestFollowUpNextOn`, only
 * what belongs to a record already read through its principal scope (and so has the same principal). A feature's loaders are defined beside the feature and obtained with {@link get}.
 */
@Injectable()
export class RequestLoaders {
  private readonly manager: Manager = () => this.transactions.tx;

  constructor(
    private readonly cls: ClsService,
    private readonly transactions: Transactions,
    private readonly concepts: ConceptCache,
  ) {}

  /** The request's loader `name`, made with `batch` (and `options`) the first time the request asks for it. */
  get<K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V>): DataLoader<K, V> {
    const loaders = this.cls.get<Map<string, DataLoader<unknown, unknown>> | undefined>(LOADERS) ?? openRequestLoaders(this.cls);
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader(batch, options);
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  get user(): DataLoader<string, User | null> {
    return this.get('user', byId(this.manager, User));
  }

  get organisation(): DataLoader<string, Organisation | null> {
    return this.get('organisation', byId(this.manager, Organisation));
  }

  get sector(): DataLoader<string, Sector | null> {
    return this.get('sector', byId(this.manager, Sector));
  }

  /** The taxonomy's concepts, through the instance's {@link ConceptCache}: a label costs a query only when it is new to it. */
  get concept(): DataLoader<string, TaxonomyConcept | null> {
    return this.get('concept', async (ids) => {
      const found = await this.concepts.getMany(ids, async (missing) => {
        const rows = await this.manager().getRepository(TaxonomyConcept).findBy({ id: In(missing) });
        return new Map(rows.map((row) => [row.id, row]));
      });
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  get employer(): DataLoader<string, Employer | null> {
    return this.get('employer', byId(this.manager, Employer));
  }

  get team(): DataLoader<string, Team | null> {
    return this.get('team', byId(this.manager, Team));
  }

  /** An employer's contact persons, by employer id. */
  get contactPersons(): DataLoader<string, EmployerContactPerson[]> {
    return this.get('contactPersons', childrenOf(this.manager, EmployerContactPerson, 'employerId', { name: 'ASC', id: 'ASC' }));
  }

  /** A contact-log entry's skill needs, by contact id. */
  get skillNeeds(): DataLoader<string, SkillNeed[]> {
    return this.get('skillNeeds', childrenOf(this.manager, SkillNeed, 'contactId', { id: 'ASC' }));
  }

  /** The next-follow-up date booked at an enrolment period's latest follow-up (null without any). */
  get latestFollowUpNextOn(): DataLoader<string, string | null> {
    return this.get('latestFollowUpNextOn', async (enrolmentIds: readonly string[]) => {
      const rows: Array<{ enrolment_id: string; next_on: string }> = await this.manager().query(
        `SELECT DISTINCT ON (enrolment_id) enrolment_id, next_on::text AS next_on FROM candidate_follow_up
         WHERE enrolment_id = ANY($1) ORDER BY enrolment_id, held_on DESC, created_at DESC`,
        [[...enrolmentIds]],
      );
      const byEnrolment = new Map(rows.map((r) => [r.enrolment_id, r.next_on]));
      return enrolmentIds.map((id) => byEnrolment.get(id) ?? null);
    });
  }
}

/** Provides {@link RequestLoaders} to every module (the GraphQL context hands it to field resolvers as `@Loaders()`). */
@Global()
@Module({ providers: [RequestLoaders, ConceptCache], exports: [RequestLoaders, ConceptCache] })
export class RequestLoadersModule {}
