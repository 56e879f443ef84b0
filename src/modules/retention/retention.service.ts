import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { Page, PageArgs } from '../../platform/graphql/pagination.js';
import { MAX_PAGE_SIZE } from '../../platform/graphql/pagination.js';
import { scrubIdentityNumbers } from '../../platform/logging/scrub.js';
import { anonymisePeople } from './person-erasure.js';
import { assertRetentionAdmin, assertRetentionReader } from './retention-access.js';
import { RetentionRulesService } from './retention-rules.service.js';
import { PREVIEW_PEOPLE, RetentionKind, RetentionTrigger, type RetentionCandidate, type RetentionPreview, type RetentionReport } from './retention.types.js';

/** What the rules select today: the people to thin and how many access-log entries are past their time. */
interface RetentionPlan {
  people: RetentionCandidate[];
  accessLogEntries: number;
}

interface ReportRow {
  id: string;
  principal_id: string;
  ran_at: Date;
  dry_run: boolean;
  trigger: RetentionTrigger;
  person_records: number;
  access_log_entries: number;
  ran_by_id: string | null;
  ran_by_name: string | null;
  candidate_id: string | null;
  reason: string | null;
}

const REPORT_COLUMNS = `x.id, x.principal_id, x.ran_at, x.dry_run, x.trigger, x.person_records, x.access_log_entries, x.ran_by_id, x.candidate_id, x.reason,
  (SELECT u.name FROM app_user u WHERE u.id = x.ran_by_id) AS ran_by_name`;

function toReport(row: ReportRow): RetentionReport {
  return {
    id: row.id,
    principalId: row.principal_id,
    ranAt: row.ran_at,
    dryRun: row.dry_run,
    trigger: row.trigger,
    counts: [
      { kind: RetentionKind.PERSON_RECORDS, count: row.person_records },
      { kind: RetentionKind.ACCESS_LOG, count: row.access_log_entries },
    ],
    ranById: row.ran_by_id,
    ranByName: row.ran_by_name ?? 'schedule',
    candidateId: row.candidate_id,
    reason: row.reason,
  };
}

