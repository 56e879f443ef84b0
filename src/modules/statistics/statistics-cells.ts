/**
 * From the summary cells (migration StatisticsCells: every period's dated events, counted per day or month, and
 * pairs of a person's consecutive periods) to the statistics query's lines. The SQL only adds cells up per group,
 * principal and segment of the period; everything a figure means is here, pure, and table-tested
 * (statistics-cells.spec.ts) apart from the SQL.
 *
 * A *segment* is where a day falls against the period: 0 before it, 1..`months` its months (clipped to the period
 * and to the as-of day), above `months` after the as-of day.
 */
import { ExitReason } from '../../candidates/candidate.enums.js';
import { addDays } from '../../platform/context/clock.js';
import { ExitOutcome, WorkCheck } from './exit-outcome.enums.js';
import { exitOutcome } from './exit-rules.js';
import { firstOfMonth, type PeriodMonth } from './period.js';
import { REASONS, type FigureLine, type HistogramLine, type RepeatedMonthLine, type RepeatedPeopleLine, type StatisticsLines } from './statistics-assembly.js';

/** The cells of one measure, group, principal, value and segment(s), added up. */
export interface CellSum {
  k: string | null;
  p: string;
  measure: string;
  value: number;
  sx: number;
  /** The segment of a pair's second day; null for single events. */
  sy: number | null;
  n: number;
}

/** The days that split a period into segments, and the months whose cells must be read per day. */
export interface Segments {
  /** Ascending: the period's first day, the first day of each later month up to the as-of day, the day after it. */
  bounds: string[];
  /** The months (their first days) that a bound cuts; elsewhere a month's cell stands for all its days. */
  edgeMonths: string[];
  /** How many of the period's months have begun by the as-of day (the segments 1..months). */
  months: number;
}

export function segmentsOf(from: string, asOf: string, months: readonly PeriodMonth[]): Segments {
  const begun = months.filter((m) => m.from <= asOf);
  const end = addDays(asOf, 1);
  return {
    bounds: [...begun.map((m) => m.from), end],
    edgeMonths: [...new Set([firstOfMonth(from), firstOfMonth(end)])],
    months: begun.length,
  };
}

/** The grouping a pair measure is within: ALL, or the grouping of the rows (SECTOR, TEAM, SECRETARY). */
const ALL = 'ALL';

interface Figures {
  line: FigureLine;
  firstContactsUpTo: number;
  exitsBefore: number;
  exitsUpTo: number;
  plan: number;
  overdue: number;
}

/**
 * The lines StatisticsService's assembly takes (statistics-assembly.ts), from the cells of one query. `dim` is
 * the grouping's pair suffix (SECTOR, TEAM, SECRETARY), or ALL when the groups are the principals.
 *
 * For each group and principal, with segments as above:
 * - periods overlapping the period: first contacts up to its end, less exits before it;
 * - newly enrolled: first contacts in it; exits: exits in it, by reason and by outcome (`exitOutcome`);
 * - open at the end: first contacts less exits up to its end; with a plan and overdue: the `_from` events less the
 *   `_until` events up to its end (the days each is true are [from, until));
 * - per month i: periods overlapping it are first contacts up to i less exits before i;
 * - people counted twice: pairs with both days inside the period (or inside month i).
 */
