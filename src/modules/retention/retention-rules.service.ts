import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { assertRetentionAdmin, assertRetentionReader } from './retention-access.js';
import { MIN_YEARS, RetentionKind, type RetentionRule, type SetRetentionRuleInput } from './retention.types.js';

interface RuleRow {
  id: string;
  principal_id: string;
  principal_name: string;
  kind: RetentionKind;
  years: number;
  exempt_birth_days: number[];
  legal_note: string;
  updated_by_id: string | null;
  updated_at: Date;
  version: number;
}

const NAMED = `r.id, r.principal_id, r.kind, r.years, r.exempt_birth_days, r.legal_note, r.updated_by_id, r.updated_at, r.version,
  (SELECT o.name FROM organisation o WHERE o.id = r.principal_id) AS principal_name`;
const KIND_ORDER = `array_position(ARRAY['PERSON_RECORDS', 'ACCESS_LOG', 'ERASURE_ON_REQUEST'], r.kind)`;

function toRule(row: RuleRow): RetentionRule {
  return {
    id: row.id,
    principalId: row.principal_id,
    principalName: row.principal_name,
    kind: row.kind,
    years: row.years,
    exemptBirthDays: row.exempt_birth_days,
    legalNote: row.legal_note,
    confirmed: row.updated_by_id !== null,
    updatedAt: row.updated_at,
    updatedById: row.updated_by_id,
    version: row.version,
  };
}

/**
 * A principal's retention rules (migration Retention): one row per kind, seeded with defaults for every
 * municipality and edited by the principal's administrator with an optimistic version. Plain SQL: the tables are
 * the thinning's own and have no entity.
 */
@Injectable()
export class RetentionRulesService {
  /** The rules of a principal, by default the caller's own municipality. */
  async list(ctx: RequestContext, principalId = ctx.actor.homePrincipalId): Promise<RetentionRule[]> {
    assertRetentionReader(ctx, principalId);
    return this.rulesOf(ctx.em, principalId);
  }

  /** The rules of a principal as stored, in the kinds' order. */
  async rulesOf(em: EntityManager, principalId: string): Promise<RetentionRule[]> {
    const rows: RuleRow[] = await em.query(`SELECT ${NAMED} FROM retention_rule r WHERE r.principal_id = $1 ORDER BY ${KIND_ORDER}`, [principalId]);
    return rows.map(toRule);
  }

  /** One rule of a principal, or null when it has none of that kind (then nothing of the kind is thinned). */
  async rule(em: EntityManager, principalId: string, kind: RetentionKind): Promise<RetentionRule | null> {
    return (await this.rulesOf(em, principalId)).find((r) => r.kind === kind) ?? null;
  }

  /**
   * Sets one rule. The rule of a kind exists from the migration (or the new municipality's trigger); a stale
   * `version` is CONFLICT, so two administrators cannot overwrite each other unseen.
   */
  async set(ctx: RequestContext, input: SetRetentionRuleInput): Promise<RetentionRule> {
    assertRetentionAdmin(ctx, input.principalId, 'input.principalId');
    if (input.years < MIN_YEARS[input.kind]) throw DomainError.field('input.years', `at least ${MIN_YEARS[input.kind]} for ${input.kind}`);
    const [current]: Array<{ version: number; exempt_birth_days: number[] }> = await ctx.em.query(
      `SELECT version, exempt_birth_days FROM retention_rule WHERE principal_id = $1 AND kind = $2 FOR UPDATE`,
      [input.principalId, input.kind],
    );
    const exempt = [...new Set(input.exemptBirthDays ?? current?.exempt_birth_days ?? [])].sort((a, b) => a - b);
    if (!current) {
      const [inserted]: RuleRow[] = await ctx.em.query(
        `INSERT INTO retention_rule AS r (principal_id, kind, years, exempt_birth_days, legal_note, updated_by_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${NAMED}`,
        [input.principalId, input.kind, input.years, exempt, input.legalNote, ctx.actor.userId],
      );
      return toRule(inserted);
    }
    if (current.version !== input.version) throw DomainError.staleVersion('The retention rule', input.version, current.version);
    const [updated]: [RuleRow[], number] = await ctx.em.query(
      `UPDATE retention_rule r SET years = $3, exempt_birth_days = $4, legal_note = $5, updated_by_id = $6, updated_at = now(), version = r.version + 1
       WHERE r.principal_id = $1 AND r.kind = $2 RETURNING ${NAMED}`,
      [input.principalId, input.kind, input.years, exempt, input.legalNote, ctx.actor.userId],
    );
    return toRule(updated[0]);
  }
}
