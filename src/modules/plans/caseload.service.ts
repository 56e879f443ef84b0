import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { scopedQuery } from '../../platform/auth/principal-access.js';
import { Role } from '../../platform/auth/role.enum.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { TeamMember } from '../organisations/team-member.entity.js';
import { User } from '../organisations/user.entity.js';
import { SecretaryCaseload, TeamCaseload } from './caseload.types.js';
import { followUpDueSql, hasPlanSql } from './follow-ups.service.js';
import { findVisibleTeam } from '../organisations/team-visibility.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import { CaseloadStatus, type CaseloadEnrolmentsArgs } from './caseload-list.args.js';
import { Plan } from './plan.entity.js';

interface CountRow {
  secretaryId: string | null;
  openCandidates: number;
  overdueFollowUps: number;
  withoutPlan: number;
}

/**
 * Caseloads per team and per secretary: open candidates, overdue follow-ups, periods without a plan (docs/domain.md:
 * caseloads are counted per team and per secretary; a secretary carries 55-60 cases). Counted over the open
 * enrolment periods in the caller's principal scope, by the overdue rule of `follow-up-rules.ts`, so the numbers
 * agree with the overdue lists.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
  ) {}

  /**
   * A sector team's caseload, in all and per secretary: every secretary with open periods in the team, and the
   * team's secretaries with none. A team the caller does not see is NOT_FOUND.
   */
  async team(ctx: RequestContext, teamId: string): Promise<TeamCaseload> {
    const team = await findVisibleTeam(ctx, teamId);
    const rows = await this.counts(ctx, this.open(ctx).andWhere('e.teamId = :teamId', { teamId }));
    const members = await ctx.em.getRepository(TeamMember).findBy({ teamId, role: Role.LABOUR_MARKET_SECRETARY });
    addEmptyLines(
      rows,
      members.map((m) => m.userId),
    );
    const secretaries = await this.withUsers(ctx, rows);
    const sum = (key: 'openCandidates' | 'overdueFollowUps' | 'withoutPlan') => rows.reduce((n, r) => n + r[key], 0);
    return {
      teamId: team.id,
      team,
      openCandidates: sum('openCandidates'),
      overdueFollowUps: sum('overdueFollowUps'),
      withoutPlan: sum('withoutPlan'),
      secretaries,
    };
  }

  /**
   * Caseload per secretary. A manager sees every secretary of their own organisation (the active ones with the
   * secretary role, even with no cases, and anyone of the organisation who still holds open cases); anyone else
   * sees their own line only, and only if they are a secretary or hold cases.
   */
  async secretaries(ctx: RequestContext): Promise<SecretaryCaseload[]> {
    const manager = ctx.hasRole(Role.MANAGER);
    const qb = this.open(ctx).innerJoin(User, 'u', 'u.id = e.secretaryId');
    if (manager) qb.andWhere('u.organisationId = :organisationId', { organisationId: ctx.actor.organisationId });
    else qb.andWhere('e.secretaryId = :me', { me: ctx.actor.userId });
    const rows = await this.counts(ctx, qb);

    const expected: string[] = [];
    if (manager) {
      const staff = await ctx.em.getRepository(User).findBy({ organisationId: ctx.actor.organisationId, active: true });
      expected.push(...staff.filter((u) => u.roles.includes(Role.LABOUR_MARKET_SECRETARY)).map((u) => u.id));
    } else if (ctx.hasRole(Role.LABOUR_MARKET_SECRETARY)) {
      expected.push(ctx.actor.userId);
    }
    addEmptyLines(rows, expected);
    return this.withUsers(ctx, rows);
  }

  /**
   * The enrolment periods behind those figures, a page at a time, narrowed by status, secretary, team and sector.
   * OPEN, FOLLOW_UP_OVERDUE and WITHOUT_PLAN are counted by the same conditions as {@link counts}, so a secretary's
   * lists add up to their `secretaryCaseloads` line. AWAITING_FIRST_MEETING lists the periods whose first meeting
   * (nysamtal) is still to be held: docs/rules.md wants the plan within one working day of first contact, and the
   * plan follows the meeting, so the longest waiting come first, as do those without a plan. Overdue follow-ups come
   * most overdue first; the open and the sick-listed the newest enrolled first, the exited the latest exit first.
   * Every person on the page is written to the access log.
   */
  async enrolments(ctx: RequestContext, args: CaseloadEnrolmentsArgs): Promise<Page<Enrolment>> {
    const qb = args.status === CaseloadStatus.EXITED ? scopedQuery(ctx, Enrolment, 'e').andWhere('e.exitOn IS NOT NULL') : this.open(ctx);
    if (args.teamId) {
      await findVisibleTeam(ctx, args.teamId);
      qb.andWhere('e.teamId = :teamId', { teamId: args.teamId });
    }
    if (args.secretaryId) qb.andWhere('e.secretaryId = :secretaryId', { secretaryId: args.secretaryId });
    if (args.sectorId) qb.andWhere('e.sectorId = :sectorId', { sectorId: args.sectorId });
    const due = followUpDueSql(ctx);
    switch (args.status) {
      case CaseloadStatus.AWAITING_FIRST_MEETING:
        qb.andWhere('e.firstMeetingOn IS NULL');
        break;
      case CaseloadStatus.WITHOUT_PLAN:
        qb.andWhere(`NOT ${hasPlanSql(ctx)}`);
        break;
      case CaseloadStatus.FOLLOW_UP_OVERDUE:
        qb.andWhere(`${due} < :today`, { today: this.clock.today() }).orderBy(due, 'ASC');
        break;
      case CaseloadStatus.SICK_LISTED:
        qb.andWhere(`EXISTS ${this.sickListedPlan(ctx)}`);
        break;
    }
    if (args.status === CaseloadStatus.EXITED) qb.orderBy('e.exitOn', 'DESC');
    else if (args.status === CaseloadStatus.OPEN || args.status === CaseloadStatus.SICK_LISTED) qb.orderBy('e.firstContactOn', 'DESC');
    else if (args.status !== CaseloadStatus.FOLLOW_UP_OVERDUE) qb.orderBy('e.firstContactOn', 'ASC');
    const page = await paginate(qb.addOrderBy('e.id', 'ASC'), args);
    await this.accessLog.record(
      ctx,
      page.items.map((e) => ({ id: e.candidateId })),
      'caseloadEnrolments',
    );
    return page;
  }

  private sickListedPlan(ctx: RequestContext): string {
    return ctx.em.createQueryBuilder().subQuery().select('1').from(Plan, 'p').where('p.enrolmentId = e.id').andWhere('p.sickListed = true').getQuery();
  }

  private open(ctx: RequestContext): SelectQueryBuilder<Enrolment> {
    return scopedQuery(ctx, Enrolment, 'e').andWhere('e.exitOn IS NULL');
  }

  private async counts(ctx: RequestContext, qb: SelectQueryBuilder<Enrolment>): Promise<CountRow[]> {
    const raw = await qb
      .select('e.secretaryId', 'secretaryId')
      .addSelect('CAST(COUNT(*) AS int)', 'openCandidates')
      .addSelect(`CAST(COUNT(*) FILTER (WHERE ${followUpDueSql(ctx)} < :today) AS int)`, 'overdueFollowUps')
      .addSelect(`CAST(COUNT(*) FILTER (WHERE NOT ${hasPlanSql(ctx)}) AS int)`, 'withoutPlan')
      .setParameter('today', this.clock.today())
      .groupBy('e.secretaryId')
      .getRawMany<CountRow>();
    return raw.map((r) => ({
      secretaryId: r.secretaryId,
      openCandidates: Number(r.openCandidates),
      overdueFollowUps: Number(r.overdueFollowUps),
      withoutPlan: Number(r.withoutPlan),
    }));
  }

  /** The rows with their secretaries, by name (periods without a secretary last). */
  private async withUsers(ctx: RequestContext, rows: CountRow[]): Promise<SecretaryCaseload[]> {
    const ids = rows.map((r) => r.secretaryId).filter((id): id is string => id !== null);
    const users = ids.length ? await ctx.em.getRepository(User).findBy({ id: In(ids) }) : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    return rows
      .map((r) => ({ ...r, secretary: r.secretaryId ? (byId.get(r.secretaryId) ?? null) : null }))
      .sort((a, b) => (a.secretary === null ? 1 : b.secretary === null ? -1 : a.secretary.name.localeCompare(b.secretary.name, 'sv')));
  }
}

/** A line of zeros for each secretary who should be listed but has no open period. */
function addEmptyLines(rows: CountRow[], secretaryIds: readonly string[]): void {
  for (const id of secretaryIds) {
    if (!rows.some((r) => r.secretaryId === id)) rows.push({ secretaryId: id, openCandidates: 0, overdueFollowUps: 0, withoutPlan: 0 });
  }
}
