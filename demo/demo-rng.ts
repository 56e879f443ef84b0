/**
 * A tiny deterministic pseudo-random number generator (mulberry32) for demo and test data.
 *
 * The same seed always yields the same sequence, on every platform, so generated demo data is reproducible.
 * Not suitable for anything security-related.
 */
export class DemoRng {
  private state: number;

  /**
   * @param seed - any finite number; it is truncated to an unsigned 32-bit integer.
   */
  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError(`DemoRng seed must be a finite number, got ${seed}`);
    this.state = Math.trunc(seed) >>> 0;
  }

  /** Next float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** `true` with probability `p` (0..1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new RangeError('DemoRng.pick: empty array');
    return arr[Math.floor(this.next() * arr.length)] as T;
  }

  /** One element chosen by relative weight (weights need not sum to 1; non-positive weights are never picked). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (total <= 0) throw new RangeError('DemoRng.weighted: no positive weight');
    let r = this.next() * total;
    for (const [value, w] of entries) {
      if (w <= 0) continue;
      r -= w;
      if (r < 0) return value;
    }
    // Floating-point edge: fall back to the last positive entry.
    return [...entries].reverse().find(([, w]) => w > 0)![0];
  }

  /** A shuffled copy of `arr` (Fisher–Yates); the input is not modified. */
  shuffle<T>(arr: readonly T[]): T[] {
    const out = [...arr];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `n` distinct elements (by position) of `arr` in random order; at most `arr.length`. */
  sample<T>(arr: readonly T[], n: number): T[] {
    return this.shuffle(arr).slice(0, Math.max(0, Math.min(n, arr.length)));
  }
}
