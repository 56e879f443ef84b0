import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AccessLogService } from '../modules/audit/access-log.service.js';
import { assertWritable, assertWritableOn, findScoped, scopedQuery } from '../platform/auth/principal-access.js';
import { Clock } from '../platform/context/clock.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { escapeLike } from '../platform/database/escape-like.js';
import { DomainError } from '../platform/errors/domain-error.js';
import { paginate, type Page } from '../platform/graphql/pagination.js';
import { parseIdentityNumber } from '../platform/identifiers/identity-number.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { TaxonomyService } from '../modules/taxonomy/taxonomy.service.js';
import type { CandidateSearchArgs, DuplicateSearchArgs } from './candidate.args.js';
import { ConsentPurpose, IdentityKind, SwedishLevel, TravelMode } from './candidate.enums.js';
import { travelModeProblem } from './travel-mode.js';
import { Candidate } from './candidate.entity.js';
import type { CandidateProfileFields, ConsentInput, EnrolCandidateInput, UpdateCandidateInput } from './candidate.input.js';
import { Consent } from './consent.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { ChangeHistory } from '../modules/history/change-history.service.js';
import { HistoryKind } from '../modules/history/record-change.entity.js';

/** Profile fields copied as they are from an input to the record. */
const PROFILE_FIELDS = [
  'firstName', 'lastName', 'phone', 'email', 'homeMunicipalityConceptId', 'addressArea', 'travelMode', 'maxCommuteMinutes', 'languages', 'swedishLevel',
  'educationLevel', 'drivingLicenceConceptIds', 'certificates', 'experience', 'skillConceptIds',
  'wantedOccupationConceptIds', 'wantedSectorIds', 'wantsInternship', 'wantedWorktimeConceptIds', 'earliestStartOn',
  'workLimitations', 'newlyArrived',
] as const;

