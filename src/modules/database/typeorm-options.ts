import type { DataSourceOptions } from 'typeorm';
import { Employer } from '../../employers/employer.entity.js';
import { EmployerContact } from '../../employers/employer-contact.entity.js';
import { EmployerContactPerson } from '../../employers/employer-contact-person.entity.js';
import { SkillNeed } from '../../employers/skill-need.entity.js';
import { Agreement } from '../organisations/agreement.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { TeamMember } from '../organisations/team-member.entity.js';
import { Team } from '../organisations/team.entity.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity.js';
import { TaxonomyRelation } from '../taxonomy/taxonomy-relation.entity.js';
import { MIGRATIONS } from './migrations.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export const ENTITIES = [
  Organisation,
  Agreement,
  User,
  Team,
  TeamMember,
  TaxonomyConcept,
  TaxonomyRelation,
  Sector,
  Employer,
  EmployerContactPerson,
  EmployerContact,
  SkillNeed,
];

/**
 * The one TypeORM configuration for the app, the migration CLI and the tests: migrations only, never
 * `synchronize`. `embedded` limits the pool to the single connection PGlite can serve.
 */
export function typeormOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: embedded ? { max: 1 } : { max: 10 },
  };
}
