import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres.js';
import { TestApp } from './support/test-app.js';
import { newOrganisationNumber } from './support/factories.js';

/**
 * The embedded mode `npm start` uses without DATABASE_URL: PGlite in a data folder, the real migrations, and the
 * data still there after a restart. Runs on PGlite whatever DATABASE_URL says.
 */
describe('embedded PostgreSQL (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brygga-embedded-'));
  const env = { DATABASE_URL: '', EMBEDDED_DB_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('boots, migrates, seeds and serves a query, and keeps its data across a restart', async () => {
    const orgnr = newOrganisationNumber();
    const first = await TestApp.start({ env });
    try {
      const { myFollowUpsDue } = await first.ok('bd1', `{ myFollowUpsDue(withinDays: 7) { totalCount items { employer { name } } } }`);
      expect(myFollowUpsDue.totalCount).toBeGreaterThan(0);
      await first.ok('bd1', `mutation($i: CreateEmployerInput!) { createEmployer(input: $i) { id } }`, {
        i: { organisationNumber: orgnr, name: 'Omstartstest AB', municipalityConceptId: 'STvk_dra_M1X' },
      });
    } finally {
      await first.close();
    }

    const second = await TestApp.start({ env });
    try {
      const { employers } = await second.ok('bd1', `query($o: String!) { employers(organisationNumberPrefix: $o) { items { name } } }`, { o: orgnr });
      expect(employers.items).toEqual([{ name: 'Omstartstest AB' }]);
      const { organisations } = await second.ok('manager1', `{ organisations { name } }`);
      expect(organisations).toHaveLength(4); // seeded once, not again on restart
    } finally {
      await second.close();
    }
    // two boots on PGlite (WebAssembly), each migrating or checking and seeding the demo: over a minute on two busy cores
  }, 180_000);

  it('refuses a data folder another live process is using', async () => {
    const busy = mkdtempSync(join(tmpdir(), 'brygga-busy-'));
    writeFileSync(join(busy, 'brygga.pid'), '1'); // pid 1 is always alive
    await expect(startEmbeddedPostgres(busy)).rejects.toThrow(/in use by process 1/);
    rmSync(busy, { recursive: true, force: true });
  });
});