/**
 * Job seekers: enrolment (with duplicate protection), profiles, consents, and reads, each read of personal data
 * written to the access log.
 */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly history: ChangeHistory,
  ) {}

  /**
   * Enrols a person: a new record, or a new enrolment period for someone enrolled before (their history is kept).
   * The same identity number cannot have two open periods under one principal, and a new period cannot begin before
   * the previous one ended.
   */
  async enrol(ctx: RequestContext, input: EnrolCandidateInput): Promise<{ candidate: Candidate; enrolment: Enrolment }> {
    const principalId = input.principalId ?? ctx.actor.homePrincipalId;
    assertWritable(ctx, principalId, 'input.principalId');
    assertWritableOn(ctx, principalId, input.firstContactOn, 'input.firstContactOn');
    const identity = parseIdentityNumber(input.identityNumber, this.clock.today());
    if (!identity) throw DomainError.field('input.identityNumber', 'not a valid personnummer or samordningsnummer');
    if (input.firstContactOn > this.clock.today()) throw DomainError.field('input.firstContactOn', 'cannot be in the future');
    await this.validateProfile(ctx, input);

    const candidates = ctx.em.getRepository(Candidate);
    let candidate = await candidates.findOne({ where: { principalId, identityNumber: identity.canonical }, lock: { mode: 'pessimistic_write' } });
    if (candidate) {
      // the open period if there is one (NULLS FIRST), else the one that ended last
      const last = await ctx.em.getRepository(Enrolment).findOne({ where: { candidateId: candidate.id }, order: { exitOn: { direction: 'DESC', nulls: 'FIRST' } } });
      if (last && last.exitOn === null) {
        throw DomainError.conflict('This person is already enrolled', [{ field: 'input.identityNumber', message: 'already enrolled, with an open enrolment period' }]);
      }
      // periods follow one another: the statistics count a person once per period by this order (StatisticsCells)
      if (last?.exitOn && input.firstContactOn < last.exitOn) {
        throw DomainError.field('input.firstContactOn', `cannot be before the person's previous period ended (${last.exitOn})`);
      }
      Object.assign(candidate, pickProfile(input));
    } else {
      candidate = candidates.create({
        swedishLevel: SwedishLevel.NONE,
        ...pickProfile(input),
        principalId,
        identityNumber: identity.canonical,
        identityKind: identity.kind === 'PERSONNUMMER' ? IdentityKind.PERSONNUMMER : IdentityKind.SAMORDNINGSNUMMER,
        birthDate: identity.birthDate,
      });
    }
    assertTravelMode(candidate);
    candidate = await candidates.save(candidate);
    const enrolment = await ctx.em.getRepository(Enrolment).save({ candidateId: candidate.id, principalId, firstContactOn: input.firstContactOn });
    return { candidate, enrolment: enrolment as Enrolment };
  }

  async update(ctx: RequestContext, input: UpdateCandidateInput): Promise<Candidate> {
    const candidate = await findScoped(ctx, Candidate, input.id, 'Candidate', { forUpdate: true });
    assertWritable(ctx, candidate.principalId);
    if (candidate.version !== input.version) throw DomainError.staleVersion('Candidate', input.version, candidate.version);
    await this.validateProfile(ctx, input);
    const before = { ...candidate };
    Object.assign(candidate, pickProfile(input));
    assertTravelMode(candidate);
    const saved = await ctx.em.getRepository(Candidate).save(candidate);
    await this.history.record(ctx, HistoryKind.CANDIDATE, before, saved, PROFILE_FIELDS);
    return saved;
  }

  async get(ctx: RequestContext, id: string, operation: string): Promise<Candidate> {
    const candidate = await findScoped(ctx, Candidate, id, 'Candidate');
    await this.accessLog.record(ctx, [candidate], operation);
    return candidate;
  }

  async search(ctx: RequestContext, args: CandidateSearchArgs, operation: string): Promise<Page<Candidate>> {
    // a thinned person is kept only as the shell past statistics need (src/modules/retention/): no one searches for it
    const qb = scopedQuery(ctx, Candidate, 'c')
      .andWhere('c.erased_at IS NULL')
      .orderBy('c.lastName', 'ASC')
      .addOrderBy('c.firstName', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (args.name?.trim()) {
      qb.andWhere(`(c.firstName || ' ' || c.lastName) ILIKE :name`, { name: `%${escapeLike(args.name.trim())}%` });
    }
    const enrolmentFilter = args.sectorId || args.teamId || args.openOnly;
    if (enrolmentFilter) {
      const sub = ctx.em.getRepository(Enrolment).createQueryBuilder('e').select('1').where('e.candidateId = c.id');
      if (args.openOnly) sub.andWhere('e.exitOn IS NULL');
      if (args.sectorId) sub.andWhere('e.sectorId = :sectorId');
      if (args.teamId) sub.andWhere('e.teamId = :teamId');
      qb.andWhere(`EXISTS (${sub.getQuery()})`, { sectorId: args.sectorId, teamId: args.teamId });
    }
    const page = await paginate(qb, args);
    await this.accessLog.record(ctx, page.items, operation);
    return page;
  }

  /** Likely duplicates: the same name (case-insensitive) and birth date under the principals the caller reads. */
  async likelyDuplicates(ctx: RequestContext, args: DuplicateSearchArgs, operation: string): Promise<Candidate[]> {
    const found = await scopedQuery(ctx, Candidate, 'c')
      .andWhere('c.birthDate = :birthDate', { birthDate: args.birthDate })
      .andWhere('lower(c.firstName) = lower(:firstName) AND lower(c.lastName) = lower(:lastName)', args)
      .orderBy('c.createdAt', 'ASC')
      .take(20)
      .getMany();
    await this.accessLog.record(ctx, found, operation);
    return found;
  }

  async giveConsent(ctx: RequestContext, input: ConsentInput): Promise<Consent> {
    const candidate = await findScoped(ctx, Candidate, input.candidateId, 'Candidate');
    assertWritable(ctx, candidate.principalId);
    return ctx.em.getRepository(Consent).save(
      ctx.em.getRepository(Consent).create({
        candidateId: candidate.id,
        principalId: candidate.principalId,
        purpose: input.purpose,
        recipient: input.recipient ?? null,
        givenAt: this.clock.now(),
        withdrawnAt: null,
        recordedById: ctx.actor.userId,
      }),
    );
  }

  async withdrawConsent(ctx: RequestContext, consentId: string): Promise<Consent> {
    const consent = await findScoped(ctx, Consent, consentId, 'Consent', { forUpdate: true });
    assertWritable(ctx, consent.principalId);
    if (!consent.withdrawnAt) {
      const before = { ...consent };
      consent.withdrawnAt = this.clock.now();
      await ctx.em.getRepository(Consent).save(consent);
      // the consent row says when it was withdrawn; the history says by whom
      await this.history.record(ctx, HistoryKind.CONSENT, before, consent, ['withdrawnAt']);
    }
    return consent;
  }

  /**
   * Of these people, those whose consent to share their profile with employers is in force (given, not
   * withdrawn): the ranking's hard requirement and the condition for presenting someone to an employer.
   */
  async sharingWithEmployers(ctx: RequestContext, candidateIds: readonly string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await ctx.em.query(
      `SELECT c.id FROM unnest($1::uuid[]) AS c(id) WHERE ${sharesProfileWithEmployersSql('c.id')}`,
      [[...new Set(candidateIds)]],
    );
    return new Set(rows.map((r) => r.id));
  }

  consents(ctx: RequestContext, candidate: Candidate): Promise<Consent[]> {
    return ctx.em.getRepository(Consent).find({ where: { candidateId: candidate.id }, order: { givenAt: 'DESC' } });
  }

  enrolments(ctx: RequestContext, candidate: Candidate): Promise<Enrolment[]> {
    return ctx.em.getRepository(Enrolment).find({ where: { candidateId: candidate.id }, order: { firstContactOn: 'DESC' } });
  }

  private async validateProfile(ctx: RequestContext, input: CandidateProfileFields): Promise<void> {
    const checks: Array<[readonly string[] | undefined, Parameters<TaxonomyService['assertConcepts']>[2], string]> = [
      [input.homeMunicipalityConceptId ? [input.homeMunicipalityConceptId] : undefined, ['municipality'], 'input.homeMunicipalityConceptId'],
      [input.languages?.map((l) => l.languageConceptId), ['language'], 'input.languages'],
      [input.languages?.map((l) => l.levelConceptId), ['language-level'], 'input.languages'],
      [input.drivingLicenceConceptIds, ['driving-licence'], 'input.drivingLicenceConceptIds'],
      [input.experience?.map((e) => e.occupationConceptId), ['occupation-name', 'ssyk-level-4'], 'input.experience'],
      [input.skillConceptIds, ['skill'], 'input.skillConceptIds'],
      [input.wantedOccupationConceptIds, ['occupation-name', 'ssyk-level-4'], 'input.wantedOccupationConceptIds'],
      [input.wantedWorktimeConceptIds, ['worktime-extent'], 'input.wantedWorktimeConceptIds'],
    ];
    for (const [ids, types, field] of checks) if (ids) await this.taxonomy.assertConcepts(ctx.em, ids, types, field);
    if (input.wantedSectorIds?.length) {
      const found = await ctx.em.getRepository(Sector).countBy({ id: In(input.wantedSectorIds) });
      if (found !== input.wantedSectorIds.length) throw DomainError.field('input.wantedSectorIds', 'unknown sector');
    }
  }
}

function assertTravelMode(candidate: Candidate): void {
  const problem = travelModeProblem({
    travelMode: candidate.travelMode ?? TravelMode.PUBLIC_TRANSPORT,
    drivingLicenceConceptIds: candidate.drivingLicenceConceptIds ?? [],
    workLimitations: candidate.workLimitations ?? [],
  });
  if (problem) throw DomainError.field('input.travelMode', problem);
}

function pickProfile(input: CandidateProfileFields): Partial<Candidate> {
  const out: Record<string, unknown> = {};
  for (const key of PROFILE_FIELDS) if (input[key] !== undefined) out[key] = input[key];
  return out as Partial<Candidate>;
}

/**
 * SQL that holds when the person whose id is the column `candidateId` has a consent in force (given, not withdrawn)
 * to share their profile with employers: the one definition behind {@link CandidatesService.sharingWithEmployers}
 * and the ranking's pool loader, which needs it for everyone in one query.
 */
export function sharesProfileWithEmployersSql(candidateId: string): string {
  return `EXISTS (SELECT 1 FROM consent k WHERE k.candidate_id = ${candidateId} AND k.purpose = '${ConsentPurpose.SHARE_PROFILE_WITH_EMPLOYERS}' AND k.withdrawn_at IS NULL)`;
}
