import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MigrationInterface, QueryRunner } from "typeorm";
import { FOLLOW_UP_DUE_ON_SQL } from '../src/modules/plans/follow-up-rules.js';

/**
 * The weekly follow-up's overdue rule in one place: the SQL function `follow_up_due_on`, owned by
 * src/modules/plans/follow-up-rules.ts beside the rule it mirrors, which the list queries call, and the statistics'
 * footprint in its version 2 (src/modules/statistics/sql/statistics-footprint.v2.sql), which calls it instead of
 * repeating the rule. The figures do not change: the function answers as the rule written out in version 1 did.
 */
export class FollowUpDueRule1765872000000 implements MigrationInterface {
    name = 'FollowUpDueRule1765872000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(FOLLOW_UP_DUE_ON_SQL);
        await queryRunner.query(readFileSync(resolve('src/modules/statistics/sql/statistics-footprint.v2.sql'), 'utf8'));
    }

    public async down(): Promise<void> {
        // version 2 of the footprint needs the function; going back means restoring version 1 from StatisticsCells
        throw new Error('FollowUpDueRule cannot be reverted: restore from a backup taken before it');
    }

}
