import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { resolve } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config.js';
import { SECTOR_DEFINITIONS, ssyk4IdsForSector } from '../sectors/sector-definitions.js';
import { CacheNotices } from '../../platform/cache/cache-notices.js';
import { TAXONOMY } from './concept-cache.js';
import { parseJobTechDirectory, type TaxonomySnapshot } from './jobtech-parse.js';

export interface TaxonomyImportResult {
  concepts: number;
  conceptsChanged: number;
  relations: number;
  relationsAdded: number;
  relationsRemoved: number;
  sectors: number;
}

const CHUNK = 5_000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Loads the JobTech taxonomy into the database, idempotently: a second run with the same files changes no row.
 * Concepts are upserted and never deleted (records keep pointing at concepts JobTech later deprecates);
 * relations are replaced by the file's set; the sectors' SSYK-4 lists are recomputed from the occupation fields.
 */
@Injectable()
export class TaxonomyImporter {
  private readonly logger = new Logger(TaxonomyImporter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
    private readonly notices: CacheNotices,
  ) {}

  async import(): Promise<TaxonomyImportResult> {
    const snapshot = parseJobTechDirectory(resolve(this.config.TAXONOMY_DIR));
    const result = await this.transactions.withTransaction(async () => {
      const em = this.transactions.tx;
      const conceptsChanged = await this.upsertConcepts(em, snapshot);
      const { added, removed } = await this.replaceRelations(em, snapshot);
      const sectors = await this.syncSectors(em, snapshot);
      return {
        concepts: snapshot.concepts.length,
        conceptsChanged,
        relations: snapshot.relations.length,
        relationsAdded: added,
        relationsRemoved: removed,
        sectors,
      };
    });
    await this.notices.publish(TAXONOMY);
    this.logger.log(`Taxonomy imported: ${JSON.stringify(result)}`);
    return result;
  }

  /** Whether the taxonomy has been imported at all (the boot-time import runs only on an empty database). */
  async isEmpty(): Promise<boolean> {
    const [{ exists }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM taxonomy_concept) AS exists`);
    return !exists;
  }

  private async upsertConcepts(em: EntityManager, snapshot: TaxonomySnapshot): Promise<number> {
    let changed = 0;
    for (const rows of chunks(snapshot.concepts)) {
      const result: unknown[] = await em.query(
        `INSERT INTO taxonomy_concept (id, type, label, code, parent_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT (id) DO UPDATE
           SET type = EXCLUDED.type, label = EXCLUDED.label, code = EXCLUDED.code,
               parent_id = EXCLUDED.parent_id, imported_at = now()
           WHERE (taxonomy_concept.type, taxonomy_concept.label, taxonomy_concept.code, taxonomy_concept.parent_id)
                 IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.label, EXCLUDED.code, EXCLUDED.parent_id)
         RETURNING id`,
        [rows.map((c) => c.id), rows.map((c) => c.type), rows.map((c) => c.label), rows.map((c) => c.code), rows.map((c) => c.parentId)],
      );
      changed += result.length;
    }
    return changed;
  }

  private async replaceRelations(em: EntityManager, snapshot: TaxonomySnapshot): Promise<{ added: number; removed: number }> {
    const rels = snapshot.relations;
    const [{ removed }]: Array<{ removed: number }> = await em.query(
      `WITH gone AS (
         DELETE FROM taxonomy_relation r
         WHERE NOT EXISTS (
           SELECT 1 FROM unnest($1::text[], $2::text[], $3::text[]) AS s(kind, from_id, to_id)
           WHERE s.kind = r.kind AND s.from_id = r.from_id AND s.to_id = r.to_id)
         RETURNING 1)
       SELECT count(*)::int AS removed FROM gone`,
      [rels.map((r) => r.kind), rels.map((r) => r.fromId), rels.map((r) => r.toId)],
    );
    let added = 0;
    for (const rows of chunks(rels)) {
      const inserted: unknown[] = await em.query(
        `INSERT INTO taxonomy_relation (kind, from_id, to_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT DO NOTHING
         RETURNING kind`,
        [rows.map((r) => r.kind), rows.map((r) => r.fromId), rows.map((r) => r.toId)],
      );
      added += inserted.length;
    }
    return { added, removed };
  }

  private async syncSectors(em: EntityManager, snapshot: TaxonomySnapshot): Promise<number> {
    const fieldToSsyk4 = new Map<string, string[]>();
    for (const r of snapshot.relations) {
      if (r.kind === 'field-ssyk4') fieldToSsyk4.set(r.fromId, [...(fieldToSsyk4.get(r.fromId) ?? []), r.toId]);
    }
    for (const def of SECTOR_DEFINITIONS) {
      await em.query(
        `INSERT INTO sector (code, name, description, occupation_field_ids, ssyk4_ids)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO UPDATE
           SET name = EXCLUDED.name, description = EXCLUDED.description,
               occupation_field_ids = EXCLUDED.occupation_field_ids, ssyk4_ids = EXCLUDED.ssyk4_ids`,
        [def.code, def.name, def.description, def.occupationFieldIds, ssyk4IdsForSector(def, fieldToSsyk4)],
      );
    }
    return SECTOR_DEFINITIONS.length;
  }
}
