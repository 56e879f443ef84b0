/**
 * From the statistics query's lines to the rows the API returns: sums over groups and principals, medians and
 * shares from histograms, the monthly series from month spans, and the economic estimates. Pure, so the
 * arithmetic is table-tested (statistics-assembly.spec.ts) apart from the SQL that counts.
 */
import { ExitReason } from '../../candidates/candidate.enums.js';
import { PLAN_WITHIN_WORKING_DAYS, SECTOR_WITHIN_WORKING_DAYS } from '../../candidates/path-deadlines.js';
import { economicEstimate, share, shareOfEnrolled, shareOfExits, sumEstimates, type EconomicParameterValues } from './indicators.js';
import type { PeriodMonth } from './period.js';
import type { MonthlyFigures, StatisticsRow, WorkingDaysSummary } from './statistics.types.js';

export const REASONS: readonly ExitReason[] = Object.values(ExitReason);

/** Additive counts of the enrolment periods of one group and principal (`k` null: the group of periods without one). */
export interface FigureLine {
  k: string | null;
  p: string;
  /** Enrolment periods; a person with two counts twice ({@link RepeatedPeopleLine} corrects). */
  periods: number;
  /** Of them, first contacted in the period. */
  newly: number;
  work: number;
  studies: number;
  other: number;
  pending: number;
  /** Exits per reason, in the order of {@link REASONS}. */
  reasons: number[];
  open_at_end: number;
  with_plan: number;
  overdue: number;
}

/**
 * Periods that are the same person again, for people with more than one period in the period: per group and
 * principal (`g` 0), group (1), principal (2) or in all (3). Distinct people = periods less `enrolled`; distinct
 * people first contacted in the period = first contacts less `newly`.
 */
export interface RepeatedPeopleLine {
  k: string | null;
  p: string | null;
  g: 0 | 1 | 2 | 3;
  enrolled: number;
  newly: number;
}

/**
 * A histogram bar of one group. `g` 1: the periods whose plan was established (`plan_days` working days after the
 * first contact) and sector chosen (`sector_days`) in the period, either null when it was not. `g` 0: the periods
 * spanning months `span_from` to `span_to` (1-based indexes into the period's months); of them `newly` first
 * contacted in `span_from`, `exited` in `span_to`, `ws` exits to work or studies.
 */
export interface HistogramLine {
  k: string | null;
  g: 0 | 1;
  plan_days: number | null;
  sector_days: number | null;
  span_from: number | null;
  span_to: number | null;
  n: number;
  newly: number;
  exited: number;
  ws: number;
}

/**
 * The same per month: a person with two periods in one month (exited and enrolled again) is counted twice by the
 * month spans. Per group (`g` 0) and in all (`g` 1), per month index.
 */
export interface RepeatedMonthLine {
  k: string | null;
  g: 0 | 1;
  bucket: number;
  enrolled: number;
  newly: number;
}

export interface StatisticsLines {
  figures: FigureLine[];
  histograms: HistogramLine[];
  repeatedPeople: RepeatedPeopleLine[];
  repeatedMonths: RepeatedMonthLine[];
}

/** A group's lines: its figures per principal, its histogram bars and the corrections for people counted twice. */
interface GroupLines {
  figures: FigureLine[];
  /** The group's (or the total's) own correction. */
  repeated: RepeatedPeopleLine | undefined;
  /** The corrections per principal, for the programme cost of each principal's part. */
  repeatedPerPrincipal: RepeatedPeopleLine[];
  histograms: HistogramLine[];
  repeatedMonths: RepeatedMonthLine[];
}

/** Lines by their group key ('' for the group of periods without one). */
function byGroup<L extends { k: string | null }>(lines: readonly L[]): Map<string, L[]> {
  const map = new Map<string, L[]>();
  for (const line of lines) {
    const key = line.k ?? '';
    const list = map.get(key);
    if (list) list.push(line);
    else map.set(key, [line]);
  }
  return map;
}

/**
 * The rows: one per group (in no order; the caller names and sorts them) and the total. `perPrincipalGroups` is true
 * when the groups are the principals themselves (then the per-group corrections are the (k, p) ones).
 */
export function assembleRows(
  lines: StatisticsLines,
  months: readonly PeriodMonth[],
  parameters: ReadonlyMap<string, EconomicParameterValues>,
  perPrincipalGroups: boolean,
): { groups: Array<Omit<StatisticsRow, 'label'>>; total: Omit<StatisticsRow, 'label'> } {
  const groupLevel = perPrincipalGroups ? 0 : 1;
  const principalLevel = perPrincipalGroups ? 0 : 2;
  // the lines by group, so that many groups (secretaries) cost one pass, not one pass each
  const figures = byGroup(lines.figures);
  const histograms = byGroup(lines.histograms);
  const repeatedPeople = byGroup(lines.repeatedPeople);
  const repeatedMonths = byGroup(lines.repeatedMonths.filter((r) => r.g === 0));
  const groups = [...figures.keys()].map((key) =>
    toRow(
      {
        figures: figures.get(key) ?? [],
        repeated: repeatedPeople.get(key)?.find((l) => l.g === groupLevel),
        repeatedPerPrincipal: (repeatedPeople.get(key) ?? []).filter((l) => l.g === 0),
        histograms: histograms.get(key) ?? [],
        repeatedMonths: repeatedMonths.get(key) ?? [],
      },
      key === '' ? null : key,
      false,
      months,
      parameters,
    ),
  );
  const total = toRow(
    {
      figures: lines.figures,
      repeated: lines.repeatedPeople.find((l) => l.g === 3),
      repeatedPerPrincipal: lines.repeatedPeople.filter((l) => l.g === principalLevel),
      histograms: lines.histograms,
      repeatedMonths: lines.repeatedMonths.filter((r) => r.g === 1),
    },
    null,
    true,
    months,
    parameters,
  );
  return { groups, total };
}

