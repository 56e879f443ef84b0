import { Injectable } from '@nestjs/common';
import { assertWritable, assertWritableOn, findScoped, scopedQuery } from '../platform/auth/principal-access.js';
import { Role } from '../platform/auth/role.enum.js';
import { addDays, Clock, toLocalDate } from '../platform/context/clock.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { AppConfig } from '../platform/config/app-config.js';
import { DomainError } from '../platform/errors/domain-error.js';
import { paginate, type Page, type PageArgs } from '../platform/graphql/pagination.js';
import { TeamMember } from '../modules/organisations/team-member.entity.js';
import { findVisibleTeam } from '../modules/organisations/team-visibility.js';
import { TaxonomyService } from '../modules/taxonomy/taxonomy.service.js';
import { EmployerContact } from './employer-contact.entity.js';
import type { LogEmployerContactInput } from './employer-contact.input.js';
import { Employer } from './employer.entity.js';
import { SkillNeed } from './skill-need.entity.js';

/** A contact logged "now" may carry a clock a little ahead of ours; beyond this it is a planned contact, not a logged one. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * The business developers' contact log. A follow-up date belongs to the staff member who set it and is done
 * when that person logs a later contact with the same employer, or closes it; until then it shows in their
 * "follow-ups due" and, once the date has passed, in their team's overdue list.
 */
@Injectable()
export class EmployerContactsService {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async log(ctx: RequestContext, input: LogEmployerContactInput): Promise<EmployerContact> {
    const employer = await findScoped(ctx, Employer, input.employerId, 'Employer');
    assertWritable(ctx, employer.principalId);
    if (employer.archivedAt) throw DomainError.conflict('The employer is archived', [{ field: 'input.employerId', message: 'archived' }]);
    const now = this.clock.now();
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw DomainError.field('input.occurredAt', 'a logged contact cannot be in the future');
    }
    const contactDate = toLocalDate(occurredAt, this.config.TIME_ZONE);
    assertWritableOn(ctx, employer.principalId, contactDate, 'input.occurredAt');
    if (input.nextFollowUpOn !== undefined && input.nextFollowUpOn < contactDate) {
      throw DomainError.field('input.nextFollowUpOn', 'the follow-up cannot be before the contact');
    }
    const needs = input.skillNeeds ?? [];
    for (const [i, need] of needs.entries()) {
      await this.taxonomy.assertConcepts(
        ctx.em,
        [need.occupationConceptId],
        ['occupation-name', 'ssyk-level-4'],
        `input.skillNeeds.${i}.occupationConceptId`,
      );
    }

    // the author's earlier open follow-ups with this employer are done by this contact
    await ctx.em
      .createQueryBuilder()
      .update(EmployerContact)
      .set({ followUpDoneAt: now })
      .where('employerId = :employerId AND authorId = :authorId', { employerId: employer.id, authorId: ctx.actor.userId })
      .andWhere('followUpDoneAt IS NULL AND nextFollowUpOn IS NOT NULL AND occurredAt <= :occurredAt', { occurredAt })
      .execute();

    const contact = ctx.em.getRepository(EmployerContact).create({
      employerId: employer.id,
      principalId: employer.principalId,
      occurredAt,
      kind: input.kind,
      authorId: ctx.actor.userId,
      summary: input.summary,
      nextFollowUpOn: input.nextFollowUpOn ?? null,
      followUpDoneAt: null,
      skillNeeds: needs.map((n) =>
        Object.assign(new SkillNeed(), {
          employerId: employer.id,
          principalId: employer.principalId,
          occupationConceptId: n.occupationConceptId,
          headcount: n.headcount,
          neededBy: n.neededBy ?? null,
          note: n.note ?? null,
        }),
      ),
    });
    return ctx.em.getRepository(EmployerContact).save(contact);
  }

  /** Closes a follow-up without a new contact (no longer relevant); only its author or a manager may. */
  async closeFollowUp(ctx: RequestContext, contactId: string): Promise<EmployerContact> {
    const contact = await findScoped(ctx, EmployerContact, contactId, 'Contact', { forUpdate: true, relations: ['skillNeeds'] });
    assertWritable(ctx, contact.principalId);
    if (contact.authorId !== ctx.actor.userId && !ctx.hasRole(Role.MANAGER)) {
      throw DomainError.forbidden('Only the author or a manager can close this follow-up');
    }
    if (!contact.nextFollowUpOn) throw DomainError.field('contactId', 'the contact has no follow-up');
    if (!contact.followUpDoneAt) {
      contact.followUpDoneAt = this.clock.now();
      await ctx.em.getRepository(EmployerContact).save(contact);
    }
    return contact;
  }

  /** An employer's contact log, newest first. */
  async timeline(ctx: RequestContext, employerId: string, page: PageArgs): Promise<Page<EmployerContact>> {
    await findScoped(ctx, Employer, employerId, 'Employer');
    const qb = scopedQuery(ctx, EmployerContact, 'c')
      .leftJoinAndSelect('c.skillNeeds', 'skillNeeds')
      .andWhere('c.employerId = :employerId', { employerId })
      .orderBy('c.occurredAt', 'DESC')
      .addOrderBy('c.id', 'DESC');
    return paginate(qb, page);
  }

  /** The user's own open follow-ups due today or within `withinDays`, earliest first (overdue ones on top). */
  followUpsDue(ctx: RequestContext, withinDays: number, page: PageArgs): Promise<Page<EmployerContact>> {
    const until = addDays(this.clock.today(), withinDays);
    const qb = this.openFollowUps(ctx)
      .andWhere('c.authorId = :me', { me: ctx.actor.userId })
      .andWhere('c.nextFollowUpOn <= :until', { until });
    return paginate(qb, page);
  }

  /** Follow-ups whose date has passed, of every member of a team. */
  async teamOverdueFollowUps(ctx: RequestContext, teamId: string, page: PageArgs): Promise<Page<EmployerContact>> {
    await findVisibleTeam(ctx, teamId);
    const qb = this.openFollowUps(ctx)
      .andWhere(
        `c.authorId IN ${ctx.em.createQueryBuilder().subQuery().select('m.userId').from(TeamMember, 'm').where('m.teamId = :teamId').getQuery()}`,
        { teamId },
      )
      .andWhere('c.nextFollowUpOn < :today', { today: this.clock.today() });
    return paginate(qb, page);
  }

  private openFollowUps(ctx: RequestContext) {
    return scopedQuery(ctx, EmployerContact, 'c')
      .leftJoinAndSelect('c.skillNeeds', 'skillNeeds')
      .andWhere('c.followUpDoneAt IS NULL AND c.nextFollowUpOn IS NOT NULL')
      .orderBy('c.nextFollowUpOn', 'ASC')
      .addOrderBy('c.occurredAt', 'ASC')
      .addOrderBy('c.id', 'ASC');
  }
}
