/** The two baselines: plain skill overlap in process, and PostgreSQL intarray GIN overlap. */
import pg from 'pg';
import type { RankableCandidate, RankableOpening } from '../src/matching/ranking.types.js';

/** Skill ids as small integers (for the int[] column and the in-process baseline). */
export class SkillInts {
  private readonly map = new Map<string, number>();
  of(id: string): number {
    let v = this.map.get(id);
    if (v === undefined) this.map.set(id, (v = this.map.size + 1));
    return v;
  }
  openingSkills(opening: RankableOpening): number[] {
    const set = new Set<number>();
    for (const s of opening.requiredSkills) set.add(this.of(s.skillId));
    for (const s of opening.preferredSkills) set.add(this.of(s.skillId));
    return [...set].sort((a, b) => a - b);
  }
  candidateSkills(c: RankableCandidate): number[] {
    return [...new Set(c.skillIds.map((s) => this.of(s)))].sort((a, b) => a - b);
  }
}

/** Inverted index skill int -> candidate indices; ranks by count of the opening's skills held, ties by index. */
export class OverlapBaseline {
  private readonly postings = new Map<number, number[]>();
  private readonly counts: Uint16Array;
  constructor(candidateSkills: number[][]) {
    candidateSkills.forEach((skills, i) => {
      for (const s of skills) (this.postings.get(s) ?? this.postings.set(s, []).get(s)!).push(i);
    });
    this.counts = new Uint16Array(candidateSkills.length);
  }
  rank(openingSkills: number[], limit: number): number[] {
    this.counts.fill(0);
    const touched: number[] = [];
    for (const s of openingSkills) for (const i of this.postings.get(s) ?? []) if (this.counts[i]++ === 0) touched.push(i);
    touched.sort((a, b) => this.counts[b] - this.counts[a] || a - b);
    return touched.slice(0, limit);
  }
}

export const SQL_QUERY = (table: string) =>
  `SELECT id FROM ${table} WHERE skills && $1::int[] ORDER BY icount(skills & $1::int[]) DESC, id LIMIT 50`;

/** A throwaway schema with one table per candidate-set size; drop() removes everything. */
export class SqlBaseline {
  static readonly SCHEMA = 'bench_ranking_tmp';
  private constructor(private readonly client: pg.Client) {}

  static async connect(url: string): Promise<SqlBaseline> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS intarray');
    await client.query(`DROP SCHEMA IF EXISTS ${SqlBaseline.SCHEMA} CASCADE`);
    await client.query(`CREATE SCHEMA ${SqlBaseline.SCHEMA}`);
    return new SqlBaseline(client);
  }

  /** Creates table `name` with candidate i's skills as row id i, a GIN (gin__int_ops) index, and analyses it. */
  async load(name: string, skills: number[][]): Promise<string> {
    const table = `${SqlBaseline.SCHEMA}.${name}`;
    await this.client.query(`CREATE TABLE ${table} (id int PRIMARY KEY, skills int[] NOT NULL)`);
    const batch = 20000;
    for (let from = 0; from < skills.length; from += batch) {
      const ids: number[] = [];
      const texts: string[] = [];
      for (let i = from; i < Math.min(skills.length, from + batch); i++) {
        ids.push(i);
        texts.push(`{${skills[i].join(',')}}`);
      }
      await this.client.query(
        `INSERT INTO ${table} (id, skills) SELECT u.id, u.s::int[] FROM unnest($1::int[], $2::text[]) AS u(id, s)`,
        [ids, texts],
      );
    }
    await this.client.query(`CREATE INDEX ON ${table} USING gin (skills gin__int_ops)`);
    await this.client.query(`ANALYZE ${table}`);
    return table;
  }

  async rank(table: string, openingSkills: number[]): Promise<number[]> {
    const result = await this.client.query<{ id: number }>({ name: `rank-${table}`, text: SQL_QUERY(table), values: [openingSkills] });
    return result.rows.map((r) => r.id);
  }

  async usesIndex(table: string, openingSkills: number[]): Promise<boolean> {
    const plan = await this.client.query(`EXPLAIN ${SQL_QUERY(table).replaceAll('$1', `'{${openingSkills.join(',')}}'`)}`);
    return plan.rows.some((r: Record<string, string>) => /Bitmap Index Scan/.test(Object.values(r)[0]));
  }

  async version(): Promise<string> {
    return (await this.client.query<{ v: string }>('SHOW server_version')).rows[0].v.split(' ')[0];
  }

  async drop(): Promise<void> {
    try {
      await this.client.query(`DROP SCHEMA IF EXISTS ${SqlBaseline.SCHEMA} CASCADE`);
    } finally {
      await this.client.end();
    }
  }
}
