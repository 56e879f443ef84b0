import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { EmployerContactPerson } from '../../employers/employer-contact-person.entity.js';
import { Employer } from '../../employers/employer.entity.js';
import { SkillNeed } from '../../employers/skill-need.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { Team } from '../../modules/organisations/team.entity.js';
import { User } from '../../modules/organisations/user.entity.js';
import { Sector } from '../../modules/sectors/sector.entity.js';
import { TaxonomyConcept } from '../../modules/taxonomy/taxonomy-concept.entity.js';

function byId<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await manager.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The rows of `entity` whose `parentKey` is each of the ids asked for, in `order`: a one-to-many relation. */
function childrenOf<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  parentKey: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await manager.getRepository(entity).find({ where: { [parentKey]: In([...ids]) } as never, order: order as never });
    return ids.map((id) => rows.filter((r) => r[parentKey] === id));
  });
}

/**
 * Per-request DataLoaders for relation fields, so a page of 100 employers costs one query per relation,
 * not one per row. Loaders read reference data (users, organisations, sectors, teams, taxonomy) and, for
 * `employer`, the employer's children and `latestFollowUpNextOn`, only what belongs to a record already read through its principal scope
 * (and so has the same principal).
 */
export class Loaders {
  readonly user: DataLoader<string, User | null>;
  readonly organisation: DataLoader<string, Organisation | null>;
  readonly sector: DataLoader<string, Sector | null>;
  readonly concept: DataLoader<string, TaxonomyConcept | null>;
  readonly employer: DataLoader<string, Employer | null>;
  readonly team: DataLoader<string, Team | null>;
  /** An employer's contact persons, by employer id. */
  readonly contactPersons: DataLoader<string, EmployerContactPerson[]>;
  /** A contact-log entry's skill needs, by contact id. */
  readonly skillNeeds: DataLoader<string, SkillNeed[]>;
  /** The next-follow-up date booked at an enrolment period's latest follow-up (null without any). */
  readonly latestFollowUpNextOn: DataLoader<string, string | null>;

  constructor(manager: EntityManager) {
    this.user = byId(manager, User);
    this.organisation = byId(manager, Organisation);
    this.sector = byId(manager, Sector);
    this.concept = byId(manager, TaxonomyConcept);
    this.employer = byId(manager, Employer);
    this.team = byId(manager, Team);
    this.contactPersons = childrenOf(manager, EmployerContactPerson, 'employerId', { name: 'ASC', id: 'ASC' });
    this.skillNeeds = childrenOf(manager, SkillNeed, 'contactId', { id: 'ASC' });
    this.latestFollowUpNextOn = new DataLoader(async (enrolmentIds) => {
      const rows: Array<{ enrolment_id: string; next_on: string }> = await manager.query(
        `SELECT DISTINCT ON (enrolment_id) enrolment_id, next_on::text AS next_on FROM candidate_follow_up
         WHERE enrolment_id = ANY($1) ORDER BY enrolment_id, held_on DESC, created_at DESC`,
        [[...enrolmentIds]],
      );
      const byEnrolment = new Map(rows.map((r) => [r.enrolment_id, r.next_on]));
      return enrolmentIds.map((id) => byEnrolment.get(id) ?? null);
    });
  }
}
