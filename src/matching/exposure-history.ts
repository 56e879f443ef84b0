import { Injectable } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Role } from '../platform/auth/role.enum.js';
import { AppConfig } from '../platform/config/app-config.js';
import { Clock } from '../platform/context/clock.js';
import { Ctx } from '../platform/context/ctx.decorator.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { firstOfMonth, monthsOf, previousMonth, type PeriodMonth } from '../modules/statistics/period.js';
import { exposureReport } from './fairness.js';
import { ageBand } from './matching.service.js';
import { ExposureDimension } from './matching.types.js';

@ObjectType({ description: 'One month of the ranking’s exposure: who was put forward from the rankings, against who could have been' })
export class ExposureMonth {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field({ description: 'The month’s first day' })
  from: string;

  @Field({ description: 'The month’s last day, or today for the month under way' })
  to: string;

  @Field(() => Int, { description: 'Openings someone was put forward for in the month (shortlisted or proposed)' })
  lists: number;

  @Field(() => Int, { description: 'People put forward in the month, once per opening' })
  appearances: number;

  @Field(() => Int, { description: 'People with an enrolment period during the month: the population the shares are of' })
  population: number;

  @Field(() => [ExposureDimension], {
    description: 'Per dimension (age, newly arrived, Swedish level): each group’s share put forward against its share of the population',
  })
  dimensions: ExposureDimension[];
}

/** What the people of the population are grouped by; never ranking inputs (ranking.types.ts). */
interface GroupedPerson {
  id: string;
  birthDate: string;
  newlyArrived: boolean;
  swedishLevel: string;
}

/**
 * The ranking's exposure over time (docs/rules.md, "Fair and explainable ranking: watched over time"; the EU AI
 * Act's bias testing over time). A ranking is worked out afresh each time and not kept, so the history is read from
 * what the rankings led to and is stored: each person put forward for an opening (added to its shortlist, or
 * proposed as a placement), once per opening, in the month it first happened. Per month, those people are the
 * appearances and everyone with an enrolment period during the month (within the caller's principals) is the
 * population, grouped as the live report groups them: age at the month's last day, newly arrived and Swedish level
 * as recorded now. The disparity is the lowest group's ratio over the highest's; below 0.8 is the four-fifths rule's
 * warning sign. It returns no one's data.
 */
/** The longest history asked for at once: three years, as the statistics' longest period. */
const MAX_MONTHS = 36;

@Injectable()
export class ExposureHistoryService {
  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  months(ctx: RequestContext, count: number): Promise<ExposureMonth[]> {
    const today = this.clock.today();
    let first = firstOfMonth(today);
    for (let i = 1; i < count; i++) first = previousMonth(first);
    return this.between(ctx, first, today);
  }

  /** The months from the one `first` falls in to the one `last` falls in, the last counted up to `last`. */
  async between(ctx: RequestContext, first: string, last: string): Promise<ExposureMonth[]> {
    const months = monthsOf(first, last);
    const principals = [...ctx.actor.readablePrincipalIds];
    const starts = months.map((m) => m.from);
    const ends = months.map((m) => m.to);

    const enrolled: Array<{ i: number; id: string }> = await ctx.em.query(
      `SELECT DISTINCT m.i::int AS i, e.candidate_id::text AS id
         FROM enrolment e JOIN unnest($2::date[], $3::date[]) WITH ORDINALITY AS m(start_on, end_on, i)
           ON e.first_contact_on <= m.end_on AND (e.exit_on IS NULL OR e.exit_on >= m.start_on)
        WHERE e.principal_id = ANY($1::uuid[])`,
      [principals, starts, ends],
    );
    const forward: Array<{ month: string; openingId: string; id: string }> = await ctx.em.query(
      `SELECT to_char(MIN(x.on), 'YYYY-MM') AS month, x.opening_id::text AS "openingId", x.candidate_id::text AS id
         FROM (SELECT s.opening_id, s.candidate_id, (s.added_at AT TIME ZONE $4)::date AS on FROM shortlist_entry s WHERE s.principal_id = ANY($1::uuid[])
               UNION ALL
               SELECT p.opening_id, p.candidate_id, c.on FROM placement p JOIN placement_stage_change c ON c.placement_id = p.id
                WHERE p.principal_id = ANY($1::uuid[])) x
        GROUP BY x.opening_id, x.candidate_id
       HAVING MIN(x.on) BETWEEN $2::date AND $3::date`,
      [principals, months[0].from, last, this.config.TIME_ZONE],
    );
    const ids = [...new Set([...enrolled.map((e) => e.id), ...forward.map((f) => f.id)])];
    const people: GroupedPerson[] = await ctx.em.query(
      `SELECT id::text, birth_date::text AS "birthDate", newly_arrived AS "newlyArrived", swedish_level AS "swedishLevel" FROM candidate WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    return months.map((month, index) => this.month(month, enrolled, forward, byId, index + 1));
  }

  private month(
    month: PeriodMonth,
    enrolled: ReadonlyArray<{ i: number; id: string }>,
    forward: ReadonlyArray<{ month: string; openingId: string; id: string }>,
    byId: ReadonlyMap<string, GroupedPerson>,
    i: number,
  ): ExposureMonth {
    const population = enrolled.filter((e) => e.i === i).flatMap((e) => byId.get(e.id) ?? []);
    const lists = new Map<string, string[]>();
    for (const f of forward.filter((f) => f.month === month.month)) lists.set(f.openingId, [...(lists.get(f.openingId) ?? []), f.id]);
    const dimensions: Array<[string, (c: GroupedPerson) => string]> = [
      ['age', (c) => ageBand(c.birthDate, month.to)],
      ['newly arrived', (c) => (c.newlyArrived ? 'nyanländ' : 'ej nyanländ')],
      ['Swedish level', (c) => c.swedishLevel],
    ];
    const reports = dimensions.map(([dimension, groupOf]) => {
      const report = exposureReport([...lists.values()], population, (c) => c.id, groupOf, Number.POSITIVE_INFINITY);
      return { dimension, lists: report.lists, disparity: report.disparity, groups: report.groups, appearances: report.appearances };
    });
    return {
      month: month.month,
      from: month.from,
      to: month.to,
      lists: lists.size,
      appearances: reports[0]?.appearances ?? 0,
      population: population.length,
      dimensions: reports.map(({ dimension, lists: n, disparity, groups }) => ({ dimension, lists: n, disparity, groups })),
    };
  }
}

@Resolver()
export class ExposureHistoryResolver {
  constructor(private readonly history: ExposureHistoryService) {}

  @Allow(Role.MANAGER)
  @Query(() => [ExposureMonth], {
    description:
      'The ranking’s exposure per month, oldest first, up to this month: people put forward from rankings per group against their share of the enrolled',
  })
  rankingExposureHistory(
    @Ctx() ctx: RequestContext,
    @Args('months', { type: () => Int, defaultValue: 12, description: 'How many months, this one included (1 to 36)' }) months: number,
  ): Promise<ExposureMonth[]> {
    return this.history.months(ctx, Math.max(1, Math.min(months, MAX_MONTHS)));
  }
}
