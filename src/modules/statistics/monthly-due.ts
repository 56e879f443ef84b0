import type { Transactions } from '../../platform/context/transactions.js';
import type { EntityManager } from 'typeorm';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';
import { reportMonthDue } from './period.js';

/** The month a kept monthly report covers: its first day (`month`, also the table's key) and its last. */
export interface DueMonth {
  month: string;
  from: string;
  to: string;
}

/**
 * The one rule for every report kept once a month (the statistics' monthly report, the ranking's exposure report):
 * from the first working day of a month (weekends and Swedish holidays excluded), the previous month's report of every
 * principal (municipality) that has none yet in `table`, each made by `produce` in its own REPEATABLE READ transaction.
 * Idempotent: the jobs run every morning, a second run finds every report made and does nothing, and a day missed is
 * made up the next; the table's unique (principal_id, month) settles a race, `produce` inserting with ON CONFLICT DO
 * NOTHING and returning null when it lost. Returns what `produce` returned for the reports made.
 */
export async function produceDueMonthly<T>(
  transactions: Transactions,
  today: string,
  table: 'monthly_report' | 'exposure_report',
  produce: (em: EntityManager, principal: Organisation, due: DueMonth) => Promise<T | null>,
): Promise<T[]> {
  const due = reportMonthDue(today);
  if (!due) return [];
  const principals = await transactions.tx.getRepository(Organisation).find({ where: { kind: OrganisationKind.MUNICIPALITY }, order: { name: 'ASC' } });
  const made: T[] = [];
  for (const principal of principals) {
    const result = await transactions.withTransaction({ isolationLevel: 'REPEATABLE READ' }, async () => {
      const em = transactions.tx;
      const [kept] = await em.query(`SELECT 1 FROM ${table} WHERE principal_id = $1 AND month = $2`, [principal.id, due.month]);
      return kept ? null : produce(em, principal, due);
    });
    if (result !== null) made.push(result);
  }
  return made;
}
