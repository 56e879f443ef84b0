import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Thinning (gallring) per principal (docs/rules.md "Rules from law that bind the product as a whole"): the principal
 * decides how long each kind of record is kept, so the rules are rows, not code.
 *
 * - `retention_rule`: one row per principal and kind, with the days of the month of birth whose people are never
 *   thinned (the research sample of 12 kap. 2 § SoL: born on the 5th, 15th and 25th). The defaults below are seeded for every municipality that
 *   exists, and a trigger gives every municipality created later the same defaults, so no principal is ever without
 *   a rule. A default row has no `updated_by_id`: nobody has confirmed it yet, and the page says so. The defaults and
 *   their legal notes are a starting point the municipality's archivist must confirm against its own
 *   dokumenthanteringsplan.
 * - `retention_report`: what each run (dry or real, by a person or the schedule) and each erasure on request did, as
 *   counts per kind; never a name or an identity number.
 * - `candidate.erased_at`: a person whose records were thinned keeps a shell row (the statistics' periods and the
 *   pairs that count distinct people hang on it); its identity number becomes `GALLRAD-<id>`, which the format check
 *   now allows for erased rows only.
 */
export class Retention1765267200000 implements MigrationInterface {
  name = 'Retention1765267200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "retention_rule" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "principal_id" uuid NOT NULL REFERENCES "organisation"("id"),
      "kind" text NOT NULL CHECK ("kind" IN ('PERSON_RECORDS', 'ACCESS_LOG', 'ERASURE_ON_REQUEST')),
      "years" integer NOT NULL CHECK ("years" BETWEEN 0 AND 100),
      "legal_note" text NOT NULL,
      "exempt_birth_days" integer[] NOT NULL DEFAULT '{}' CHECK ("exempt_birth_days" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31]),
      "updated_by_id" uuid REFERENCES "app_user"("id"),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "UQ_retention_rule" UNIQUE ("principal_id", "kind"))`);
    await queryRunner.query(`CREATE TABLE "retention_report" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "principal_id" uuid NOT NULL REFERENCES "organisation"("id"),
      "ran_at" timestamptz NOT NULL DEFAULT now(),
      "dry_run" boolean NOT NULL,
      "trigger" text NOT NULL CHECK ("trigger" IN ('RUN', 'SCHEDULE', 'ERASURE_REQUEST')),
      "person_records" integer NOT NULL,
      "access_log_entries" integer NOT NULL,
      "ran_by_id" uuid REFERENCES "app_user"("id"),
      "candidate_id" uuid,
      "reason" text)`);
    await queryRunner.query(`CREATE INDEX "IDX_retention_report_principal" ON "retention_report" ("principal_id", "ran_at")`);

    await queryRunner.query(`ALTER TABLE "candidate" ADD "erased_at" timestamptz`);
    const [check]: Array<{ conname: string }> = await queryRunner.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'candidate'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%identity_number%'`,
    );
    if (check) await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "${check.conname}"`);
    await queryRunner.query(
      `ALTER TABLE "candidate" ADD CONSTRAINT "CHK_candidate_identity_number" CHECK ("identity_number" ~ '^[0-9]{8}-[0-9]{4}$' OR ("erased_at" IS NOT NULL AND "identity_number" = 'GALLRAD-' || "id"))`,
    );
    // the thinning's search: people without an open period whose last period ended long enough ago
    await queryRunner.query(`CREATE INDEX "IDX_enrolment_candidate_exit" ON "enrolment" ("candidate_id", "exit_on")`);

    // the defaults, in one place for the seed and the trigger
    await queryRunner.query(`CREATE FUNCTION "retention_default_rules"(principal uuid) RETURNS void LANGUAGE sql AS $$
INSERT INTO retention_rule (principal_id, kind, years, exempt_birth_days, legal_note) VALUES
  (principal, 'PERSON_RECORDS', 5, '{5,15,25}', ${literal(PERSON_RECORDS_NOTE)}),
  (principal, 'ACCESS_LOG', 3, '{}', ${literal(ACCESS_LOG_NOTE)}),
  (principal, 'ERASURE_ON_REQUEST', 5, '{5,15,25}', ${literal(ERASURE_NOTE)})
ON CONFLICT (principal_id, kind) DO NOTHING
$$`);
    await queryRunner.query(`CREATE FUNCTION "retention_rules_for_new_municipality"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind = 'MUNICIPALITY' THEN
    PERFORM retention_default_rules(NEW.id);
  END IF;
  RETURN NULL;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_organisation_retention_rules" AFTER INSERT ON "organisation" FOR EACH ROW EXECUTE FUNCTION retention_rules_for_new_municipality()`,
    );
    await queryRunner.query(`SELECT retention_default_rules(o.id) FROM organisation o WHERE o.kind = 'MUNICIPALITY'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_organisation_retention_rules" ON "organisation"`);
    await queryRunner.query(`DROP FUNCTION "retention_rules_for_new_municipality"()`);
    await queryRunner.query(`DROP FUNCTION "retention_default_rules"(uuid)`);
    await queryRunner.query(`DROP INDEX "IDX_enrolment_candidate_exit"`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP CONSTRAINT "CHK_candidate_identity_number"`);
    await queryRunner.query(`ALTER TABLE "candidate" ADD CONSTRAINT "CHK_candidate_identity_number" CHECK ("identity_number" ~ '^[0-9]{8}-[0-9]{4}$')`);
    await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "erased_at"`);
    await queryRunner.query(`DROP TABLE "retention_report"`);
    await queryRunner.query(`DROP TABLE "retention_rule"`);
  }
}

/** A SQL string literal (the notes are constants of this file; quotes doubled). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const PERSON_RECORDS_NOTE =
  'Personakter inom socialtjänsten gallras fem år efter den sista anteckningen (12 kap. 2 § socialtjänstlagen (2001:453); ' +
  'motsvarande regel finns i socialtjänstlagen (2025:400)). Undantag: i de kommuner regeringen utsett och för personer födda den 5, 15 ' +
  'och 25 i varje månad ska akterna bevaras för forskning; de gallras aldrig här, och hur de lämnas till arkivet beslutar arkivarien. Här räknas fristen från slutet av personens sista inskrivningsperiod; ' +
  'statistikens perioder behålls utan personuppgifter. Standardvärde – kommunens arkivarie ska bekräfta det mot dokumenthanteringsplanen.';

const ACCESS_LOG_NOTE =
  'Loggar över åtkomst till personuppgifter behövs för kontroll av behörigheter och för att kunna lämna registerutdrag ' +
  '(art. 15 och 32 dataskyddsförordningen). Vanligt i kommunernas dokumenthanteringsplaner är att loggar gallras efter 2–3 år. ' +
  'Standardvärde – kommunens arkivarie ska bekräfta det mot dokumenthanteringsplanen.';

const ERASURE_NOTE =
  'Radering på begäran (art. 17 dataskyddsförordningen) gäller inte uppgifter som måste bevaras enligt lag (art. 17.3 b), ' +
  'här socialtjänstlagens och arkivlagens (1990:782) krav. Antal år efter sista periodens slut innan en begäran kan bifallas; ' +
  'standard är samma frist som för personakter. Kommunens arkivarie och dataskyddsombud ska bekräfta värdet.';
