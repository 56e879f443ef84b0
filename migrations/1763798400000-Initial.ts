import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1763798400000 implements MigrationInterface {
    name = 'Initial1763798400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "employer_contact_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "name" character varying NOT NULL, "role" text, "phone" text, "email" text, CONSTRAINT "PK_9c66c46a41d87ea624c1b8513c7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7795a6f83059cf6ab5b834f0d8" ON "employer_contact_person"  ("employer_id") `);
        await queryRunner.query(`CREATE TABLE "employer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "principal_id" uuid NOT NULL, "organisation_number" character varying NOT NULL, "name" character varying NOT NULL, "sni_codes" text array NOT NULL DEFAULT '{}', "municipality_concept_id" text NOT NULL, "street" text, "postal_code" text, "city" text, "sector_ids" uuid array NOT NULL DEFAULT '{}', "status" text NOT NULL, "responsible_user_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ac2352075f29b4b8818967f3416" UNIQUE ("organisation_number"), CONSTRAINT "PK_74029e6b1f17a4c7c66d43cfd34" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b365b8c8ce85ac2fac106e0e39" ON "employer"  ("principal_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_34aac456e3be8f91ed4fb40572" ON "employer"  ("responsible_user_id") `);
        await queryRunner.query(`CREATE TABLE "skill_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contact_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "occupation_concept_id" text NOT NULL, "headcount" integer NOT NULL, "needed_by" date, "note" text, CONSTRAINT "PK_1f05a099e87aade88d33abb3ed7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d566a3240379a6680db7af61d4" ON "skill_need"  ("contact_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f0677eb4f81180b809aaa80868" ON "skill_need"  ("employer_id") `);
        await queryRunner.query(`CREATE TABLE "employer_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" text NOT NULL, "author_id" uuid NOT NULL, "summary" text NOT NULL, "next_follow_up_on" date, "follow_up_done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3603d53395d9c0bb27b94ff1a8c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5ece94072b2e1905c1ad6e4f17" ON "employer_contact"  ("principal_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f51f3d3708a8624324097f842a" ON "employer_contact"  ("author_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9d4636a96a3a7e5a33b1ad2d1b" ON "employer_contact"  ("employer_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "acting_organisation_id" uuid NOT NULL, "principal_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "municipality_concept_id" character varying NOT NULL, "organisation_number" text, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "organisation_id" uuid NOT NULL, "sector_id" uuid, "served_principal_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "team_member" ("team_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_34169355c6d1744228f5bb75549" PRIMARY KEY ("team_id", "user_id"))`);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying NOT NULL, "name" character varying NOT NULL, "email" text, "organisation_id" uuid NOT NULL, "roles" text array NOT NULL, "password_hash" text, "external_subject" text, "active" boolean NOT NULL DEFAULT true, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "UQ_544dd292e410f6ce31b789e00f5" UNIQUE ("external_subject"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "sector" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying NOT NULL, "name" character varying NOT NULL, "description" character varying NOT NULL, "occupation_field_ids" text array NOT NULL, "ssyk4_ids" text array NOT NULL, CONSTRAINT "UQ_6f86c8dca9dc64884a1feecfda4" UNIQUE ("code"), CONSTRAINT "PK_668b2ea8a2f534425407732f3ab" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "taxonomy_concept" ("id" text NOT NULL, "type" text NOT NULL, "label" text NOT NULL, "code" text, "parent_id" text, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4563c8c851605669b7399259707" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6657525733e278a4ee15a65ef2" ON "taxonomy_concept"  ("type") `);
        await queryRunner.query(`CREATE INDEX "IDX_11c27d8df8f925186f952d0a4a" ON "taxonomy_concept"  ("type", "code") `);
        await queryRunner.query(`CREATE TABLE "taxonomy_relation" ("kind" text NOT NULL, "from_id" text NOT NULL, "to_id" text NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec60e0ce988b47334be525a9970" PRIMARY KEY ("kind", "from_id", "to_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_03ceb9a3fc2d17ae72d25f051f" ON "taxonomy_relation"  ("to_id") `);
        await queryRunner.query(`ALTER TABLE "employer_contact_person" ADD CONSTRAINT "FK_7795a6f83059cf6ab5b834f0d8e" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "skill_need" ADD CONSTRAINT "FK_d566a3240379a6680db7af61d4f" FOREIGN KEY ("contact_id") REFERENCES "employer_contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team_member" ADD CONSTRAINT "FK_a1b5b4f5fa1b7f890d0a278748b" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // Reviewed by hand: references and constraints TypeORM does not derive from plain id columns,
        // and the indexes the search and follow-up queries use.
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_organisation_parent" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "CHK_organisation_kind" CHECK ("kind" IN ('MUNICIPALITY', 'ADMINISTRATION') AND ("kind" = 'MUNICIPALITY') = ("parent_id" IS NULL))`);
        await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "FK_agreement_acting_organisation" FOREIGN KEY ("acting_organisation_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "FK_agreement_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "CHK_agreement_period" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from")`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_team_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_team_sector" FOREIGN KEY ("sector_id") REFERENCES "sector"("id")`);
        await queryRunner.query(`ALTER TABLE "team_member" ADD CONSTRAINT "FK_team_member_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`);
        await queryRunner.query(`CREATE INDEX "IDX_team_member_user" ON "team_member" ("user_id")`);
        await queryRunner.query(`ALTER TABLE "employer" ADD CONSTRAINT "FK_employer_principal" FOREIGN KEY ("principal_id") REFERENCES "organisation"("id")`);
        await queryRunner.query(`ALTER TABLE "employer" ADD CONSTRAINT "FK_employer_responsible_user" FOREIGN KEY ("responsible_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL`);
        await queryRunner.query(`ALTER TABLE "employer" ADD CONSTRAINT "CHK_employer_status" CHECK ("status" IN ('PROSPECT', 'ACTIVE', 'INACTIVE'))`);
        await queryRunner.query(`ALTER TABLE "employer" ADD CONSTRAINT "CHK_employer_organisation_number" CHECK ("organisation_number" ~ '^[0-9]{6}-[0-9]{4}$')`);
        await queryRunner.query(`CREATE INDEX "IDX_employer_sector_ids" ON "employer" USING GIN ("sector_ids")`);
        await queryRunner.query(`ALTER TABLE "employer_contact" ADD CONSTRAINT "FK_employer_contact_employer" FOREIGN KEY ("employer_id") REFERENCES "employer"("id")`);
        await queryRunner.query(`ALTER TABLE "employer_contact" ADD CONSTRAINT "FK_employer_contact_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id")`);
        await queryRunner.query(`ALTER TABLE "employer_contact" ADD CONSTRAINT "CHK_employer_contact_kind" CHECK ("kind" IN ('VISIT', 'PHONE', 'EMAIL', 'MEETING', 'EVENT'))`);
        await queryRunner.query(`CREATE INDEX "IDX_employer_contact_open_follow_up" ON "employer_contact" ("next_follow_up_on") WHERE "follow_up_done_at" IS NULL AND "next_follow_up_on" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "skill_need" ADD CONSTRAINT "FK_skill_need_employer" FOREIGN KEY ("employer_id") REFERENCES "employer"("id")`);
        await queryRunner.query(`ALTER TABLE "skill_need" ADD CONSTRAINT "CHK_skill_need_headcount" CHECK ("headcount" > 0)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table, constraint] of [
            ["skill_need", "CHK_skill_need_headcount"], ["skill_need", "FK_skill_need_employer"],
            ["employer_contact", "CHK_employer_contact_kind"], ["employer_contact", "FK_employer_contact_author"], ["employer_contact", "FK_employer_contact_employer"],
            ["employer", "CHK_employer_organisation_number"], ["employer", "CHK_employer_status"], ["employer", "FK_employer_responsible_user"], ["employer", "FK_employer_principal"],
            ["team_member", "FK_team_member_user"], ["team", "FK_team_sector"], ["team", "FK_team_organisation"], ["app_user", "FK_app_user_organisation"],
            ["agreement", "CHK_agreement_period"], ["agreement", "FK_agreement_principal"], ["agreement", "FK_agreement_acting_organisation"],
            ["organisation", "CHK_organisation_kind"], ["organisation", "FK_organisation_parent"],
        ]) {
            await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
        }
        await queryRunner.query(`DROP INDEX "public"."IDX_employer_contact_open_follow_up"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_employer_sector_ids"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_team_member_user"`);
        await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "FK_a1b5b4f5fa1b7f890d0a278748b"`);
        await queryRunner.query(`ALTER TABLE "skill_need" DROP CONSTRAINT "FK_d566a3240379a6680db7af61d4f"`);
        await queryRunner.query(`ALTER TABLE "employer_contact_person" DROP CONSTRAINT "FK_7795a6f83059cf6ab5b834f0d8e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_03ceb9a3fc2d17ae72d25f051f"`);
        await queryRunner.query(`DROP TABLE "taxonomy_relation"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_11c27d8df8f925186f952d0a4a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6657525733e278a4ee15a65ef2"`);
        await queryRunner.query(`DROP TABLE "taxonomy_concept"`);
        await queryRunner.query(`DROP TABLE "sector"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP TABLE "team_member"`);
        await queryRunner.query(`DROP TABLE "team"`);
        await queryRunner.query(`DROP TABLE "organisation"`);
        await queryRunner.query(`DROP TABLE "agreement"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9d4636a96a3a7e5a33b1ad2d1b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f51f3d3708a8624324097f842a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5ece94072b2e1905c1ad6e4f17"`);
        await queryRunner.query(`DROP TABLE "employer_contact"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f0677eb4f81180b809aaa80868"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d566a3240379a6680db7af61d4"`);
        await queryRunner.query(`DROP TABLE "skill_need"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_34aac456e3be8f91ed4fb40572"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b365b8c8ce85ac2fac106e0e39"`);
        await queryRunner.query(`DROP TABLE "employer"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7795a6f83059cf6ab5b834f0d8"`);
        await queryRunner.query(`DROP TABLE "employer_contact_person"`);
    }

}