function toRow(
  lines: GroupLines,
  key: string | null,
  total: boolean,
  months: readonly PeriodMonth[],
  parameters: ReadonlyMap<string, EconomicParameterValues>,
): Omit<StatisticsRow, 'label'> {
  const sum = (pick: (f: FigureLine) => number, figures = lines.figures) => figures.reduce((n, f) => n + pick(f), 0);
  const outcomes = { work: sum((f) => f.work), studies: sum((f) => f.studies), other: sum((f) => f.other), workPending: sum((f) => f.pending) };
  const enrolled = sum((f) => f.periods) - (lines.repeated?.enrolled ?? 0);
  const openAtEnd = sum((f) => f.open_at_end);
  const days = lines.histograms.filter((h) => h.g === 1);
  return {
    key,
    total,
    enrolled,
    newlyEnrolled: sum((f) => f.newly) - (lines.repeated?.newly ?? 0),
    exits: outcomes.work + outcomes.studies + outcomes.other + outcomes.workPending,
    exitsByReason: REASONS.map((reason, i) => ({ reason, count: sum((f) => f.reasons[i]) })),
    exitsByOutcome: { ...outcomes, settled: outcomes.work + outcomes.studies + outcomes.other },
    shareOfEnrolled: shareOfEnrolled(outcomes, enrolled),
    shareOfExits: shareOfExits(outcomes),
    openAtEnd,
    currentPlan: share(sum((f) => f.with_plan), openAtEnd),
    workingDaysToPlan: workingDaysSummary(days.map((h) => ({ v: h.plan_days, n: h.n })), PLAN_WITHIN_WORKING_DAYS),
    workingDaysToSector: workingDaysSummary(days.map((h) => ({ v: h.sector_days, n: h.n })), SECTOR_WITHIN_WORKING_DAYS),
    overdueFollowUps: sum((f) => f.overdue),
    monthly: monthlySeries(months, lines.histograms, lines.repeatedMonths),
    economy: sumEstimates(
      [...new Set(lines.figures.map((f) => f.p))].map((p) => {
        const values = parameters.get(p);
        if (!values) return null;
        const mine = lines.figures.filter((f) => f.p === p);
        const people = sum((f) => f.periods, mine) - (lines.repeatedPerPrincipal.find((l) => l.p === p)?.enrolled ?? 0);
        return economicEstimate({ work: sum((f) => f.work, mine), studies: sum((f) => f.studies, mine), enrolled: people }, values);
      }),
    ),
  };
}

/**
 * Median, mean and share within the target from a histogram of working days (bars may repeat a value: they are
 * summed). The median of an even count is the mean of the two middle values, as PostgreSQL's percentile_cont(0.5).
 */
export function workingDaysSummary(bars: ReadonlyArray<{ v: number | null; n: number }>, target: number): WorkingDaysSummary {
  const counts = new Map<number, number>();
  for (const { v, n } of bars) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + n);
  const values = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  const count = values.reduce((n, [, c]) => n + c, 0);
  const within = values.filter(([v]) => v <= target).reduce((n, [, c]) => n + c, 0);
  /** The value at 1-based position `i` of the sorted values. */
  const at = (i: number) => {
    let seen = 0;
    for (const [v, c] of values) {
      seen += c;
      if (seen >= i) return v;
    }
    return values[values.length - 1][0];
  };
  const median = count === 0 ? null : count % 2 === 1 ? at((count + 1) / 2) : (at(count / 2) + at(count / 2 + 1)) / 2;
  const mean = count === 0 ? null : values.reduce((n, [v, c]) => n + v * c, 0) / count;
  return { count, median, mean, targetWorkingDays: target, withinTarget: share(within, count) };
}

/**
 * The monthly series from the month spans: enrolled in a month = periods whose span covers it, less people counted
 * twice there ({@link RepeatedMonthLine}); newly enrolled = periods first contacted in the month (their span begins
 * there), less people counted twice; exits and exits to work or studies in the month their span ends.
 */
export function monthlySeries(months: readonly PeriodMonth[], bars: readonly HistogramLine[], repeated: readonly RepeatedMonthLine[]): MonthlyFigures[] {
  // per month index (1-based): the change in open spans where spans begin and end, and what begins and ends there
  const size = months.length + 2;
  const [opening, newly, exited, ws, twice, twiceNewly] = Array.from({ length: 6 }, () => new Array<number>(size).fill(0));
  for (const h of bars) {
    if (h.g !== 0 || h.span_from === null || h.span_to === null) continue;
    opening[h.span_from] += h.n;
    opening[h.span_to + 1] -= h.n;
    newly[h.span_from] += h.newly;
    exited[h.span_to] += h.exited;
    ws[h.span_to] += h.ws;
  }
  for (const r of repeated) {
    twice[r.bucket] += r.enrolled;
    twiceNewly[r.bucket] += r.newly;
  }
  let open = 0;
  return months.map((m, i) => {
    const bucket = i + 1;
    open += opening[bucket];
    return {
      month: m.month,
      from: m.from,
      to: m.to,
      enrolled: open - twice[bucket],
      newlyEnrolled: newly[bucket] - twiceNewly[bucket],
      exited: exited[bucket],
      exitsToWorkOrStudies: ws[bucket],
    };
  });
}
