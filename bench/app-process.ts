/**
 * Brygga in processes of their own, as they run in production, for the benchmarks and the specs that speak to them
 * over HTTP: their work never shares an event loop with the caller's. On a throwaway database on DATABASE_URL's
 * server (shared by every process started on it), or on the embedded PostgreSQL in memory; built in dist/ first
 * (`npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';

/** `npm start`: the service with the demo seeded on an empty database. */
export const DEMO_ENTRY = 'dist/demo/main.js';
/** `npm run worker`: the background jobs, no HTTP. */
export const WORKER_ENTRY = 'dist/src/worker.js';

export interface BryggaProcess {
  /** The process's own; empty for a worker, which serves no HTTP. */
  baseUrl: string;
  child: ChildProcess;
  /** SIGTERM, and the process's exit (a graceful stop). */
  stop(): Promise<void>;
  /** SIGKILL: the process dies mid-work, as on a crashed machine. */
  kill(): Promise<void>;
}

export interface ProcessOptions {
  /** The environment on top of this process's own: settings such as JOB_PROCESSORS, MIGRATIONS_RUN. */
  env?: Record<string, string | undefined>;
  /** Node flags for the process (e.g. --cpu-prof). */
  execArgv?: string[];
  /** The script run: {@link DEMO_ENTRY} by default. */
  entry?: string;
}

/** The environment every process of one installation shares: the database, a signing secret, production mode. */
export interface Installation {
  env: Record<string, string | undefined>;
  /** Whether it runs on a PostgreSQL server (DATABASE_URL) rather than the embedded one. */
  onServer: boolean;
  /** Drops the throwaway database (after every process has stopped). */
  drop(): Promise<void>;
}

/** A throwaway database on DATABASE_URL's server (else the embedded PostgreSQL, one process only) and a shared secret. */
export async function installation(prefix: string, env: Record<string, string | undefined> = {}): Promise<Installation> {
  const shared: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DEMO_SEED: 'true', ...env };
  shared.JWT_SECRET ??= randomBytes(32).toString('hex');
  shared.LOGIN_ACCOUNT_LOCK_FAILURES ??= '1000';
  let database: ThrowawayDatabase | null = null;
  if (shared.DATABASE_URL) {
    database = await createThrowawayDatabase(shared.DATABASE_URL, prefix);
    shared.DATABASE_URL = database.url;
  } else {
    shared.EMBEDDED_DB_DIR = 'memory://';
  }
  return { env: shared, onServer: database !== null, drop: async () => database?.drop() };
}

/** Starts an API process of `site` on a free port and waits until it answers ready (migrated, seeded). */
export async function startApi(site: Installation, options: ProcessOptions = {}): Promise<BryggaProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = launch(site, options.entry ?? DEMO_ENTRY, { ...options, env: { ...options.env, HOST: '127.0.0.1', PORT: String(port) } }, baseUrl);
  try {
    await untilReady(`${baseUrl}/health/ready`, started.child);
  } catch (error) {
    await started.kill();
    throw error;
  }
  return started;
}

/** Starts a worker process of `site` (`npm run worker`); it is running once it has connected, which the caller observes by its work. */
export function startWorker(site: Installation, options: ProcessOptions = {}): BryggaProcess {
  return launch(site, WORKER_ENTRY, options, '');
}

function launch(site: Installation, entry: string, options: ProcessOptions, baseUrl: string): BryggaProcess {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), entry], {
    env: { ...site.env, ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ended = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exit = once(child, 'exit');
    child.kill(signal);
    await exit;
  };
  return { baseUrl, child, stop: ended('SIGTERM'), kill: ended('SIGKILL') };
}

/** One API process on its own installation, as `npm start` runs it: for the benchmarks. */
export async function startApp(options: ProcessOptions & { prefix: string }): Promise<{ baseUrl: string; onServer: boolean; stop(): Promise<void> }> {
  const site = await installation(options.prefix);
  try {
    const api = await startApi(site, options);
    return {
      baseUrl: api.baseUrl,
      onServer: site.onServer,
      async stop() {
        await api.stop();
        await site.drop();
      },
    };
  } catch (error) {
    await site.drop();
    throw error;
  }
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
  for (let waited = 0; waited < 300_000; waited += 500) {
    if (server.exitCode !== null) throw new Error(`The API stopped with exit code ${server.exitCode}`);
    const ready = await fetch(url).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The API did not become ready in 5 minutes');
}
