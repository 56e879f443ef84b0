/** The GraphQL benchmark's rows: its openings, and its candidates with open periods and consents, bulk-inserted into the app's tables. */
import type pg from 'pg';
import type { RankableCandidate, RankableOpening } from '../src/matching/ranking.types.js';

/** What the inserted rows refer to: Trelleborg (the principal), a demo employer, recruiter1, the sectors by code. */
export interface BenchIds {
  principal: string;
  employer: string;
  user: string;
  sectors: string[];
}

const CANDIDATE_CHUNK = 10_000;
const FIRST_NAMES = ['Amina', 'Erik', 'Fatima', 'Johan', 'Leila', 'Maria', 'Mohammed', 'Sara', 'Yonas', 'Zeynep', 'Ali', 'Karin'];
const LAST_NAMES = ['Andersson', 'Berg', 'Haddad', 'Hussein', 'Lind', 'Nilsson', 'Omar', 'Persson', 'Tesfaye', 'Yilmaz'];
/** Birth dates spread over 40 years; identity serials 0000-0099 never meet the demo's (Skatteverket's test range 98xx-99xx). */
const BIRTH_DAYS = 14_600;
const BIRTH_EPOCH = Date.UTC(1966, 0, 1);

/** Deterministic uuids, so the server's pool (ordered by id) has the benchmark's order. */
const uuidOf = (prefix: string, i: number) => `${prefix}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
export const candidateUuid = (i: number) => uuidOf('b0000000', i);
const openingUuid = (k: number) => uuidOf('b1000000', k);

const CONCEPT_ID = /^[A-Za-z0-9_-]+$/;
function textArray(values: readonly string[]): string {
  for (const v of values) if (!CONCEPT_ID.test(v)) throw new Error(`unexpected id in an array literal: ${v}`);
  return `{${values.join(',')}}`;
}

function identity(i: number): { number: string; birthDate: string } {
  const birthDate = new Date(BIRTH_EPOCH + (i % BIRTH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const serial = Math.floor(i / BIRTH_DAYS);
  if (serial > 99) throw new Error('too many benchmark candidates for the identity-number scheme');
  return { number: `${birthDate.replaceAll('-', '')}-00${String(serial).padStart(2, '0')}`, birthDate };
}

/** The database sector of the dataset's `bench-sector-i`: the i-th sector by code. */
function databaseSector(ids: BenchIds, benchSector: string): string {
  const i = Number(/^bench-sector-(\d+)$/.exec(benchSector)?.[1] ?? NaN) - 1;
  const id = ids.sectors[i];
  if (id === undefined) throw new Error(`no database sector for ${benchSector}`);
  return id;
}

/**
 * Inserts the openings as OPEN openings of a demo employer in Trelleborg and returns their ids: the dataset's opening
 * with its sector mapped onto the database's sectors (bench-sector-i -> i-th sector by code) and start date `startOn`.
 * What the opening table cannot hold is dropped: `physicallyDemanding` and `nightWork` (the service's openings have
 * none).
 */
export async function insertOpeningRows(db: pg.Client, bench: BenchIds, openings: readonly RankableOpening[], startOn: string): Promise<string[]> {
  const rows = openings.map((o, k) => ({
    id: openingUuid(k),
    kind: o.kind,
    title: `Benchmark opening ${k}`,
    occupation: o.occupationId,
    sector: o.sectorId === null ? null : databaseSector(bench, o.sectorId),
    required: JSON.stringify(o.requiredSkills.map((s) => ({ skillConceptId: s.skillId, weight: s.weight }))),
    preferred: JSON.stringify(o.preferredSkills.map((s) => ({ skillConceptId: s.skillId, weight: s.weight }))),
    minSwedish: o.minSwedishLevel,
    reason: o.minSwedishLevel === null ? null : 'Safety instructions are given in Swedish',
    licences: textArray(o.requiredLicenceIds),
    municipality: o.municipalityId,
    worktime: o.worktimeId,
  }));
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await db.query(
    `INSERT INTO opening (id, principal_id, employer_id, kind, title, occupation_concept_id, sector_id, required_skills,
       preferred_skills, min_swedish_level, swedish_level_reason, required_licence_concept_ids, municipality_concept_id,
       worktime_concept_id, start_on, places, status, created_by_id, version)
     SELECT u.id, $1, $2, u.kind, u.title, u.occupation, u.sector, u.required::jsonb, u.preferred::jsonb, u.min_swedish,
       u.reason, u.licences::text[], u.municipality, u.worktime, $3, 1, 'OPEN', $4, 1
     FROM unnest($5::uuid[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[],
       $14::text[], $15::text[], $16::text[])
       AS u(id, kind, title, occupation, sector, required, preferred, min_swedish, reason, licences, municipality, worktime)`,
    [
      bench.principal,
      bench.employer,
      startOn,
      bench.user,
      col('id'),
      col('kind'),
      col('title'),
      col('occupation'),
      col('sector'),
      col('required'),
      col('preferred'),
      col('minSwedish'),
      col('reason'),
      col('licences'),
      col('municipality'),
      col('worktime'),
    ],
  );
  return rows.map((r) => r.id);
}

/**
 * Inserts candidates[from .. size) with an open enrolment period each and, for those who share their profile, a
 * consent to share it with employers. Chunks of multi-row INSERT ... SELECT FROM unnest(...), one transaction (the
 * ranking's change-feed triggers fire as for any write; the statistics' skip it as they skip an import, since their
 * per-person locks would not fit one transaction of 100k people and the ranking does not read them).
 */
export async function insertCandidateRows(db: pg.Client, bench: BenchIds, candidates: readonly RankableCandidate[], from: number, size: number): Promise<void> {
  const { principal, user } = bench;
  await db.query('BEGIN');
  await db.query(`SELECT set_config('brygga.loading', 'on', true)`);
  try {
    for (let chunk = from; chunk < size; chunk += CANDIDATE_CHUNK) {
      const to = Math.min(size, chunk + CANDIDATE_CHUNK);
      const ids: string[] = [];
      const numbers: string[] = [];
      const births: string[] = [];
      const first: string[] = [];
      const last: string[] = [];
      const homes: string[] = [];
      const levels: string[] = [];
      const licences: string[] = [];
      const experience: string[] = [];
      const skills: string[] = [];
      const wantedOccupations: string[] = [];
      const wantedSectors: string[] = [];
      const internship: boolean[] = [];
      const worktimes: string[] = [];
      const starts: Array<string | null> = [];
      const limitations: string[] = [];
      const sharing: string[] = [];
      for (let i = chunk; i < to; i++) {
        const c = candidates[i];
        const id = candidateUuid(i);
        const ident = identity(i);
        ids.push(id);
        numbers.push(ident.number);
        births.push(ident.birthDate);
        first.push(FIRST_NAMES[i % FIRST_NAMES.length]);
        last.push(LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]);
        homes.push(c.homeMunicipalityId);
        levels.push(c.swedishLevel);
        licences.push(textArray(c.licenceIds));
        experience.push(JSON.stringify(c.experience.map((e) => ({ occupationConceptId: e.occupationId, years: e.years }))));
        skills.push(textArray(c.skillIds));
        wantedOccupations.push(textArray(c.wantedOccupationIds));
        wantedSectors.push(textArray(c.wantedSectorIds.map((s) => databaseSector(bench, s))));
        internship.push(c.wantsInternship);
        worktimes.push(textArray(c.wantedWorktimeIds));
        starts.push(c.earliestStartOn);
        limitations.push(textArray(c.workLimitations));
        if (c.sharesProfileWithEmployers) sharing.push(id);
      }
      await db.query(
        `INSERT INTO candidate (id, principal_id, identity_number, identity_kind, birth_date, first_name, last_name,
           home_municipality_concept_id, swedish_level, driving_licence_concept_ids, experience, skill_concept_ids,
           wanted_occupation_concept_ids, wanted_sector_ids, wants_internship, wanted_worktime_concept_ids,
           earliest_start_on, work_limitations, version)
         SELECT u.id, $1, u.number, 'PERSONNUMMER', u.birth, u.first, u.last, u.home, u.level, u.licences::text[],
           u.experience::jsonb, u.skills::text[], u.wocc::text[], u.wsec::uuid[], u.internship, u.worktimes::text[],
           u.start, u.limitations::text[], 1
         FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
           $10::text[], $11::text[], $12::text[], $13::text[], $14::boolean[], $15::text[], $16::date[], $17::text[])
           AS u(id, number, birth, first, last, home, level, licences, experience, skills, wocc, wsec, internship,
             worktimes, start, limitations)`,
        [principal, ids, numbers, births, first, last, homes, levels, licences, experience, skills, wantedOccupations, wantedSectors, internship, worktimes, starts, limitations],
      );
      await db.query(
        `INSERT INTO enrolment (candidate_id, principal_id, first_contact_on, version) SELECT u.id, $1, $2, 1 FROM unnest($3::uuid[]) AS u(id)`,
        [principal, '2025-12-01', ids],
      );
      await db.query(
        `INSERT INTO consent (candidate_id, principal_id, purpose, given_at, recorded_by_id)
         SELECT u.id, $1, 'SHARE_PROFILE_WITH_EMPLOYERS', $2, $3 FROM unnest($4::uuid[]) AS u(id)`,
        [principal, '2025-12-01T09:00:00Z', user, sharing],
      );
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
