import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConceptCache } from '../src/modules/taxonomy/concept-cache.js';
import { TaxonomyImporter } from '../src/modules/taxonomy/taxonomy-importer.service.js';
import { eventually } from './support/eventually.js';
import { TestApp } from './support/test-app.js';

const EMPLOYER_MUNICIPALITY = `{ employers(limit: 1) { items { municipality { id label } } } }`;

/**
 * The taxonomy's labels are kept by each instance across requests (ConceptCache): a change reaches every instance when
 * the importer commits, and a notice reaches them all through PostgreSQL (on the embedded database, where one process
 * is all, the cache is emptied in the process).
 */
describe("the taxonomy's labels kept across requests", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  const municipality = async () => (await t.ok('recruiter1', EMPLOYER_MUNICIPALITY)).employers.items[0].municipality as { id: string; label: string };

  it('answers a label from the cache until a notice or the importer says it changed', async () => {
    const before = await municipality();
    await t.db.query(`UPDATE taxonomy_concept SET label = 'Ändrad för hand' WHERE id = $1`, [before.id]);
    expect((await municipality()).label).toBe(before.label); // kept: a change by hand, without a notice, waits for the time to live

    // the notice another instance's importer sends when its transaction commits
    if (t.config.DATABASE_URL) await t.db.query(`SELECT pg_notify('brygga_cache_changed', 'taxonomy')`);
    else t.app.get(ConceptCache).invalidate();
    expect((await eventually(municipality, (m) => m.label === 'Ändrad för hand', 2_000)).label).toBe('Ändrad för hand');

    // the importer puts JobTech's label back and empties the cache as it commits: the very next request reads it
    const imported = await t.app.get(TaxonomyImporter).import();
    expect(imported.conceptsChanged).toBe(1);
    expect((await municipality()).label).toBe(before.label);
  });
});
