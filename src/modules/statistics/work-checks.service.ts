import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { EnrolmentsService } from '../../candidates/enrolments.service.js';
import { Clock } from '../../platform/context/clock.js';
import { WorkCheck } from './exit-outcome.enums.js';

/**
 * The Kolada one-month check of exits to work, run as a job: when a job queued for the day a month is complete
 * fires, and every morning for any pending check that is due (a queued job lost with an in-process queue, a clock
 * moved on). Settling is idempotent: a check already settled is not pending and is not read again.
 */
@Injectable()
export class WorkChecksService {
  private readonly logger = new Logger(WorkChecksService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly enrolments: EnrolmentsService,
    private readonly clock: Clock,
  ) {}

  /** Settles the pending checks that are due, of one period or (no id) all; returns how many it settled. */
  async settleDue(enrolmentId?: string): Promise<number> {
    return this.transactions.withTransaction(async () => {
      const em = this.transactions.tx;
      const qb = em
        .getRepository(Enrolment)
        .createQueryBuilder('e')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('e.workCheck = :pending', { pending: WorkCheck.PENDING })
        .andWhere('e.workStartedOn <= :today', { today: this.clock.today() });
      if (enrolmentId) qb.andWhere('e.id = :enrolmentId', { enrolmentId });
      const pending = await qb.getMany();
      const settled = pending.filter((e) => this.enrolments.settleWorkCheck(e, e.workEndedOn));
      await em.getRepository(Enrolment).save(settled);
      if (settled.length > 0) this.logger.log(`one-month check settled for ${settled.length} exit(s) to work`);
      return settled.length;
    });
  }
}
