import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertWritable, findScoped, scopedQuery } from '../platform/auth/principal-access.js';
import { Role } from '../platform/auth/role.enum.js';
import { escapeLike } from '../platform/database/escape-like.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { DomainError } from '../platform/errors/domain-error.js';
import { paginate, type Page } from '../platform/graphql/pagination.js';
import { normaliseOrganisationNumber } from '../platform/identifiers/organisation-number.js';
import { User } from '../modules/organisations/user.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { TaxonomyService } from '../modules/taxonomy/taxonomy.service.js';
import type { EmployerSearchArgs } from './employer.args.js';
import { EmployerContactPerson } from './employer-contact-person.entity.js';
import { Employer, EmployerStatus } from './employer.entity.js';
import type { ContactPersonInput, CreateEmployerInput, UpdateEmployerInput } from './employer.input.js';
import { ChangeHistory } from '../modules/history/change-history.service.js';
import { HistoryKind } from '../modules/history/record-change.entity.js';

/** Roles a responsible business developer may have: the people who own employer relationships. */
const RESPONSIBLE_ROLES = [Role.BUSINESS_DEVELOPER, Role.RECRUITER];

/** The employer register: create, change, archive and find employers within the principals the user acts for. */
@Injectable()
export class EmployersService {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly history: ChangeHistory,
  ) {}

  async create(ctx: RequestContext, input: CreateEmployerInput): Promise<Employer> {
    const principalId = input.principalId ?? ctx.actor.homePrincipalId;
    assertWritable(ctx, principalId, 'input.principalId');
    const organisationNumber = normaliseOrganisationNumber(input.organisationNumber) as string;
    const existing = await ctx.em.getRepository(Employer).findOneBy({ organisationNumber });
    if (existing) {
      throw DomainError.conflict(
        `An employer with organisationsnummer ${organisationNumber} is already registered`,
        [{ field: 'input.organisationNumber', message: 'already registered' }],
        'DUPLICATE_ORGANISATION_NUMBER',
      );
    }
    await this.validateReferences(ctx, input);
    const employer = ctx.em.getRepository(Employer).create({
      principalId,
      organisationNumber,
      name: input.name,
      sniCodes: input.sniCodes ?? [],
      municipalityConceptId: input.municipalityConceptId,
      street: input.street ?? null,
      postalCode: input.postalCode ? normalisePostalCode(input.postalCode) : null,
      city: input.city ?? null,
      sectorIds: input.sectorIds ?? [],
      status: input.status ?? EmployerStatus.PROSPECT,
      responsibleUserId: input.responsibleUserId ?? null,
      archivedAt: null,
      contactPersons: (input.contactPersons ?? []).map(toContactPerson),
    });
    return ctx.em.getRepository(Employer).save(employer);
  }

  /** Optimistic locking: the caller sends the version it read; a stale one gives CONFLICT and changes nothing. */
  async update(ctx: RequestContext, input: UpdateEmployerInput): Promise<Employer> {
    const employer = await this.lockForChange(ctx, input.id, input.version);
    await this.validateReferences(ctx, input);
    const before = tracked(employer);
    const repo = ctx.em.getRepository(Employer);
    if (input.name !== undefined) employer.name = input.name;
    if (input.sniCodes !== undefined) employer.sniCodes = input.sniCodes;
    if (input.municipalityConceptId !== undefined) employer.municipalityConceptId = input.municipalityConceptId;
    if (input.street !== undefined) employer.street = input.street;
    if (input.postalCode !== undefined) employer.postalCode = normalisePostalCode(input.postalCode);
    if (input.city !== undefined) employer.city = input.city;
    if (input.sectorIds !== undefined) employer.sectorIds = input.sectorIds;
    if (input.status !== undefined) employer.status = input.status;
    if (input.responsibleUserId !== undefined) employer.responsibleUserId = input.responsibleUserId;
    if (input.contactPersons !== undefined) {
      await ctx.em.getRepository(EmployerContactPerson).delete({ employerId: employer.id });
      employer.contactPersons = input.contactPersons.map(toContactPerson);
    }
    employer.updatedAt = new Date(); // a change to contact persons alone still bumps the version
    await repo.save(employer);
    await this.history.record(ctx, HistoryKind.EMPLOYER, before, tracked(employer), TRACKED);
    return this.get(ctx, employer.id);
  }

  /** Archived employers stay in the register (their contact history is kept) but drop out of searches. */
  async archive(ctx: RequestContext, id: string, version: number): Promise<Employer> {
    const employer = await this.lockForChange(ctx, id, version);
    if (employer.archivedAt) return employer;
    employer.archivedAt = new Date();
    employer.status = EmployerStatus.INACTIVE;
    return ctx.em.getRepository(Employer).save(employer);
  }

  get(ctx: RequestContext, id: string): Promise<Employer> {
    return findScoped(ctx, Employer, id, 'Employer', { relations: ['contactPersons'] });
  }

  search(ctx: RequestContext, args: EmployerSearchArgs): Promise<Page<Employer>> {
    // contact persons are not joined: a page of employers is then one plain LIMIT query (a joined list needs a DISTINCT
    // query for the page's ids first), and EmployersResolver.contactPersons loads them in one batch when they are asked for
    const qb = scopedQuery(ctx, Employer, 'e')
      .orderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC');
    if (!args.includeArchived) qb.andWhere('e.archivedAt IS NULL');
    if (args.name?.trim()) qb.andWhere('e.name ILIKE :name', { name: `%${escapeLike(args.name.trim())}%` });
    if (args.organisationNumberPrefix) {
      const digits = args.organisationNumberPrefix.replace('-', '');
      qb.andWhere(`replace(e.organisationNumber, '-', '') LIKE :orgnr`, { orgnr: `${digits}%` });
    }
    if (args.sectorId) qb.andWhere(':sectorId = ANY(e.sectorIds)', { sectorId: args.sectorId });
    if (args.municipalityConceptId) qb.andWhere('e.municipalityConceptId = :municipality', { municipality: args.municipalityConceptId });
    if (args.status) qb.andWhere('e.status = :status', { status: args.status });
    if (args.responsibleUserId) qb.andWhere('e.responsibleUserId = :responsible', { responsible: args.responsibleUserId });
    return paginate(qb, args);
  }

  private async lockForChange(ctx: RequestContext, id: string, version: number): Promise<Employer> {
    const employer = await findScoped(ctx, Employer, id, 'Employer', { forUpdate: true });
    assertWritable(ctx, employer.principalId);
    if (employer.version !== version) throw DomainError.staleVersion('Employer', version, employer.version);
    employer.contactPersons = await ctx.em.getRepository(EmployerContactPerson).findBy({ employerId: id });
    return employer;
  }

  private async validateReferences(
    ctx: RequestContext,
    input: Pick<UpdateEmployerInput, 'sniCodes' | 'municipalityConceptId' | 'sectorIds' | 'responsibleUserId'>,
  ): Promise<void> {
    if (input.municipalityConceptId !== undefined) {
      await this.taxonomy.assertConcepts(ctx.em, [input.municipalityConceptId], ['municipality'], 'input.municipalityConceptId');
    }
    if (input.sniCodes) await this.taxonomy.assertSniCodes(ctx.em, input.sniCodes, 'input.sniCodes');
    if (input.sectorIds?.length) {
      const found = await ctx.em.getRepository(Sector).countBy({ id: In(input.sectorIds) });
      if (found !== new Set(input.sectorIds).size) throw DomainError.field('input.sectorIds', 'unknown sector');
    }
    if (input.responsibleUserId) {
      const user = await ctx.em.getRepository(User).findOneBy({ id: input.responsibleUserId });
      if (!user || !user.active || !user.roles.some((r) => RESPONSIBLE_ROLES.includes(r))) {
        throw DomainError.field('input.responsibleUserId', 'must be an active business developer or recruiter');
      }
    }
  }
}

function toContactPerson(p: ContactPersonInput): EmployerContactPerson {
  return Object.assign(new EmployerContactPerson(), {
    name: p.name,
    role: p.role ?? null,
    phone: p.phone ?? null,
    email: p.email?.toLowerCase() ?? null,
  });
}

/** "23142" and "231 42" are the same postal code; kept in the written form "231 42". */
function normalisePostalCode(code: string): string {
  const digits = code.replace(/\s/g, '');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}

const TRACKED = ['name', 'sniCodes', 'municipalityConceptId', 'street', 'postalCode', 'city', 'sectorIds', 'status', 'responsibleUserId', 'contactPersons'] as const;

/** The employer as its change history keeps it: contact persons as the lines a reader recognises, since they are replaced as a whole. */
function tracked(employer: Employer) {
  const line = (p: EmployerContactPerson) => [p.name, p.role, p.phone, p.email].filter(Boolean).join(', ');
  return { ...employer, contactPersons: (employer.contactPersons ?? []).map(line) };
}
