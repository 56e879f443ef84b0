/**
 * The real app in a process of its own, as `npm start` runs it in production, for the benchmarks that speak to it
 * over HTTP: its work never shares an event loop with the benchmark's own. On a throwaway database on DATABASE_URL's
 * server, or on the embedded PostgreSQL in memory; with the demo seeded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';

export interface AppProcess {
  baseUrl: string;
  /** Whether it runs on a PostgreSQL server (DATABASE_URL) rather than the embedded one. */
  onServer: boolean;
  stop(): Promise<void>;
}

export interface AppProcessOptions {
  /** Prefix of the throwaway database's name. */
  prefix: string;
  /** Extra environment for the app (e.g. REDIS_URL unset). */
  env?: Record<string, string | undefined>;
  /** Node flags for the app's process (e.g. --cpu-prof). */
  execArgv?: string[];
}

export async function startApp(options: AppProcessOptions): Promise<AppProcess> {
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DEMO_SEED: 'true', ...options.env };
  env.JWT_SECRET ??= randomBytes(32).toString('hex');
  env.LOGIN_ACCOUNT_LOCK_FAILURES ??= '1000';
  let database: ThrowawayDatabase | null = null;
  if (env.DATABASE_URL) {
    database = await createThrowawayDatabase(env.DATABASE_URL, options.prefix);
    env.DATABASE_URL = database.url;
  } else {
    env.EMBEDDED_DB_DIR = 'memory://';
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...(options.execArgv ?? []), 'dist/src/main.js'], {
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    await database?.drop();
  };
  try {
    await untilReady(`${baseUrl}/health/ready`, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, onServer: database !== null, stop };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  return port;
}

/** Waits for the API to migrate, seed the demo and answer ready (a minute or two on PGlite). */
async function untilReady(url: string, server: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 300_000; waited += 1000) {
    if (server.exitCode !== null) throw new Error(`The API stopped with exit code ${server.exitCode}`);
    const ready = await fetch(url).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('The API did not become ready in 5 minutes');
}
