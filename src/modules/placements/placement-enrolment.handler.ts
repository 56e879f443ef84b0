import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ExitReason } from '../../candidates/candidate.enums.js';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { EnrolmentsService } from '../../candidates/enrolments.service.js';
import { findScoped } from '../../platform/auth/principal-access.js';
import type { OutboxEvent } from '../../platform/outbox/outbox-event.entity.js';
import { OutboxHandler, type AfterCommit, type OutboxEventHandler } from '../../platform/outbox/outbox-handler.decorator.js';
import { systemContext } from '../../platform/context/system-actor.js';
import { PlacementEvent, type PlacementEventPayload } from './placement-events.js';
import type { Placement } from './placement.entity.js';
import { PlacementOutcome } from './placement.enums.js';

/**
 * Carries a placement's outcome into the person's enrolment period and so into the exit statistics (docs/domain.md: a
 * hire ends the person's enrolment period as an exit to work). A hire closes the period on the day it was recorded,
 * with the reason Kolada distinguishes (docs/rules.md): a municipal labour-market employment, a subsidised job or an
 * unsubsidised one; a job waits for its one-month check from its first day (EnrolmentsService.close). If that job then
 * ends early, the one-month rule decides at once whether it still counts. Not hired, or an internship that ended
 * early, keeps the period open. Runs after the plan handler: the plan of an ended period is history, so it is brought
 * in line first. Each run decides from the outcome the event recorded and from what this handler already did to the
 * period (the period it closed names the placement), never from the placement's current outcome: a hire followed at
 * once by an early end closes the period and then settles its check, however late the two jobs run.
 */
@Injectable()
@OutboxHandler({ name: 'enrolment', kinds: [PlacementEvent.HIRED, PlacementEvent.ENDED_EARLY], after: ['plan'] })
export class PlacementEnrolmentHandler implements OutboxEventHandler {
  constructor(private readonly enrolments: EnrolmentsService) {}

  async handle(em: EntityManager, event: OutboxEvent, afterCommit: AfterCommit): Promise<void> {
    const placement = event.payload as PlacementEventPayload;
    const ctx = await systemContext(em, event.principalId, placement.actorId, `placement ${placement.placementId}: ${event.kind}`, afterCommit);
    const enrolment = await findScoped(ctx, Enrolment, placement.enrolmentId, 'Enrolment', { forUpdate: true });
    if (placement.outcome === PlacementOutcome.HIRED && placement.employmentStartOn) {
      // a period already ended (by the secretary, or by this handler before) is left as it is
      if (enrolment.exitOn) return;
      await this.enrolments.close(ctx, enrolment, {
        exitOn: placement.on,
        reason: hiredExitReason(placement),
        workStartedOn: placement.employmentStartOn,
        placementId: placement.placementId,
      });
    } else if (placement.outcome === PlacementOutcome.ENDED_EARLY && enrolment.exitPlacementId === placement.placementId && enrolment.workStartedOn) {
      this.enrolments.settleWorkCheck(enrolment, placement.endedOn);
      await em.getRepository(Enrolment).save(enrolment);
    }
  }
}

/** The exit reason of a hire: Kolada never counts a municipal labour-market employment as work. */
export function hiredExitReason(placement: Pick<Placement, 'municipalLabourMarketEmployment' | 'subsidised'>): ExitReason {
  if (placement.municipalLabourMarketEmployment) return ExitReason.MUNICIPAL_LABOUR_MARKET_EMPLOYMENT;
  return placement.subsidised ? ExitReason.WORK_SUBSIDISED : ExitReason.WORK_UNSUBSIDISED;
}
