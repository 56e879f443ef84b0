import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { In, IsNull, QueryFailedError } from 'typeorm';
import { Candidate } from '../../candidates/candidate.entity.js';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { ShortlistEntry } from '../../matching/shortlist-entry.entity.js';
import { ShortlistService } from '../../matching/shortlist.service.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { assertWritable, assertWritableOn, findScoped, scopedQuery } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import { Opening } from '../openings/opening.entity.js';
import { OpeningStatus } from '../openings/opening.enums.js';
import { OutboxService } from '../../platform/outbox/outbox.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { nextSteps, refuseAdvance, refuseOutcome, type PlacementState, type Refusal } from './placement-lifecycle.js';
import type { PlacementNextSteps } from './placement-next-steps.js';
import { OUTCOME_EVENTS, STAGE_EVENTS, type PlacementEvent, type PlacementEventPayload } from './placement-events.js';
import { PlacementStageChange } from './placement-stage-change.entity.js';
import type { PlacementSearchArgs } from './placement.args.js';
import { Placement } from './placement.entity.js';
import { PlacementOutcome, PlacementStage } from './placement.enums.js';
import type { AdvancePlacementInput, CreatePlacementInput, RecordPlacementOutcomeInput } from './placement.input.js';

/**
 * Placements: a person put forward for an opening, moved through the stages docs/domain.md names (proposed,
 * presented, interview, internship, employment, outcome) by the sector team. The transitions are the pure
 * {@link refuseAdvance}/{@link refuseOutcome}; every change appends a {@link PlacementStageChange} (who, when);
 * changes carry the version read (stale: CONFLICT). Starting and completing an internship, starting an employment
 * and every outcome also record an outbox event in the same transaction, which carries the change to the plan and
 * to the enrolment period, and so to the statistics, without anyone typing it in again (docs/architecture.md).
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly clock: Clock,
    private readonly taxonomy: TaxonomyService,
    private readonly accessLog: AccessLogService,
    private readonly shortlist: ShortlistService,
    private readonly outbox: OutboxService,
    private readonly loaders: RequestLoaders,
  ) {}

  /**
   * Puts a person with an open enrolment period forward for an open opening. The placement is the person's record
   * and belongs to their principal; the caller must act for it. One placement per person and opening at a time
   * (another once the first has its outcome).
   */
  async create(ctx: RequestContext, input: CreatePlacementInput): Promise<Placement> {
    const candidate = await findScoped(ctx, Candidate, input.candidateId, 'Candidate');
    assertWritable(ctx, candidate.principalId, 'input.candidateId');
    const opening = await findScoped(ctx, Opening, input.openingId, 'Opening');
    if (opening.status !== OpeningStatus.OPEN) {
      throw DomainError.conflict(`Only an open opening takes placements; this one is ${opening.status}`, [{ field: 'input.openingId', message: opening.status }]);
    }
    const enrolment = await ctx.em.getRepository(Enrolment).findOne({ where: { candidateId: candidate.id, exitOn: IsNull() }, order: { firstContactOn: 'DESC' } });
    if (!enrolment) {
      throw DomainError.conflict(
        'Only a person with an open enrolment period can be placed',
        [{ field: 'input.candidateId', message: 'no open enrolment period' }],
        'NO_OPEN_ENROLMENT',
      );
    }
    const repo = ctx.em.getRepository(Placement);
    try {
      const placement = await repo.save(
        repo.create({
          principalId: candidate.principalId,
          candidateId: candidate.id,
          enrolmentId: enrolment.id,
          openingId: opening.id,
          stage: PlacementStage.PROPOSED,
          outcome: null,
          createdById: ctx.actor.userId,
        }),
      );
      await this.appendChange(ctx, placement, null, this.clock.today(), input.note ?? null);
      return placement;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505') {
        throw DomainError.conflict(
          'The person already has a placement at this opening without an outcome',
          [{ field: 'input.candidateId', message: 'already placed here' }],
          'ALREADY_PLACED',
        );
      }
      throw error;
    }
  }

  /**
   * Moves a placement to its next stage. Presenting shares the person's profile with the employer, so it goes
   * through the shortlist's presenting, which needs the person's consent (docs/rules.md: consent governs contacts with
   * employers); the person is put on the opening's shortlist first if they are not on it.
   */
  async advance(ctx: RequestContext, input: AdvancePlacementInput): Promise<Placement> {
    const { placement, opening } = await this.lockForChange(ctx, input.id, input.version);
    const refusal = refuseAdvance(placement, input.stage, opening.kind);
    if (refusal) throw refused(refusal, 'input.stage');
    const on = await this.dayOf(ctx, placement, input.on);
    if (input.stage === PlacementStage.PRESENTED) await this.present(ctx, placement);
    if (input.stage === PlacementStage.INTERNSHIP_STARTED) placement.internshipStartedOn = on;
    if (input.stage === PlacementStage.INTERNSHIP_COMPLETED) placement.internshipCompletedOn = on;
    if (input.stage === PlacementStage.EMPLOYMENT_STARTED) placement.employmentStartedOn = on;
    const from = state(placement);
    placement.stage = input.stage;
    const saved = await ctx.em.getRepository(Placement).save(placement);
    await this.appendChange(ctx, saved, from, on, input.note ?? null);
    const kind = STAGE_EVENTS[input.stage];
    if (kind) await this.recordEvent(ctx, saved, kind, on);
    return saved;
  }

  /**
   * Records the outcome. HIRED keeps the terms the statistics need (Kolada, docs/rules.md: subsidised jobs count as
   * work, municipal labour-market employments never do, and only once the job has lasted a month, which is why a
   * hired placement can still be recorded ENDED_EARLY). The outcome and its outbox event commit together.
   */
  async recordOutcome(ctx: RequestContext, input: RecordPlacementOutcomeInput): Promise<Placement> {
    const { placement, opening } = await this.lockForChange(ctx, input.id, input.version);
    const refusal = refuseOutcome(placement, input.outcome, opening.kind);
    if (refusal) throw refused(refusal, 'input.outcome');
    const on = await this.dayOf(ctx, placement, input.on);
    const given = (['hired', 'reason', 'endedOn'] as const).filter((f) => input[f] != null);
    const needs: Record<PlacementOutcome, ReadonlyArray<(typeof given)[number]>> = {
      [PlacementOutcome.HIRED]: ['hired'],
      [PlacementOutcome.NOT_HIRED]: ['reason'],
      [PlacementOutcome.ENDED_EARLY]: ['reason', 'endedOn'],
    };
    const missing = needs[input.outcome].find((f) => !given.includes(f));
    if (missing) throw DomainError.field(`input.${missing}`, `required for ${input.outcome}`);
    const extra = given.find((f) => !needs[input.outcome].includes(f));
    if (extra) throw DomainError.field(`input.${extra}`, `not for ${input.outcome}`);

    if (input.outcome === PlacementOutcome.HIRED && input.hired) {
      await this.taxonomy.assertConcepts(ctx.em, [input.hired.employmentTypeConceptId], ['employment-type'], 'input.hired.employmentTypeConceptId');
      placement.employmentTypeConceptId = input.hired.employmentTypeConceptId;
      placement.subsidised = input.hired.subsidised;
      placement.municipalLabourMarketEmployment = input.hired.municipalLabourMarketEmployment;
      placement.employmentStartOn = input.hired.startOn;
      placement.hoursPerWeek = input.hired.hoursPerWeek;
    } else {
      placement.outcomeReason = input.reason ?? null;
    }
    if (input.outcome === PlacementOutcome.ENDED_EARLY && input.endedOn) {
      const started = placement.employmentStartOn ?? placement.employmentStartedOn ?? placement.internshipStartedOn;
      if (started && input.endedOn < started) throw DomainError.field('input.endedOn', `cannot be before the start (${started})`);
      if (input.endedOn > this.clock.today()) throw DomainError.field('input.endedOn', 'cannot be in the future');
      placement.endedOn = input.endedOn;
    }
    const from = state(placement);
    placement.stage = PlacementStage.OUTCOME;
    placement.outcome = input.outcome;
    placement.outcomeOn = on;
    const saved = await ctx.em.getRepository(Placement).save(placement);
    await this.appendChange(ctx, saved, from, on, input.note ?? null);
    await this.recordEvent(ctx, saved, OUTCOME_EVENTS[input.outcome], on);
    return saved;
  }

  /** One placement. It is the person's record: the read is written to the access log (docs/rules.md). */
  async get(ctx: RequestContext, id: string, operation: string): Promise<Placement> {
    const placement = await findScoped(ctx, Placement, id, 'Placement');
    await this.accessLog.record(ctx, [{ id: placement.candidateId }], operation);
    return placement;
  }

  /** Placements in the caller's principals, newest first, narrowed by opening, person and stage as asked; every person on the page is written to the access log. */
  async search(ctx: RequestContext, args: PlacementSearchArgs, operation: string): Promise<Page<Placement>> {
    const qb = scopedQuery(ctx, Placement, 'p').orderBy('p.createdAt', 'DESC').addOrderBy('p.id', 'DESC');
    if (args.openingId) qb.andWhere('p.openingId = :openingId', { openingId: args.openingId });
    if (args.candidateId) qb.andWhere('p.candidateId = :candidateId', { candidateId: args.candidateId });
    if (args.stage) qb.andWhere('p.stage = :stage', { stage: args.stage });
    const page = await paginate(qb, args);
    const people = new Map(page.items.map((p) => [p.candidateId, { id: p.candidateId, principalId: p.principalId }]));
    await this.accessLog.record(ctx, [...people.values()], operation);
    return page;
  }

  /** A placement's history, oldest first, batched per request. */
  history(ctx: RequestContext, placementId: string): Promise<PlacementStageChange[]> {
    const loader = this.loaders.get<string, PlacementStageChange[]>('placements.history', 
      async (ids) => {
        const rows = await ctx.em.getRepository(PlacementStageChange).find({ where: { placementId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.placementId === id));
      },
      { cache: false },
    );
    return loader.load(placementId);
  }

  /**
   * The opening, or null when it is outside the caller's principals: a Svedala resident may be placed at a
   * Trelleborg employer, and Svedala's reviewer sees Svedala's records only. Batched per request.
   */
  opening(ctx: RequestContext, placement: Placement): Promise<Opening | null> {
    const loader = this.loaders.get<string, Opening | null>('placements.opening', async (ids) => {
      const rows = await scopedQuery(ctx, Opening, 'o').andWhere('o.id IN (:...ids)', { ids: [...ids] }).getMany();
      return ids.map((id) => rows.find((o) => o.id === id) ?? null);
    });
    return loader.load(placement.openingId);
  }

  /** The stages and outcomes the lifecycle allows from where the placement is, at its opening's kind. */
  async nextSteps(ctx: RequestContext, placement: Placement): Promise<PlacementNextSteps> {
    const opening = await this.opening(ctx, placement);
    return opening ? nextSteps(placement, opening.kind) : { stages: [], outcomes: [] };
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  private async lockForChange(ctx: RequestContext, id: string, version: number): Promise<{ placement: Placement; opening: Opening }> {
    const placement = await findScoped(ctx, Placement, id, 'Placement', { forUpdate: true });
    assertWritable(ctx, placement.principalId);
    if (placement.version !== version) throw DomainError.staleVersion('Placement', version, placement.version);
    const opening = await ctx.em.getRepository(Opening).findOneByOrFail({ id: placement.openingId });
    return { placement, opening };
  }

  /** The day a change happened: today unless given; not in the future, not before the placement's last change. */
  private async dayOf(ctx: RequestContext, placement: Placement, given: string | null | undefined): Promise<string> {
    const today = this.clock.today();
    const on = given ?? today;
    if (on > today) throw DomainError.field('input.on', 'cannot be in the future');
    const last = await ctx.em.getRepository(PlacementStageChange).findOne({ where: { placementId: placement.id }, order: { on: 'DESC' } });
    if (last && on < last.on) throw DomainError.field('input.on', `cannot be before the previous step (${last.on})`);
    assertWritableOn(ctx, placement.principalId, on, 'input.on');
    return on;
  }

  /** Presents the person through the shortlist, so the consent rule and the shortlist's record are the shortlist's own. */
  private async present(ctx: RequestContext, placement: Placement): Promise<void> {
    const target = { openingId: placement.openingId, candidateId: placement.candidateId };
    try {
      if (!(await ctx.em.getRepository(ShortlistEntry).existsBy(target))) await this.shortlist.add(ctx, { ...target, note: null });
      await this.shortlist.markPresented(ctx, target);
    } catch (error) {
      // the shortlist names its own inputs; here the failing field is the stage asked for
      if (error instanceof DomainError && error.code !== ErrorCode.NOT_FOUND) {
        throw new DomainError(error.code, error.message, [{ field: 'input.stage', message: error.fields[0]?.message ?? error.message }], error.extensions);
      }
      throw error;
    }
  }

  private async appendChange(ctx: RequestContext, placement: Placement, from: PlacementState | null, on: string, note: string | null): Promise<void> {
    const repo = ctx.em.getRepository(PlacementStageChange);
    await repo.save(
      repo.create({
        placementId: placement.id,
        principalId: placement.principalId,
        fromStage: from?.stage ?? null,
        fromOutcome: from?.outcome ?? null,
        toStage: placement.stage,
        toOutcome: placement.outcome,
        on,
        actorId: ctx.actor.userId,
        at: this.clock.now(),
        note,
      }),
    );
  }

  /** The event of a change, with the placement as it is now: its stream is the person's enrolment period. */
  private async recordEvent(ctx: RequestContext, placement: Placement, kind: PlacementEvent, on: string): Promise<void> {
    const opening = await ctx.em.getRepository(Opening).findOneByOrFail({ id: placement.openingId });
    const payload: PlacementEventPayload = {
      placementId: placement.id,
      candidateId: placement.candidateId,
      enrolmentId: placement.enrolmentId,
      openingId: placement.openingId,
      openingTitle: opening.title,
      actorId: ctx.actor.userId,
      on,
      stage: placement.stage,
      outcome: placement.outcome,
      internshipStartedOn: placement.internshipStartedOn,
      internshipCompletedOn: placement.internshipCompletedOn,
      employmentStartOn: placement.employmentStartOn,
      subsidised: placement.subsidised,
      municipalLabourMarketEmployment: placement.municipalLabourMarketEmployment,
      endedOn: placement.endedOn,
    };
    await this.outbox.record(ctx, { kind, principalId: placement.principalId, stream: placement.enrolmentId, placementId: placement.id, payload });
  }
}

function state(placement: Placement): PlacementState {
  return { stage: placement.stage, outcome: placement.outcome };
}

/** A transition the current state does not allow is CONFLICT, one the opening's kind never allows is BAD_USER_INPUT (as for openings). */
function refused(refusal: Refusal, field: string): DomainError {
  return refusal.reason === 'STAGE'
    ? DomainError.conflict(`Not allowed: ${refusal.message}`, [{ field, message: refusal.message }], 'STAGE_NOT_ALLOWED')
    : DomainError.field(field, refusal.message);
}
