import { Injectable } from '@nestjs/common';
import { agreementInForce } from '../../platform/auth/principal-scope.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { ChangeHistory } from '../history/change-history.service.js';
import { HistoryKind, type RecordChange } from '../history/record-change.entity.js';
import { Agreement } from './agreement.entity.js';
import type { AmendAgreementInput, CreateAgreementInput } from './agreement.input.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

const TRACKED = ['name', 'actingOrganisationId', 'principalId', 'roles', 'validFrom', 'validTo'] as const;

/**
 * The agreement's life cycle (docs/rules.md "Agreements"). An administrator of either party (the principal's
 * municipality, or the municipality of the organisation that does the work) makes an agreement, amends it and ends it
 * on a date. It never begins in the past, so it cannot open the principal's history to the provider; it is never
 * deleted, and once its last day has passed it is kept as it was. Access follows from it by the clock
 * (src/platform/auth/principal-scope.ts): from the day after its last day the provider's staff reach none of the
 * principal's people, while the principal's own users and reviewers keep theirs and no record is touched.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly clock: Clock,
    private readonly history: ChangeHistory,
  ) {}

  /** Agreements the user's own organisation acts under, or, for a principal's staff, those made for it. */
  list(ctx: RequestContext): Promise<Agreement[]> {
    return ctx.em.getRepository(Agreement).find({
      where: [{ actingOrganisationId: ctx.actor.organisationId }, { principalId: ctx.actor.homePrincipalId }],
      order: { validFrom: 'ASC', name: 'ASC' },
    });
  }

  /** Municipalities and their administrations are public bodies: any of them may be a party, so all are offered by name. */
  parties(ctx: RequestContext): Promise<Organisation[]> {
    return ctx.em.getRepository(Organisation).find({ order: { name: 'ASC' } });
  }

  inForce(agreement: Agreement): boolean {
    return agreementInForce(agreement, this.clock.today());
  }

  async create(ctx: RequestContext, input: CreateAgreementInput): Promise<Agreement> {
    const organisations = ctx.em.getRepository(Organisation);
    const principal = await organisations.findOneBy({ id: input.principalId });
    if (principal?.kind !== OrganisationKind.MUNICIPALITY) throw DomainError.field('input.principalId', 'not a municipality');
    const acting = await organisations.findOneBy({ id: input.actingOrganisationId });
    if (!acting) throw DomainError.field('input.actingOrganisationId', 'unknown organisation');
    if (acting.principalId === principal.id)
      throw DomainError.field('input.actingOrganisationId', "part of the principal's own municipality, which needs no agreement");
    this.assertParty(ctx, principal.id, acting.principalId, 'input.principalId');
    this.assertNotPast(input.validFrom, 'input.validFrom');
    const validTo = input.validTo ?? null;
    if (validTo !== null && validTo < input.validFrom) throw DomainError.field('input.validTo', 'before the first day');
    await this.assertNoOverlap(ctx, { ...input, validTo }, null);
    const agreements = ctx.em.getRepository(Agreement);
    const saved = await agreements.save(agreements.create({ ...input, validTo }));
    await this.history.record(ctx, HistoryKind.AGREEMENT, null, saved, TRACKED);
    return saved;
  }

  async amend(ctx: RequestContext, input: AmendAgreementInput): Promise<Agreement> {
    const before = await this.ownAgreement(ctx, input.id);
    const after: Agreement = { ...before, name: input.name ?? before.name, roles: input.roles ?? before.roles };
    if (input.validFrom !== undefined && input.validFrom !== before.validFrom) {
      if (before.validFrom <= this.clock.today()) throw DomainError.field('input.validFrom', 'the agreement has begun: its first day stays');
      this.assertNotPast(input.validFrom, 'input.validFrom');
      after.validFrom = input.validFrom;
    }
    if (input.validTo !== undefined) after.validTo = input.validTo;
    if (after.validTo !== before.validTo && after.validTo !== null) this.assertNotPast(after.validTo, 'input.validTo');
    if (after.validTo !== null && after.validTo < after.validFrom) throw DomainError.field('input.validTo', 'before the first day');
    await this.assertNoOverlap(ctx, after, before.id);
    const saved = await ctx.em.getRepository(Agreement).save(after);
    await this.history.record(ctx, HistoryKind.AGREEMENT, before, saved, TRACKED);
    return saved;
  }

  /** Ends the agreement: `lastDay` is the last day it is in force, today or later. */
  end(ctx: RequestContext, id: string, lastDay: string): Promise<Agreement> {
    return this.amend(ctx, { id, validTo: lastDay });
  }

  changes(ctx: RequestContext, agreement: Agreement): Promise<RecordChange[]> {
    return this.history.of(ctx, HistoryKind.AGREEMENT, agreement.id);
  }

  /** An agreement the caller may change: one whose party they administer, and whose last day has not passed. */
  private async ownAgreement(ctx: RequestContext, id: string): Promise<Agreement> {
    const agreement = await ctx.em.getRepository(Agreement).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const acting = agreement && (await ctx.em.getRepository(Organisation).findOneBy({ id: agreement.actingOrganisationId }));
    if (!agreement || !acting || ![agreement.principalId, acting.principalId].includes(ctx.actor.homePrincipalId)) throw DomainError.notFound('Agreement', id);
    if (agreement.validTo !== null && agreement.validTo < this.clock.today()) {
      throw DomainError.conflict('The agreement has ended and is kept as it was; make a new one', [{ field: 'input.id', message: 'ended' }]);
    }
    return agreement;
  }

  private assertParty(ctx: RequestContext, principalId: string, actingPrincipalId: string, field: string): void {
    if (![principalId, actingPrincipalId].includes(ctx.actor.homePrincipalId))
      throw DomainError.field(field, 'your municipality is not a party to this agreement');
  }

  private assertNotPast(date: string, field: string): void {
    if (date < this.clock.today()) throw DomainError.field(field, 'in the past: an agreement changes nothing before today');
  }

  /** One agreement at a time per acting organisation and principal, so a day's terms are never ambiguous. */
  private async assertNoOverlap(
    ctx: RequestContext,
    a: Pick<Agreement, 'actingOrganisationId' | 'principalId' | 'validFrom' | 'validTo'>,
    exceptId: string | null,
  ): Promise<void> {
    const qb = ctx.em
      .getRepository(Agreement)
      .createQueryBuilder('a')
      .where('a.actingOrganisationId = :acting AND a.principalId = :principal', { acting: a.actingOrganisationId, principal: a.principalId })
      .andWhere("a.validFrom <= COALESCE(CAST(:to AS date), 'infinity'::date) AND COALESCE(a.validTo, 'infinity'::date) >= :from", {
        from: a.validFrom,
        to: a.validTo,
      });
    if (exceptId) qb.andWhere('a.id <> :exceptId', { exceptId });
    if ((await qb.getCount()) > 0) {
      throw DomainError.conflict('Another agreement between these parties is in force on some of these days', [
        { field: 'input.validFrom', message: 'overlaps another agreement' },
      ]);
    }
  }
}
