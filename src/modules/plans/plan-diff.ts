import type { PlanChange } from './plan-revision.entity.js';

/**
 * The JSON form of a value in a revision: `null` for no value (null or undefined), otherwise `JSON.stringify`,
 * so a string reads `"Undersköterska"`, a flag `true` and a date `"2026-11-23"`.
 */
export function encodeRevisionValue(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * The per-field changes between two states of a record (the plan, or one of its activities), for a revision:
 * docs/rules.md asks for who changed what and when, so every field whose value differs gives one
 * `{ field, from, to }` with both values JSON-encoded ({@link encodeRevisionValue}). Fields are compared by their
 * JSON form, in the order given, and named `prefix + field` (e.g. `activity.status`). With `before` null (the
 * record is new) every field that has a value in `after` is listed with `from: null`. Equal values give nothing,
 * so an update that changes nothing has an empty diff and leaves no revision.
 */
export function diffFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: ReadonlyArray<keyof T & string>,
  prefix = '',
): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of fields) {
    const from = before === null ? null : encodeRevisionValue(before[field]);
    const to = encodeRevisionValue(after[field]);
    if (from !== to) changes.push({ field: `${prefix}${field}`, from, to });
  }
  return changes;
}
