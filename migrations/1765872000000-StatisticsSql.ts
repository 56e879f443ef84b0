import type { MigrationInterface, QueryRunner } from "typeorm";
import { FOLLOW_UP_DUE_ON_SQL } from '../src/modules/plans/follow-up-rules.js';
import { STATISTICS_SQL_FILES, statisticsSql } from '../src/modules/statistics/sql/statistics-sql.js';
import { FOOTPRINT_V1 } from './1764662400000-StatisticsCells.js';

/**
 * The statistics' SQL leaves the migrations for versioned files beside the statistics module
 * (src/modules/statistics/sql/), where it is read and tested as code, and the weekly follow-up's overdue rule gets one
 * SQL function, `follow_up_due_on`, owned by src/modules/plans/follow-up-rules.ts, which the list queries and the
 * footprint call instead of repeating it. The figures do not change: the footprint's version 2 answers as version 1
 * did, and the other files hold the definitions as StatisticsCells and RowLevelSecurity left them.
 */
export class StatisticsSql1765872000000 implements MigrationInterface {
    name = 'StatisticsSql1765872000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(FOLLOW_UP_DUE_ON_SQL);
        for (const file of STATISTICS_SQL_FILES) await queryRunner.query(statisticsSql(file));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // the other files hold the definitions as they were; only the footprint changed, and it needs the function
        await queryRunner.query(FOOTPRINT_V1.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
        await queryRunner.query(`DROP FUNCTION follow_up_due_on(date, date, date, date)`);
    }

}
