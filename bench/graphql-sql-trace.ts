/** The GraphQL benchmark server's SQL trace: the time of every statement its pg clients run, per statement. */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';

export interface SqlStatementStat {
  statement: string;
  count: number;
  totalMs: number;
  maxMs: number;
}

/** Times every statement the app's pg clients run (TypeORM calls client.query(text, values) and awaits it). */
export function traceSql(pgModule: typeof pg): { reset(): void; report(): SqlStatementStat[] } {
  const stats = new Map<string, SqlStatementStat>();
  const proto = pgModule.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function traced(this: unknown, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === 'string' ? config : (config as { text?: string } | null)?.text;
    const started = performance.now();
    const result = original.apply(this, args);
    if (text && result && typeof (result as Promise<unknown>).then === 'function') {
      const done = () => {
        const elapsed = performance.now() - started;
        const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
        const s = stats.get(key) ?? { statement: key, count: 0, totalMs: 0, maxMs: 0 };
        s.count++;
        s.totalMs += elapsed;
        s.maxMs = Math.max(s.maxMs, elapsed);
        stats.set(key, s);
      };
      (result as Promise<unknown>).then(done, done);
    }
    return result;
  };
  return {
    reset: () => stats.clear(),
    report: () => [...stats.values()].sort((a, b) => b.totalMs - a.totalMs),
  };
}
