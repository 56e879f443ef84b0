import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { In } from 'typeorm';
import { Employer } from '../../employers/employer.entity.js';
import { SkillNeed } from '../../employers/skill-need.entity.js';
import { assertWritable, findScoped, scopedQuery } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import { Sector } from '../sectors/sector.entity.js';
import { TaxonomyConcept } from '../taxonomy/taxonomy-concept.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { InternshipCheckIn } from './internship-check-in.entity.js';
import { sectorOfOccupation, sectorTeamFor } from './opening-routing.js';
import type { OpeningSearchArgs } from './opening.args.js';
import { Opening, type LanguageNeed, type WeightedSkill } from './opening.entity.js';
import { SWEDISH_LANGUAGE_ID } from '../../candidates/language-levels.js';
import { canTransition, INTERNSHIP_KINDS, OpeningKind, OpeningStatus } from './opening.enums.js';
import type {
  AddInternshipCheckInInput,
  ConvertInternshipInput,
  LanguageNeedInput,
  CreateOpeningInput,
  OpeningFromSkillNeedInput,
  SetOpeningStatusInput,
  UpdateOpeningInput,
  WeightedSkillInput,
} from './opening.input.js';
import { ChangeHistory } from '../history/change-history.service.js';
import { HistoryKind } from '../history/record-change.entity.js';

type Fields = Omit<UpdateOpeningInput, 'id' | 'version'>;

/**
 * Openings at employers (jobs, internships, SFI workplace-learning places): created by hand or from a skill need
 * logged in an employer contact, routed to the sector team that serves the employer's principal, and for
 * internships the supervisor, period, check-ins and conversion to a job.
 */
