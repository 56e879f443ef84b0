/** What the SFI services share: an enrolment locked for a change, the check of a day, rows grouped for a batch. */
import { assertWritable, findScoped } from '../../platform/auth/principal-access.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { SfiEnrolment } from './sfi-enrolment.entity.js';

/** An enrolment the caller may change, locked for the change. */
export async function lockEnrolment(ctx: RequestContext, id: string): Promise<SfiEnrolment> {
  const enrolment = await findScoped(ctx, SfiEnrolment, id, 'SfiEnrolment', { forUpdate: true });
  assertWritable(ctx, enrolment.principalId, 'sfiEnrolmentId');
  return enrolment;
}

/** A day of something that happened: not after `today`, and not before any of `notBefore` ([date, what]). */
export function assertDay(day: string, today: string, field: string, notBefore: Array<[string, string]>): void {
  if (day > today) throw DomainError.field(field, 'cannot be in the future');
  for (const [earliest, what] of notBefore) {
    if (day < earliest) throw DomainError.field(field, `cannot be before ${what} (${earliest})`);
  }
}

/** Batched rows per id, in the order of `ids` (an id without rows gets none). */
export function grouped<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const by = new Map<string, T[]>();
  for (const row of rows) by.set(key(row), [...(by.get(key(row)) ?? []), row]);
  return ids.map((id) => by.get(id) ?? []);
}
