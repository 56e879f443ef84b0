/**
 * The planning view's arithmetic: calendar quarters (by the meeting's local date in TIME_ZONE) and the quarterly
 * target per municipality (docs/domain.md: "a couple per quarter arranged in Svedala"; MEETING_TARGETS_PER_QUARTER).
 */

/** The quarter of a calendar date (YYYY-MM-DD). */
export function quarterOf(isoDate: string): { year: number; quarter: number } {
  return { year: Number(isoDate.slice(0, 4)), quarter: Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1 };
}

/** The first and last day of a quarter, inclusive. */
export function quarterDates(year: number, quarter: number): { from: string; to: string } {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`quarter ${quarter}`);
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/**
 * MEETING_TARGETS_PER_QUARTER (`<JobTech municipality concept id>=<meetings>`, comma separated, validated at boot)
 * by municipality concept id; a municipality not listed has no target (0).
 */
export function parseMeetingTargets(value: string): Map<string, number> {
  const targets = new Map<string, number>();
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [id, count] = part.split('=');
    targets.set(id.trim(), Number(count));
  }
  return targets;
}

/**
 * Where a municipality stands in a quarter: how many more meetings must be planned to reach the target (planned
 * ones count, as they are on their way), and whether the target is already met by meetings held.
 */
export function quarterProgress(target: number, held: number, planned: number): { missing: number; met: boolean; onTrack: boolean } {
  return { missing: Math.max(0, target - held - planned), met: held >= target, onTrack: held + planned >= target };
}