@Injectable()
export class OpeningsService {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
    private readonly history: ChangeHistory,
    private readonly loaders: RequestLoaders,
  ) {}

  async create(ctx: RequestContext, input: CreateOpeningInput, sourceSkillNeedId: string | null = null): Promise<Opening> {
    const employer = await this.writableEmployer(ctx, input.employerId, 'input.employerId');
    const opening = ctx.em.getRepository(Opening).create({
      principalId: employer.principalId,
      employerId: employer.id,
      kind: input.kind,
      status: OpeningStatus.DRAFT,
      title: input.title,
      occupationConceptId: input.occupationConceptId,
      sectorId: null,
      teamId: null,
      requiredSkills: [],
      preferredSkills: [],
      minSwedishLevel: null,
      swedishLevelReason: null,
      requiredLicenceConceptIds: [],
      languageNeeds: [],
      maxCommuteMinutes: null,
      // the workplace is the employer's address unless another municipality is given
      municipalityConceptId: employer.municipalityConceptId,
      street: input.municipalityConceptId === undefined ? employer.street : null,
      postalCode: input.municipalityConceptId === undefined ? employer.postalCode : null,
      worktimeConceptId: null,
      hoursPerWeek: null,
      startOn: input.startOn,
      places: input.places,
      applicationDeadline: null,
      sourceSkillNeedId,
      convertedFromOpeningId: null,
      supervisorName: null,
      supervisorPhone: null,
      supervisorEmail: null,
      periodStartOn: null,
      periodEndOn: null,
      createdById: ctx.actor.userId,
    });
    await this.apply(ctx, opening, input, true);
    return ctx.em.getRepository(Opening).save(opening);
  }

  /** Step 1 to an opening: the skill need's occupation, headcount and date, unless the input says otherwise. */
  async createFromSkillNeed(ctx: RequestContext, skillNeedId: string, input: OpeningFromSkillNeedInput): Promise<Opening> {
    const need = await findScoped(ctx, SkillNeed, skillNeedId, 'SkillNeed');
    let occupationConceptId = input.occupationConceptId;
    if (occupationConceptId === undefined) {
      const concept = await ctx.em.getRepository(TaxonomyConcept).findOneBy({ id: need.occupationConceptId });
      if (concept?.type !== 'occupation-name') {
        throw DomainError.field('input.occupationConceptId', 'the skill need names an occupation group; choose an occupation in it');
      }
      occupationConceptId = need.occupationConceptId;
    }
    const startOn = input.startOn ?? need.neededBy;
    if (!startOn) throw DomainError.field('input.startOn', 'the skill need has no date; give the start');
    let title = input.title;
    if (title === undefined) {
      const concept = await ctx.em.getRepository(TaxonomyConcept).findOneBy({ id: occupationConceptId });
      title = concept?.label ?? occupationConceptId;
    }
    const create = Object.assign({}, input, {
      employerId: need.employerId,
      occupationConceptId,
      startOn,
      title,
      places: input.places ?? need.headcount,
    }) as CreateOpeningInput;
    return this.create(ctx, create, need.id);
  }

  /** Optimistic locking: a stale version gives CONFLICT and changes nothing. Filled and closed openings are final. */
  async update(ctx: RequestContext, input: UpdateOpeningInput): Promise<Opening> {
    const opening = await this.lockForChange(ctx, input.id, input.version);
    if (opening.status === OpeningStatus.FILLED || opening.status === OpeningStatus.CLOSED) {
      throw DomainError.conflict(`The opening is ${opening.status} and can no longer be changed`, [{ field: 'input.id', message: opening.status }]);
    }
    const before = { ...opening };
    await this.apply(ctx, opening, input, false);
    opening.updatedAt = new Date();
    const saved = await ctx.em.getRepository(Opening).save(opening);
    await this.history.record(ctx, HistoryKind.OPENING, before, saved, TRACKED);
    return saved;
  }

  async setStatus(ctx: RequestContext, input: SetOpeningStatusInput): Promise<Opening> {
    const opening = await this.lockForChange(ctx, input.id, input.version);
    if (!canTransition(opening.status, input.status)) {
      throw DomainError.conflict(`An opening cannot go from ${opening.status} to ${input.status}`, [
        { field: 'input.status', message: `not allowed from ${opening.status}` },
      ]);
    }
    const before = { ...opening };
    opening.status = input.status;
    const saved = await ctx.em.getRepository(Opening).save(opening);
    await this.history.record(ctx, HistoryKind.OPENING, before, saved, ['status']);
    return saved;
  }

  get(ctx: RequestContext, id: string): Promise<Opening> {
    return findScoped(ctx, Opening, id, 'Opening');
  }

  search(ctx: RequestContext, args: OpeningSearchArgs): Promise<Page<Opening>> {
    const qb = scopedQuery(ctx, Opening, 'o').orderBy('o.startOn', 'ASC').addOrderBy('o.createdAt', 'ASC').addOrderBy('o.id', 'ASC');
    if (args.employerId) qb.andWhere('o.employerId = :employerId', { employerId: args.employerId });
    if (args.status) qb.andWhere('o.status = :status', { status: args.status });
    if (args.kind) qb.andWhere('o.kind = :kind', { kind: args.kind });
    if (args.sectorId) qb.andWhere('o.sectorId = :sectorId', { sectorId: args.sectorId });
    if (args.teamId) qb.andWhere('o.teamId = :teamId', { teamId: args.teamId });
    if (args.municipalityConceptId) qb.andWhere('o.municipalityConceptId = :municipality', { municipality: args.municipalityConceptId });
    return paginate(qb, args);
  }

  async addCheckIn(ctx: RequestContext, input: AddInternshipCheckInInput): Promise<InternshipCheckIn> {
    const opening = await this.get(ctx, input.openingId);
    assertWritable(ctx, opening.principalId);
    if (!INTERNSHIP_KINDS.includes(opening.kind)) throw DomainError.field('input.openingId', 'check-ins are for internships and workplace learning');
    if (opening.status === OpeningStatus.DRAFT || opening.status === OpeningStatus.CLOSED) {
      throw DomainError.conflict(`The internship is ${opening.status}`, [{ field: 'input.openingId', message: opening.status }]);
    }
    if (input.on > this.clock.today()) throw DomainError.field('input.on', 'a check-in cannot be in the future');
    const repo = ctx.em.getRepository(InternshipCheckIn);
    return repo.save(repo.create({ openingId: opening.id, principalId: opening.principalId, on: input.on, authorId: ctx.actor.userId, note: input.note }));
  }

  /** An opening's check-ins, oldest first, batched per request. */
  checkIns(ctx: RequestContext, openingId: string): Promise<InternshipCheckIn[]> {
    const loader = this.loaders.get<string, InternshipCheckIn[]>(
      'openings.checkIns',
      async (ids) => {
        const rows = await ctx.em.getRepository(InternshipCheckIn).find({ where: { openingId: In([...ids]) }, order: { on: 'ASC', createdAt: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.openingId === id));
      },
      { cache: false },
    );
    return loader.load(openingId);
  }

  /**
   * The internship led to a job: a new job opening (a draft, so its terms can be reviewed before it opens) with the
   * internship's occupation, sector, team, skills and workplace, linked by `convertedFromOpeningId`; the internship is
   * FILLED.
   */
  async convertInternshipToJob(ctx: RequestContext, input: ConvertInternshipInput): Promise<Opening> {
    const internship = await this.lockForChange(ctx, input.openingId, input.version);
    if (internship.kind !== OpeningKind.INTERNSHIP) throw DomainError.field('input.openingId', 'not an internship');
    if (internship.status !== OpeningStatus.OPEN) {
      throw DomainError.conflict(`Only an open internship can be converted; this one is ${internship.status}`, [
        { field: 'input.openingId', message: internship.status },
      ]);
    }
    const repo = ctx.em.getRepository(Opening);
    const job = repo.create({
      ...internship,
      id: undefined,
      version: undefined,
      createdAt: undefined,
      updatedAt: undefined,
      kind: input.kind,
      status: OpeningStatus.DRAFT,
      startOn: input.startOn,
      places: input.places,
      applicationDeadline: null,
      sourceSkillNeedId: internship.sourceSkillNeedId,
      convertedFromOpeningId: internship.id,
      supervisorName: null,
      supervisorPhone: null,
      supervisorEmail: null,
      periodStartOn: null,
      periodEndOn: null,
      createdById: ctx.actor.userId,
    });
    internship.status = OpeningStatus.FILLED;
    await repo.save(internship);
    return repo.save(job);
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  private async writableEmployer(ctx: RequestContext, employerId: string, field: string): Promise<Employer> {
    const employer = await findScoped(ctx, Employer, employerId, 'Employer');
    assertWritable(ctx, employer.principalId, field);
    if (employer.archivedAt) throw DomainError.conflict('The employer is archived', [{ field, message: 'archived' }]);
    return employer;
  }

  private async lockForChange(ctx: RequestContext, id: string, version: number): Promise<Opening> {
    const opening = await findScoped(ctx, Opening, id, 'Opening', { forUpdate: true });
    assertWritable(ctx, opening.principalId);
    if (opening.version !== version) throw DomainError.staleVersion('Opening', version, opening.version);
    return opening;
  }

  /** Validates the given fields against the taxonomy and the opening's other fields, and sets them. */
  private async apply(ctx: RequestContext, opening: Opening, input: Fields, creating: boolean): Promise<void> {
    const em = ctx.em;
    if (input.title != null) opening.title = input.title;
    let occupationChanged = creating;
    if (input.occupationConceptId != null) {
      await this.taxonomy.assertConcepts(em, [input.occupationConceptId], ['occupation-name'], 'input.occupationConceptId');
      occupationChanged ||= input.occupationConceptId !== opening.occupationConceptId;
      opening.occupationConceptId = input.occupationConceptId;
    }
    if (input.requiredSkills != null) opening.requiredSkills = await this.skills(ctx, input.requiredSkills, 'input.requiredSkills');
    if (input.preferredSkills != null) opening.preferredSkills = await this.skills(ctx, input.preferredSkills, 'input.preferredSkills');
    const required = new Set(opening.requiredSkills.map((s) => s.skillConceptId));
    if (opening.preferredSkills.some((s) => required.has(s.skillConceptId))) {
      throw DomainError.field('input.preferredSkills', 'a skill is either required or preferred, not both');
    }
    if (input.minSwedishLevel !== undefined) opening.minSwedishLevel = input.minSwedishLevel;
    if (input.swedishLevelReason !== undefined) opening.swedishLevelReason = input.swedishLevelReason || null;
    if (opening.minSwedishLevel === null) opening.swedishLevelReason = null;
    else if (!opening.swedishLevelReason) {
      throw DomainError.field('input.swedishLevelReason', 'say why the work needs this Swedish level');
    }
    if (input.languageNeeds != null) opening.languageNeeds = await this.languageNeeds(ctx, input.languageNeeds);
    if (input.maxCommuteMinutes !== undefined) opening.maxCommuteMinutes = input.maxCommuteMinutes;
    if (input.requiredLicenceConceptIds != null) {
      await this.taxonomy.assertConcepts(em, input.requiredLicenceConceptIds, ['driving-licence'], 'input.requiredLicenceConceptIds');
      opening.requiredLicenceConceptIds = [...new Set(input.requiredLicenceConceptIds)];
    }
    if (input.municipalityConceptId != null) {
      await this.taxonomy.assertConcepts(em, [input.municipalityConceptId], ['municipality'], 'input.municipalityConceptId');
      opening.municipalityConceptId = input.municipalityConceptId;
    }
    if (input.street !== undefined) opening.street = input.street || null;
    if (input.postalCode !== undefined) opening.postalCode = input.postalCode ? normalisePostalCode(input.postalCode) : null;
    if (input.worktimeConceptId !== undefined) {
      if (input.worktimeConceptId) await this.taxonomy.assertConcepts(em, [input.worktimeConceptId], ['worktime-extent'], 'input.worktimeConceptId');
      opening.worktimeConceptId = input.worktimeConceptId;
    }
    if (input.hoursPerWeek !== undefined) opening.hoursPerWeek = input.hoursPerWeek;
    if (input.startOn != null) opening.startOn = input.startOn;
    if (input.places != null) opening.places = input.places;
    if (input.applicationDeadline !== undefined) opening.applicationDeadline = input.applicationDeadline;
    if (opening.applicationDeadline && opening.applicationDeadline > opening.startOn) {
      throw DomainError.field('input.applicationDeadline', 'the deadline cannot be after the start');
    }
    this.applyInternshipTerms(opening, input);

    if (input.sectorId != null) {
      const sector = await em.getRepository(Sector).findOneBy({ id: input.sectorId });
      if (!sector) throw DomainError.field('input.sectorId', 'unknown sector');
      opening.sectorId = sector.id;
    } else if (occupationChanged || input.sectorId === null) {
      // a changed occupation, or an explicit null, sets the sector from the occupation again
      opening.sectorId = await sectorOfOccupation(em, opening.occupationConceptId);
    }
    opening.teamId = await sectorTeamFor(em, opening.sectorId, opening.principalId);
  }

  private applyInternshipTerms(opening: Opening, input: Fields): void {
    const terms = ['supervisorName', 'supervisorPhone', 'supervisorEmail', 'periodStartOn', 'periodEndOn'] as const;
    const given = terms.filter((k) => input[k] != null);
    if (!INTERNSHIP_KINDS.includes(opening.kind)) {
      if (given.length > 0) throw DomainError.field(`input.${given[0]}`, 'only internships and workplace learning have a supervisor and a period');
      return;
    }
    if (input.supervisorName !== undefined) opening.supervisorName = input.supervisorName;
    if (input.supervisorPhone !== undefined) opening.supervisorPhone = input.supervisorPhone;
    if (input.supervisorEmail !== undefined) opening.supervisorEmail = input.supervisorEmail?.toLowerCase() ?? null;
    if (input.periodStartOn !== undefined) opening.periodStartOn = input.periodStartOn;
    if (input.periodEndOn !== undefined) opening.periodEndOn = input.periodEndOn;
    if (opening.periodStartOn && opening.periodEndOn && opening.periodEndOn < opening.periodStartOn) {
      throw DomainError.field('input.periodEndOn', 'the period cannot end before it starts');
    }
  }

  /** Languages other than Swedish, each once, with a reason; Swedish is stated as minSwedishLevel. */
  private async languageNeeds(ctx: RequestContext, needs: LanguageNeedInput[]): Promise<LanguageNeed[]> {
    const ids = needs.map((n) => n.languageConceptId);
    if (ids.includes(SWEDISH_LANGUAGE_ID)) throw DomainError.field('input.languageNeeds', 'state a need for Swedish as minSwedishLevel');
    if (new Set(ids).size !== ids.length) throw DomainError.field('input.languageNeeds', 'a language is listed twice');
    await this.taxonomy.assertConcepts(ctx.em, ids, ['language'], 'input.languageNeeds');
    await this.taxonomy.assertConcepts(
      ctx.em,
      needs.map((n) => n.minLevelConceptId),
      ['language-level'],
      'input.languageNeeds',
    );
    return needs.map(({ languageConceptId, minLevelConceptId, reason }) => ({ languageConceptId, minLevelConceptId, reason }));
  }

  private async skills(ctx: RequestContext, skills: WeightedSkillInput[], field: string): Promise<WeightedSkill[]> {
    const ids = skills.map((s) => s.skillConceptId);
    if (new Set(ids).size !== ids.length) throw DomainError.field(field, 'a skill is listed twice');
    await this.taxonomy.assertConcepts(ctx.em, ids, ['skill'], field);
    return skills.map((s) => ({ skillConceptId: s.skillConceptId, weight: s.weight }));
  }
}

/** "23142" and "231 42" are the same postal code; kept in the written form "231 42". */
function normalisePostalCode(code: string): string {
  const digits = code.replace(/\s/g, '');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}

/** The fields of an opening people edit, whose every change is kept. */
const TRACKED = [
  'title', 'occupationConceptId', 'sectorId', 'teamId', 'requiredSkills', 'preferredSkills', 'minSwedishLevel', 'swedishLevelReason', 'languageNeeds', 'maxCommuteMinutes',
  'requiredLicenceConceptIds', 'municipalityConceptId', 'street', 'postalCode', 'worktimeConceptId', 'hoursPerWeek', 'startOn', 'places',
  'applicationDeadline', 'status', 'supervisorName', 'supervisorPhone', 'supervisorEmail', 'periodStartOn', 'periodEndOn',
] as const;
