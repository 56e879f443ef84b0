import { Injectable } from '@nestjs/common';
import type { EntityManager, ValueTransformer } from 'typeorm';
import { assertWritable } from '../../platform/auth/principal-access.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { EconomicParameterValues } from './indicators.js';
import type { SetEconomicParametersInput } from './statistics.args.js';
import { statisticsPrincipals } from './statistics-access.js';
import type { EconomicParameters } from './statistics.types.js';

/**
 * `numeric` columns to numbers: pg returns numeric as a string (it may not fit a double). The amounts here are
 * numeric(12,2) kronor, which a double holds exactly enough (to the öre up to about 90 billion kronor).
 */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

interface ParametersRow {
  principal_id: string;
  principal_name: string;
  aid_per_person_month: string;
  tax_per_work_exit_month: string;
  cost_per_enrolled: string | null;
  updated_by_id: string | null;
  version: number;
  updated_at: Date;
}

const COLUMNS = 'principal_id, aid_per_person_month, tax_per_work_exit_month, cost_per_enrolled, updated_by_id, version, updated_at';
/** The columns with the principal's name, from `economic_parameters` aliased `x`. */
const NAMED = `x.${COLUMNS.split(', ').join(', x.')}, (SELECT o.name FROM organisation o WHERE o.id = x.principal_id) AS principal_name`;

function toParameters(row: ParametersRow): EconomicParameters {
  return {
    principalId: row.principal_id,
    principalName: row.principal_name,
    aidPerPersonMonth: numericTransformer.from(row.aid_per_person_month),
    taxPerWorkExitMonth: numericTransformer.from(row.tax_per_work_exit_month),
    costPerEnrolled: numericTransformer.from(row.cost_per_enrolled),
    version: row.version,
    updatedAt: row.updated_at,
    updatedById: row.updated_by_id,
  };
}

/**
 * The economic-effect parameters per principal (docs/rules.md: "estimates, parameters per municipality"): kept in
 * `economic_parameters` (migration ExitChecksStatistics), one row per principal, edited with an optimistic version.
 * Read through plain SQL: the table is the statistics' own and has no entity.
 */
@Injectable()
export class EconomicParametersService {
  /** The parameters of the principals the caller may read (or of one), by principal. */
  async list(ctx: RequestContext, principalId?: string): Promise<EconomicParameters[]> {
    const principalIds = statisticsPrincipals(ctx, principalId);
    if (principalIds.length === 0) return [];
    const rows: ParametersRow[] = await ctx.em.query(`SELECT ${NAMED} FROM economic_parameters x WHERE x.principal_id = ANY($1) ORDER BY principal_name, x.principal_id`, [principalIds]);
    return rows.map(toParameters);
  }

  /** The values the estimates use, for the principals that have set them. */
  async values(em: EntityManager, principalIds: readonly string[]): Promise<Map<string, EconomicParameterValues>> {
    if (principalIds.length === 0) return new Map();
    const rows: ParametersRow[] = await em.query(`SELECT ${NAMED} FROM economic_parameters x WHERE x.principal_id = ANY($1)`, [[...principalIds]]);
    return new Map(rows.map((r) => [r.principal_id, toParameters(r)]));
  }

  /**
   * Sets a principal's parameters. `version` is the version read, 0 for a principal without parameters; a stale
   * one is CONFLICT, so two managers editing at once cannot overwrite each other unseen.
   */
  async set(ctx: RequestContext, input: SetEconomicParametersInput): Promise<EconomicParameters> {
    assertWritable(ctx, input.principalId, 'input.principalId');
    const values = [input.principalId, input.aidPerPersonMonth, input.taxPerWorkExitMonth, input.costPerEnrolled ?? null, ctx.actor.userId];
    const [current]: Array<{ version: number }> = await ctx.em.query(`SELECT version FROM economic_parameters WHERE principal_id = $1 FOR UPDATE`, [input.principalId]);
    if (!current) {
      if (input.version !== 0) throw DomainError.staleVersion('The economic parameters', input.version, 0);
      const inserted: ParametersRow[] = await ctx.em.query(
        `INSERT INTO economic_parameters AS x (principal_id, aid_per_person_month, tax_per_work_exit_month, cost_per_enrolled, updated_by_id, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, 1, now()) ON CONFLICT (principal_id) DO NOTHING RETURNING ${NAMED}`,
        values,
      );
      // someone else set them first, between our read and our insert
      if (inserted.length === 0) throw DomainError.staleVersion('The economic parameters', 0, 1);
      return toParameters(inserted[0]);
    }
    if (current.version !== input.version) throw DomainError.staleVersion('The economic parameters', input.version, current.version);
    const [updated]: [ParametersRow[], number] = await ctx.em.query(
      `UPDATE economic_parameters x SET aid_per_person_month = $2, tax_per_work_exit_month = $3, cost_per_enrolled = $4, updated_by_id = $5,
         version = x.version + 1, updated_at = now() WHERE x.principal_id = $1 RETURNING ${NAMED}`,
      values,
    );
    return toParameters(updated[0]);
  }
}