/**
 * Thinning (gallring) by the principal's rules (docs/rules.md "Thinning"; migration Retention): people whose last
 * enrolment period ended at least PERSON_RECORDS years ago are anonymised (person-erasure.ts says what is kept for
 * the statistics), access-log entries older than ACCESS_LOG years are deleted. A dry run lists what a run would do;
 * every run, dry or real, by a person or the daily schedule, and every erasure on request leaves a report of counts.
 * A kind without a rule thins nothing.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly rules: RetentionRulesService,
    private readonly clock: Clock,
  ) {}

  /** What a run would thin today, without thinning it; kept as a dry-run report. */
  async preview(ctx: RequestContext, principalId: string): Promise<RetentionPreview> {
    assertRetentionAdmin(ctx, principalId);
    const plan = await this.plan(ctx.em, principalId);
    await this.report(ctx.em, principalId, true, RetentionTrigger.RUN, plan.people.length, plan.accessLogEntries, ctx.actor.userId);
    return {
      principalId,
      asOf: this.clock.today(),
      counts: [
        { kind: RetentionKind.PERSON_RECORDS, count: plan.people.length },
        { kind: RetentionKind.ACCESS_LOG, count: plan.accessLogEntries },
      ],
      people: plan.people.slice(0, PREVIEW_PEOPLE),
    };
  }

  /** Thins the principal's records now, in the request's transaction. */
  async run(ctx: RequestContext, principalId: string): Promise<RetentionReport> {
    assertRetentionAdmin(ctx, principalId);
    return this.thin(ctx.em, principalId, RetentionTrigger.RUN, ctx.actor.userId);
  }

  /** The daily schedule: every principal with rules, each in a transaction of its own. */
  async runScheduled(): Promise<void> {
    const principals: Array<{ principal_id: string }> = await this.dataSource.query(`SELECT DISTINCT principal_id FROM retention_rule ORDER BY principal_id`);
    for (const { principal_id } of principals) {
      const report = await this.transactions.withTransaction(() => this.thin(this.transactions.tx, principal_id, RetentionTrigger.SCHEDULE, null));
      const [people, entries] = report.counts.map((c) => c.count);
      if (people + entries > 0) this.logger.log(`thinned ${people} person record(s) and ${entries} access-log entr(ies) of principal ${principal_id}`);
    }
  }

  /**
   * Erases one person's records on their request (GDPR art. 17), where the rules allow: not while a period is
   * open, and not before ERASURE_ON_REQUEST years have passed since the last period ended, nor for the research
   * sample, since records the law requires to be kept are outside the right to erasure (art. 17.3 b). Refusals are
   * CONFLICT with `extensions.reason` and the field `candidateId`; a person outside the administrator's own
   * principal is NOT_FOUND.
   */
  async erase(ctx: RequestContext, candidateId: string, reason: string): Promise<RetentionReport> {
    if (scrubIdentityNumbers(reason) !== reason) throw DomainError.field('reason', 'must not contain an identity number; give the case number');
    const [person]: Array<{ principal_id: string; erased: boolean; birth_day: number }> = await ctx.em.query(
      `SELECT principal_id, erased_at IS NOT NULL AS erased, extract(day FROM birth_date)::int AS birth_day FROM candidate WHERE id = $1 FOR UPDATE`,
      [candidateId],
    );
    if (!person || ctx.actor.homePrincipalId !== person.principal_id) throw DomainError.notFound('Candidate', candidateId);
    assertRetentionAdmin(ctx, person.principal_id, 'candidateId');
    const refuse = (message: string, why: 'ALREADY_ERASED' | 'ENROLMENT_OPEN' | 'RETENTION_REQUIRED', detail: string) =>
      DomainError.conflict(message, [{ field: 'candidateId', message: detail }], why);
    if (person.erased) throw refuse('This person’s records are already erased', 'ALREADY_ERASED', 'already erased');
    const [periods]: Array<{ open: number; last_end: string | null }> = await ctx.em.query(
      `SELECT count(*) FILTER (WHERE exit_on IS NULL)::int AS open, to_char(max(exit_on), 'YYYY-MM-DD') AS last_end FROM enrolment WHERE candidate_id = $1`,
      [candidateId],
    );
    if (periods.open > 0) throw refuse('The person has an open enrolment period', 'ENROLMENT_OPEN', 'has an open enrolment period; end it first');
    const rule = await this.rules.rule(ctx.em, person.principal_id, RetentionKind.ERASURE_ON_REQUEST);
    if (rule?.exemptBirthDays.includes(person.birth_day)) {
      throw refuse('The records belong to the research sample that the law requires to be kept', 'RETENTION_REQUIRED', 'born on a day whose records are kept');
    }
    if (rule && periods.last_end) {
      const [{ from }]: Array<{ from: string }> = await ctx.em.query(`SELECT to_char($1::date + make_interval(years => $2), 'YYYY-MM-DD') AS "from"`, [
        periods.last_end,
        rule.years,
      ]);
      if (from > this.clock.today()) {
        throw refuse(`The retention rules require the records to be kept until ${from}`, 'RETENTION_REQUIRED', `must be kept until ${from}`);
      }
    }
    await anonymisePeople(ctx.em, [candidateId]);
    return this.report(ctx.em, person.principal_id, false, RetentionTrigger.ERASURE_REQUEST, 1, 0, ctx.actor.userId, candidateId, reason);
  }

  async reports(ctx: RequestContext, principalId: string, page: PageArgs): Promise<Page<RetentionReport>> {
    assertRetentionReader(ctx, principalId);
    const limit = Math.min(page.limit, MAX_PAGE_SIZE);
    const rows: Array<ReportRow & { total: string }> = await ctx.em.query(
      `SELECT ${REPORT_COLUMNS}, count(*) OVER () AS total FROM retention_report x WHERE x.principal_id = $1 ORDER BY x.ran_at DESC, x.id LIMIT $2 OFFSET $3`,
      [principalId, limit, page.offset],
    );
    const totalCount = rows.length > 0 ? Number(rows[0].total) : 0;
    return { items: rows.map(toReport), totalCount, hasNextPage: page.offset + rows.length < totalCount };
  }

  /** Applies the rules in `em`'s transaction, one run per principal at a time, and reports it. */
  private async thin(em: EntityManager, principalId: string, trigger: RetentionTrigger, ranById: string | null): Promise<RetentionReport> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('retention:' || $1))`, [principalId]);
    const selected = await this.plan(em, principalId);
    // a person enrolled again since the plan was made keeps their records: lock them, then ask again
    await em.query(`SELECT id FROM candidate WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [selected.people.map((p) => p.candidateId)]);
    const people = (
      await this.plan(
        em,
        principalId,
        selected.people.map((p) => p.candidateId),
      )
    ).people.map((p) => p.candidateId);
    const accessRule = await this.rules.rule(em, principalId, RetentionKind.ACCESS_LOG);
    let entries = 0;
    if (accessRule) {
      const [, deleted]: [unknown, number] = await em.query(
        `DELETE FROM access_log_entry WHERE principal_id = $1 AND at < $2::timestamptz - make_interval(years => $3)`,
        [principalId, this.clock.now(), accessRule.years],
      );
      entries = deleted;
    }
    await anonymisePeople(em, people);
    return this.report(em, principalId, false, trigger, people.length, entries, ranById);
  }

  /** What the rules select today (of `among` only, when given). */
  private async plan(em: EntityManager, principalId: string, among?: readonly string[]): Promise<RetentionPlan> {
    const personRule = await this.rules.rule(em, principalId, RetentionKind.PERSON_RECORDS);
    const accessRule = await this.rules.rule(em, principalId, RetentionKind.ACCESS_LOG);
    let people: RetentionCandidate[] = [];
    if (personRule && (among === undefined || among.length > 0)) {
      people = await em.query(
        `SELECT c.id AS "candidateId", to_char(max(e.exit_on), 'YYYY-MM-DD') AS "lastPeriodEndedOn"
         FROM candidate c JOIN enrolment e ON e.candidate_id = c.id
         WHERE c.principal_id = $1 AND c.erased_at IS NULL AND extract(day FROM c.birth_date)::int <> ALL($4::int[])
           AND ($5::uuid[] IS NULL OR c.id = ANY($5::uuid[]))
         GROUP BY c.id
         HAVING bool_and(e.exit_on IS NOT NULL) AND max(e.exit_on) <= ($2::date - make_interval(years => $3))::date
         ORDER BY 2, 1`,
        [principalId, this.clock.today(), personRule.years, personRule.exemptBirthDays, among ? [...among] : null],
      );
    }
    let accessLogEntries = 0;
    if (accessRule) {
      const [{ n }]: Array<{ n: number }> = await em.query(
        `SELECT count(*)::int AS n FROM access_log_entry WHERE principal_id = $1 AND at < $2::timestamptz - make_interval(years => $3)`,
        [principalId, this.clock.now(), accessRule.years],
      );
      accessLogEntries = n;
    }
    return { people, accessLogEntries };
  }

  private async report(
    em: EntityManager,
    principalId: string,
    dryRun: boolean,
    trigger: RetentionTrigger,
    personRecords: number,
    accessLogEntries: number,
    ranById: string | null,
    candidateId: string | null = null,
    reason: string | null = null,
  ): Promise<RetentionReport> {
    const [row]: ReportRow[] = await em.query(
      `INSERT INTO retention_report AS x (principal_id, ran_at, dry_run, trigger, person_records, access_log_entries, ran_by_id, candidate_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${REPORT_COLUMNS}`,
      [principalId, this.clock.now(), dryRun, trigger, personRecords, accessLogEntries, ranById, candidateId, reason],
    );
    return toReport(row);
  }
}
