/**
 * The indicators of docs/rules.md, "Indicators the software must compute exactly", as pure functions over counts.
 * The statistics queries count; these functions turn counts into shares and estimates, so that the seeds' figures
 * (34 % for Trelleborg 2019, 23 % for Svedala) are reproduced by a table-driven spec rather than by a database.
 */

/** A share kept exact: the two counts, the fraction, and the fraction in whole percent. */
export interface Share {
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when the denominator is 0 (no share, rather than 0 % or a division by zero). */
  fraction: number | null;
  /** The fraction in whole percent, rounded half up ({@link wholePercent}); null when the denominator is 0. */
  percent: number | null;
}

/**
 * The exact share `numerator / denominator` in whole percent, rounded half up: 422 / 1,245 = 33.90 % -> 34 %,
 * 1 / 8 = 12.5 % -> 13 %. Kolada and the seeds publish whole percent. Computed in integers, floor((200n + d) / 2d),
 * so a share that is exactly half a percent is never pushed the wrong way by floating point.
 */
export function wholePercent(numerator: number, denominator: number): number | null {
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  if (denominator === 0) return null;
  return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

export function share(numerator: number, denominator: number): Share {
  const percent = wholePercent(numerator, denominator);
  return { numerator, denominator, fraction: denominator === 0 ? null : numerator / denominator, percent };
}

/** Exits in a period, by where they count (`exitOutcome` in exit-rules.ts). */
export interface OutcomeCounts {
  work: number;
  studies: number;
  other: number;
  /** Exits to work whose one-month check is not settled yet. */
  workPending: number;
}

/** Exits whose outcome is known: every exit but the pending exits to work. */
export function settledExits(c: OutcomeCounts): number {
  return c.work + c.studies + c.other;
}

/**
 * Exit to work or studies, share of enrolled: (exits to work + exits to studies in the period) / (people enrolled
 * in the period). Seeds: 422 / 1,245 = 34 % (Trelleborg 2019), 55 / 235 = 23 % (Svedala 2019). A pending exit to
 * work is not (yet) an exit to work, so it is not in the numerator; the person is enrolled in the period all the same.
 */
export function shareOfEnrolled(c: OutcomeCounts, enrolled: number): Share {
  return share(c.work + c.studies, enrolled);
}

/**
 * Share of exits that went to work or studies, Kolada's definition: exits to work or studies / all exits in the
 * period (Trelleborg 62 %, Svedala 42 % in 2019). An exit to work whose month has not passed is in neither the
 * numerator nor the denominator: its outcome is not known yet (it becomes work if the job lasts a month, another
 * exit if it does not), and counting it either way would move the share before the fact. Such exits are reported
 * separately (`workPending`) and join the share once the one-month check settles them.
 */
export function shareOfExits(c: OutcomeCounts): Share {
  return share(c.work + c.studies, settledExits(c));
}

/** A principal's economic-effect parameters (docs/rules.md: estimates, parameters per municipality), in kronor. */
export interface EconomicParameterValues {
  /** Aid (försörjningsstöd) no longer paid per month per person who leaves for work or studies; seeds ~8,000 kr. */
  aidPerPersonMonth: number;
  /** Municipal tax gained per month per person who leaves for work; seeds ~7,500 kr. */
  taxPerWorkExitMonth: number;
  /** The programme's cost per enrolled person (seeds: 27,027 kr Trelleborg, 28,915 kr Svedala); optional. */
  costPerEnrolled: number | null;
}

/** The economic-effect estimates of a set of people, in kronor. */
export interface EconomicEstimate {
  /** (exits to work + exits to studies) x aid per person and month: 25 leavers x 8,000 kr = 200,000 kr a month. */
  aidReducedPerMonth: number;
  /** exits to work x tax per exit to work and month: 20 leavers to work x 7,500 kr = 150,000 kr a month. */
  taxIncreasePerMonth: number;
  /** enrolled x cost per enrolled; null when the principal has set no cost. */
  programmeCost: number | null;
}

/**
 * The estimates for one principal's people. Amounts are reckoned in whole öre (the parameters have two decimals),
 * so 3 x 0.10 kr is 0.30 kr, not 0.30000000000000004.
 */
export function economicEstimate(c: Pick<OutcomeCounts, 'work' | 'studies'> & { enrolled: number }, p: EconomicParameterValues): EconomicEstimate {
  const times = (count: number, kronor: number) => (count * Math.round(kronor * 100)) / 100;
  return {
    aidReducedPerMonth: times(c.work + c.studies, p.aidPerPersonMonth),
    taxIncreasePerMonth: times(c.work, p.taxPerWorkExitMonth),
    programmeCost: p.costPerEnrolled === null ? null : times(c.enrolled, p.costPerEnrolled),
  };
}

/**
 * The estimate of a group that spans principals: the sum of each principal's own estimate (each with its own
 * parameters). Null when any principal in the group has no parameters (an estimate that silently left out one
 * municipality's people would look complete and be too low); the programme cost is null when any principal has no cost.
 */
export function sumEstimates(parts: ReadonlyArray<EconomicEstimate | null>): EconomicEstimate | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const sum = (pick: (e: EconomicEstimate) => number) => parts.reduce((n, e) => n + Math.round(pick(e as EconomicEstimate) * 100), 0) / 100;
  return {
    aidReducedPerMonth: sum((e) => e.aidReducedPerMonth),
    taxIncreasePerMonth: sum((e) => e.taxIncreasePerMonth),
    programmeCost: parts.some((e) => (e as EconomicEstimate).programmeCost === null) ? null : sum((e) => e.programmeCost as number),
  };
}

function assertCount(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0`);
}