export function linesFromCells(cells: readonly CellSum[], months: number, dim: string): StatisticsLines {
  const inPeriod = (s: number) => s >= 1 && s <= months;
  const upToEnd = (s: number) => s <= months;
  const figures = new Map<string, Figures>();
  const figureOf = (k: string | null, p: string): Figures =>
    entry(figures, `${k ?? ''}|${p}`, () => ({
      line: { k, p, periods: 0, newly: 0, work: 0, studies: 0, other: 0, pending: 0, reasons: REASONS.map(() => 0), open_at_end: 0, with_plan: 0, overdue: 0 },
      firstContactsUpTo: 0,
      exitsBefore: 0,
      exitsUpTo: 0,
      plan: 0,
      overdue: 0,
    }));
  // per group, per segment 0..months: first contacts, exits, exits to work or studies
  const series = new Map<string, { k: string | null; starts: number[]; exits: number[]; ws: number[] }>();
  const zeros = () => new Array<number>(months + 1).fill(0);
  const seriesOf = (k: string | null) => entry(series, k ?? '', () => ({ k, starts: zeros(), exits: zeros(), ws: zeros() }));
  const days = new Map<string, HistogramLine>();
  const again = new Map<string, RepeatedPeopleLine>();
  const againMonths = new Map<string, RepeatedMonthLine>();
  const addAgain = (k: string | null, p: string | null, g: RepeatedPeopleLine['g'], field: 'enrolled' | 'newly', n: number) => {
    entry(again, `${g}|${k ?? ''}|${p ?? ''}`, () => ({ k, p, g, enrolled: 0, newly: 0 }))[field] += n;
  };
  const addAgainMonth = (k: string | null, g: RepeatedMonthLine['g'], bucket: number, field: 'enrolled' | 'newly', n: number) => {
    entry(againMonths, `${g}|${k ?? ''}|${bucket}`, () => ({ k, g, bucket, enrolled: 0, newly: 0 }))[field] += n;
  };

  for (const c of cells) {
    const [kind, detail, check] = c.measure.split(':');
    if (c.sy !== null) {
      // a pair: within the period when both its days are, within month i when both are in i
      const field = kind === 'again' ? 'enrolled' : 'newly';
      const both = inPeriod(c.sx) && inPeriod(c.sy);
      const sameMonth = both && c.sx === c.sy;
      if (detail === ALL) {
        if (both) addAgain(null, null, 3, field, c.n);
        if (sameMonth) addAgainMonth(null, 1, c.sx, field, c.n);
        if (dim === ALL) {
          if (both) addAgain(c.p, c.p, 0, field, c.n);
          if (sameMonth) addAgainMonth(c.p, 0, c.sx, field, c.n);
        } else if (both) addAgain(null, c.p, 2, field, c.n);
      } else if (detail === dim) {
        if (both) {
          addAgain(c.k, c.p, 0, field, c.n);
          addAgain(c.k, null, 1, field, c.n);
        }
        if (sameMonth) addAgainMonth(c.k, 0, c.sx, field, c.n);
      }
      continue;
    }
    const f = figureOf(c.k, c.p);
    const s = seriesOf(c.k);
    switch (kind) {
      case 'first_contact':
        if (upToEnd(c.sx)) {
          f.firstContactsUpTo += c.n;
          s.starts[c.sx] += c.n;
        }
        if (inPeriod(c.sx)) f.line.newly += c.n;
        break;
      case 'exit': {
        if (c.sx === 0) f.exitsBefore += c.n;
        if (upToEnd(c.sx)) {
          f.exitsUpTo += c.n;
          s.exits[c.sx] += c.n;
        }
        if (!inPeriod(c.sx)) break;
        const outcome = exitOutcome(detail as ExitReason, (check || null) as WorkCheck | null);
        f.line[OUTCOME_FIELD[outcome]] += c.n;
        f.line.reasons[REASONS.indexOf(detail as ExitReason)] += c.n;
        if (outcome === ExitOutcome.WORK || outcome === ExitOutcome.STUDIES) s.ws[c.sx] += c.n;
        break;
      }
      case 'plan_from':
      case 'plan_until':
        if (upToEnd(c.sx)) f.plan += kind === 'plan_from' ? c.n : -c.n;
        break;
      case 'overdue_from':
      case 'overdue_until':
        if (upToEnd(c.sx)) f.overdue += kind === 'overdue_from' ? c.n : -c.n;
        break;
      case 'days_to_plan':
      case 'days_to_sector': {
        if (!inPeriod(c.sx)) break;
        const bar = entry(days, `${c.k ?? ''}|${kind}|${c.value}`, () => ({
          k: c.k, g: 1 as const, plan_days: kind === 'days_to_plan' ? c.value : null, sector_days: kind === 'days_to_sector' ? c.value : null,
          span_from: null, span_to: null, n: 0, newly: 0, exited: 0, ws: 0,
        }));
        bar.n += c.n;
        break;
      }
    }
  }

  const figureLines: FigureLine[] = [];
  for (const f of figures.values()) {
    f.line.periods = f.firstContactsUpTo - f.exitsBefore;
    f.line.open_at_end = f.firstContactsUpTo - f.exitsUpTo;
    f.line.with_plan = f.plan;
    f.line.overdue = f.overdue;
    if (f.line.periods > 0) figureLines.push(f.line);
  }
  const monthBars: HistogramLine[] = [];
  for (const s of series.values()) {
    let open = s.starts[0] - s.exits[0];
    for (let i = 1; i <= months; i++) {
      open += s.starts[i];
      if (open > 0 || s.exits[i] > 0) {
        monthBars.push({ k: s.k, g: 0, plan_days: null, sector_days: null, span_from: i, span_to: i, n: open, newly: s.starts[i], exited: s.exits[i], ws: s.ws[i] });
      }
      open -= s.exits[i];
    }
  }
  const nonZero = <L extends { enrolled: number; newly: number }>(lines: Iterable<L>) => [...lines].filter((l) => l.enrolled > 0 || l.newly > 0);
  return {
    figures: figureLines,
    histograms: [...days.values(), ...monthBars],
    repeatedPeople: nonZero(again.values()),
    repeatedMonths: nonZero(againMonths.values()),
  };
}

/** The map's entry for `key`, made by `make` the first time it is asked for. */
function entry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const OUTCOME_FIELD: Record<ExitOutcome, 'work' | 'studies' | 'other' | 'pending'> = {
  [ExitOutcome.WORK]: 'work',
  [ExitOutcome.STUDIES]: 'studies',
  [ExitOutcome.OTHER]: 'other',
  [ExitOutcome.WORK_PENDING]: 'pending',
};
