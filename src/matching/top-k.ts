/** The top-k heap the ranking keeps its best entries in. */

/** TopK.threshold() sentinels, beyond any key (tenths of a 0..100 score) yet small integers. */
const ANYTHING_ENTERS = -(2 ** 29);
export const NOTHING_ENTERS = 2 ** 29;

/** Score in tenths of a point, the unit ties are decided in. */
export function tenths(score: number): number {
  return Math.round(score * 10);
}

/**
 * Keeps the best `k` of a stream of entries (higher key first, then higher tie key, then lower index) in a binary
 * min-heap whose root is the worst kept entry. Keys are passed in; tie keys are computed only when keys are equal,
 * and an entry worse than the root is rejected with one comparison.
 */
export class TopK {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];
  constructor(
    private readonly k: number,
    private readonly tie: (i: number) => number,
  ) {}
  /** True when entry (ka, a) is ranked after (kb, b). */
  private worse(ka: number, a: number, kb: number, b: number): boolean {
    if (ka !== kb) return ka < kb;
    const ta = this.tie(a);
    const tb = this.tie(b);
    if (ta !== tb) return ta < tb;
    return a > b;
  }
  private swap(x: number, y: number): void {
    const h = this.items;
    const ks = this.keys;
    const hi = h[x];
    h[x] = h[y];
    h[y] = hi;
    const kk = ks[x];
    ks[x] = ks[y];
    ks[y] = kk;
  }
  offer(i: number, key: number): void {
    const h = this.items;
    const ks = this.keys;
    if (h.length < this.k) {
      h.push(i);
      ks.push(key);
      let at = h.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(ks[at], h[at], ks[parent], h[parent])) break;
        this.swap(at, parent);
        at = parent;
      }
      return;
    }
    if (this.k <= 0 || key < ks[0] || !this.worse(ks[0], h[0], key, i)) return;
    h[0] = i;
    ks[0] = key;
    let at = 0;
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < h.length && this.worse(ks[l], h[l], ks[worst], h[worst])) worst = l;
      if (r < h.length && this.worse(ks[r], h[r], ks[worst], h[worst])) worst = r;
      if (worst === at) break;
      this.swap(at, worst);
      at = worst;
    }
  }
  /**
   * The key an entry needs to exceed to be sure of entering: the worst kept key when full (an equal key may still
   * enter by the tie-break), below any key while not full, above any when nothing is kept (k <= 0).
   */
  threshold(): number {
    // small-integer sentinels (keys are tenths of 0..100), so the compiled callers only ever see small integers
    if (this.k <= 0) return NOTHING_ENTERS;
    return this.items.length < this.k ? ANYTHING_ENTERS : this.keys[0];
  }
  /** Kept entries, best first. */
  sorted(): number[] {
    const order = this.items.map((_, p) => p);
    order.sort((x, y) => {
      const [a, b, ka, kb] = [this.items[x], this.items[y], this.keys[x], this.keys[y]];
      return this.worse(ka, a, kb, b) ? 1 : this.worse(kb, b, ka, a) ? -1 : 0;
    });
    return order.map((p) => this.items[p]);
  }
}
