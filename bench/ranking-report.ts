/** The ranking benchmark's report: how figures are written, the GraphQL section, and the targets next to the figures. */
import { availableParallelism, loadavg } from 'node:os';
import type { GraphqlBench } from './graphql.js';
import type { Quality } from './metrics.js';
import type { SizeResult } from './ranking-measure.js';
import { QUALITY_TARGET } from './recruiter-quality.js';

const TARGET = { p95At100k: 10, p95At1M: 60, speedupVsSql: 3, graphqlP95At100k: 30 };

/** The machine's load, printed next to the timings: other processes on a 2-core machine move every latency figure. */
export const load = () => `load average ${loadavg().map((v) => v.toFixed(2)).join(' / ')} (1 / 5 / 15 min) on ${availableParallelism()} cores`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const ms = (v: number) => `${v.toFixed(2)} ms`;
export const f3 = (v: number) => v.toFixed(3);
export const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

/** 4. rankCandidatesForOpening through GraphQL at each size, beside the in-process figures, and where a request's time goes. */
export function reportGraphql(graphql: GraphqlBench | null, results: SizeResult[], latencyOpenings: number, warmup: number): void {
  console.log('');
  console.log(
    `4. Through GraphQL: rankCandidatesForOpening(openingId, limit: 50) as recruiter1 over HTTP (fetch, keep-alive), ` +
      `${latencyOpenings} distinct openings after ${warmup} warm-up`,
  );
  if (!graphql) {
    line('through GraphQL', 'not measured (set DATABASE_URL)');
  } else {
    console.log(
      `   the real app (NODE_ENV=production, LOG_LEVEL=warn) in a child process on the throwaway database ${graphql.databaseName}; ` +
        `booted first in ${ms(graphql.firstBootMs)} (migrations, taxonomy, demo)`,
    );
    console.log(
      `   candidates inserted by SQL in Trelleborg with an open period; the pool also holds the demo's ${graphql.demoOpen} open periods; ` +
        'a fresh server per size, so "cold" is its first query (loads and prepares the pool)',
    );
    console.log('');
    console.log(
      `  ${'size'.padEnd(10)} ${'considered'.padEnd(11)} ${'cold'.padEnd(11)} ${'p50'.padEnd(10)} ${'p95'.padEnd(10)} ` +
        `${'in-process p50/p95'.padEnd(20)} server memory after boot -> warm (forced GC): rss, heapUsed, arrayBuffers`,
    );
    for (const r of results) {
      const g = r.graphql;
      if (!g) {
        console.log(`  ${String(r.size).padEnd(10)} not measured (1M through GraphQL is off: BENCH_GRAPHQL_1M=1 turns it on; needs >= 16 GB)`);
        continue;
      }
      console.log(
        `  ${String(r.size).padEnd(10)} ${String(g.considered).padEnd(11)} ${ms(g.coldMs).padEnd(11)} ${ms(g.p50).padEnd(10)} ${ms(g.p95).padEnd(10)} ` +
          `${`${ms(r.ranker.p50)} / ${ms(r.ranker.p95)}`.padEnd(20)} ` +
          `${mb(g.idle.rss)}, ${mb(g.idle.heapUsed)}, ${mb(g.idle.arrayBuffers)} -> ${mb(g.warm.rss)}, ${mb(g.warm.heapUsed)}, ${mb(g.warm.arrayBuffers)}`,
      );
    }
    for (const r of results) {
      if (r.graphql) line(`excluded by hard requirements at ${r.size}`, `${(r.graphql.excludedShare * 100).toFixed(1)} % on average (of those considered)`);
    }
    console.log(
      '  where a measured request spends its time (means per request; the server times each request from arrival to the ' +
        'last byte sent, and every SQL statement its pg clients run; heaviest 5 statements):',
    );
    for (const r of results) {
      const g = r.graphql;
      if (!g) continue;
      const sqlPerRequest = g.sql.reduce((sum, s) => sum + s.totalMs, 0) / g.n;
      const clientMean = g.times.reduce((a, b) => a + b, 0) / g.n;
      console.log(
        `  [${r.size}] client ${ms(clientMean)} (p50 ${ms(g.p50)}); in the server ${ms(g.server.mean)} (p50 ${ms(g.server.p50)}, ` +
          `p95 ${ms(g.server.p95)}), of which SQL ${ms(sqlPerRequest)} and the rest Node (auth, GraphQL, ranking, JSON); ` +
          `response ${(g.responseBytes / 1024).toFixed(0)} kB`,
      );
      for (const s of g.sql.slice(0, 5)) {
        console.log(`      ${ms(s.totalMs / g.n).padStart(9)}  (${(s.count / g.n).toFixed(1)}x, max ${ms(s.maxMs)})  ${s.statement}`);
      }
    }
  }
}

/** 5. The targets next to the figures, after the machine's load once more. */
export function reportTargets(
  recruiter: Array<{ mode: string; engine: number; bestBaseline: number }>,
  results: SizeResult[],
  quality: { rows: Array<[string, Quality | null]> },
): void {
  console.log('');
  console.log(`after the timings: ${load()}; figures taken while other processes were busy are not comparable`);
  console.log('');
  console.log('5. Targets next to the figures');
  const at = (size: number) => results.find((r) => r.size === size)!;
  const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  for (const r of recruiter) {
    line(
      `NDCG@10 >= ${QUALITY_TARGET}, above the best baseline`,
      `${f3(r.engine)} vs ${f3(r.bestBaseline)} (report half, ${r.mode.replace(/ \(.*/, '')})  ${verdict(r.engine >= QUALITY_TARGET && r.engine > r.bestBaseline)}`,
    );
  }
  line(`100k p95 <= ${TARGET.p95At100k} ms in process`, `${ms(at(100_000).ranker.p95)}  ${verdict(at(100_000).ranker.p95 <= TARGET.p95At100k)}`);
  line(`1M p95 <= ${TARGET.p95At1M} ms in process`, `${ms(at(1_000_000).ranker.p95)}  ${verdict(at(1_000_000).ranker.p95 <= TARGET.p95At1M)}`);
  const rankerQ = quality.rows[0][1]!;
  const sqlQ = quality.rows[2][1];
  const speedup = at(100_000).speedup;
  if (sqlQ && speedup) {
    const ok = speedup.p95 >= TARGET.speedupVsSql && rankerQ.ndcg10 >= sqlQ.ndcg10;
    line(
      `>= ${TARGET.speedupVsSql}x faster than SQL at equal/better NDCG`,
      `${speedup.p95.toFixed(2)}x at 100k p95 (90 % interval ${speedup.low.toFixed(2)}-${speedup.high.toFixed(2)}x); ` +
        `NDCG@10 ${f3(rankerQ.ndcg10)} vs ${f3(sqlQ.ndcg10)} (10k)  ${verdict(ok)}`,
    );
  } else line(`>= ${TARGET.speedupVsSql}x faster than SQL at equal/better NDCG`, 'not measured (set DATABASE_URL)');
  const g100 = at(100_000).graphql;
  line(
    `100k p95 <= ${TARGET.graphqlP95At100k} ms through GraphQL`,
    g100 ? `${ms(g100.p95)}  ${verdict(g100.p95 <= TARGET.graphqlP95At100k)}` : 'not measured (set DATABASE_URL)',
  );
}
