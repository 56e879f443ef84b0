import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Logger } from '@nestjs/common';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

const LOCK_FILE = 'brygga.pid';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite keeps no lock on its data folder and two processes on one folder lose writes (measured when PGlite was chosen),
 * so the folder gets a pid file; a second Brygga on the same folder stops with a clear message.
 */
function lockDataDir(dir: string): () => void {
  const lock = join(dir, LOCK_FILE);
  try {
    const holder = Number(readFileSync(lock, 'utf8'));
    if (holder && holder !== process.pid && processAlive(holder)) {
      throw new Error(`The embedded database in ${dir} is in use by process ${holder}; stop it or set EMBEDDED_DB_DIR`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

/**
 * Starts PostgreSQL in process (PGlite, PostgreSQL compiled to WASM) on a loopback port, so the embedded mode
 * uses the same `pg` driver, the same TypeORM setup and the same migrations as a real server. PGlite runs one
 * query at a time and all clients share one session: the connection pool must have exactly one connection.
 *
 * @param dataDir folder kept across restarts; `memory://` for a throwaway database (tests)
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  const logger = new Logger('EmbeddedPostgres');
  const inMemory = dataDir.startsWith('memory://');
  let unlock = () => {};
  if (!inMemory) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dir);
  }
  // btree_gist: the exclusion constraints against double-booked meetings (migration Meetings) need it
  const db = await PGlite.create(inMemory ? undefined : resolve(dataDir, 'pgdata'), { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  logger.log(`Embedded PostgreSQL (PGlite) on ${address}, data in ${inMemory ? 'memory' : resolve(dataDir)}`);
  return {
    url: `postgres://postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
