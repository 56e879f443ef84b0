import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import type { RequestContext } from '../../platform/context/request-context.js';
import { viaOf } from '../../platform/context/system-actor.js';
import { RecordChange, type FieldValue, type HistoryKind } from './record-change.entity.js';

/** A record whose edits are kept: its id, its principal, and its fields by name. */
type Tracked = { id: string; principalId: string } & object;

/**
 * The change history of the records people edit (docs/rules.md "Change history"): the one place a field's change is
 * written and read, so every kind of record keeps its history the same way. A service calls {@link record} with the
 * record as it was and as it is, inside the mutation's transaction, so a change that is rolled back leaves no history.
 */
@Injectable()
export class ChangeHistory {
  /** Adds a row per field of `fields` whose value differs between `before` (null for a new record) and `after`. */
  async record<T extends Tracked>(ctx: RequestContext, kind: HistoryKind, before: T | null, after: T, fields: ReadonlyArray<keyof T & string>): Promise<void> {
    const rows = fields
      .map((field) => ({ field, from: before ? normalise(before[field]) : null, to: normalise(after[field]) }))
      .filter(({ from, to }) => before === null || !isDeepStrictEqual(from, to))
      .map(({ field, from, to }) => ({
        kind,
        recordId: after.id,
        principalId: after.principalId,
        userId: ctx.actor.userId,
        via: viaOf(ctx),
        field,
        before: from,
        after: to,
      }));
    if (rows.length > 0) await ctx.em.getRepository(RecordChange).insert(rows);
  }

  /** A record's history, newest first. The caller has already read the record, so may read its history. */
  of(ctx: RequestContext, kind: HistoryKind, recordId: string): Promise<RecordChange[]> {
    return ctx.em.getRepository(RecordChange).find({ where: { kind, recordId }, order: { at: 'DESC', field: 'ASC' } });
  }
}

/** Dates as ISO strings and arrays sorted, so that a value saved and read back compares equal to the one given. */
function normalise(value: unknown): FieldValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => normalise(v) as string).sort();
  return value as FieldValue;
}
