/**
 * Where a V8 CPU profile's time went, without a browser: `node dist/bench/cpu-profile.js <file.cpuprofile> [top]`.
 * Prints the self time by package (node_modules/<name>, Brygga's own src/..., node: internals), the functions with
 * the most self time, and the functions with the most inclusive time (on the stack, themselves or what they called),
 * each as a share of the samples. Used with `BENCH_API_CPU_PROF` (bench/api.ts).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** The package a script belongs to: its node_modules package, Brygga's top folder, or Node's own. */
export function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node: internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 6).split('/').slice(0, 3).join('/') : url;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile <file.cpuprofile> [top]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = profile.samples.length;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const id of profile.samples) {
    const node = byId.get(id) as ProfileNode;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') {
      byPackage.set(functionName, (byPackage.get(functionName) ?? 0) + 1);
      continue;
    }
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + 1);
    const name = `${functionName || '(anonymous)'} ${pkg}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
  }
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const id of profile.samples) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = (byId.get(at) as ProfileNode).callFrame;
      if (!url) continue;
      seen.add(`${functionName || '(anonymous)'} ${packageOf(url)}:${lineNumber + 1}`);
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  }
  const share = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
  console.log(`${total} samples`);
  console.log('\nself time by package');
  for (const [name, n] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${share(n)}  ${name}`);
  console.log('\nfunctions with the most self time');
  for (const [name, n] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 40))) console.log(`  ${share(n)}  ${name}`);
  console.log('\nfunctions with the most inclusive time');
  for (const [name, n] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 40))) console.log(`  ${share(n)}  ${name}`);
}

main();
