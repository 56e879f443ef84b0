import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { findScoped } from '../../platform/auth/principal-access.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { toLocalDate } from '../../platform/context/clock.js';
import { PermanentJobError } from '../../platform/jobs/job-types.js';
import type { OutboxEvent } from '../../platform/outbox/outbox-event.entity.js';
import { OutboxHandler, type OutboxEventHandler } from '../../platform/outbox/outbox-handler.decorator.js';
import { systemContext } from '../../platform/context/system-actor.js';
import { User } from '../organisations/user.entity.js';
import { PlanActivity } from '../plans/plan-activity.entity.js';
import { ACTIVITY_RESPONSIBLE_ROLES } from '../plans/plan-permissions.js';
import { Plan } from '../plans/plan.entity.js';
import { ActivityType } from '../plans/plan.enums.js';
import { PlansService } from '../plans/plans.service.js';
import { MEETING_ATTENDANCE_RECORDED, type MeetingAttendancePayload } from './meeting-events.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';
import { attendanceActivity } from './meeting-rules.js';

/**
 * Carries attendance at a recruitment meeting into the person's plan: the meeting becomes the plan's
 * RECRUITMENT_MEETING activity on the meeting's day, completed when the person came and cancelled (with a note) when
 * they did not. Each run brings the activity in line with the attendance the event recorded (a correction has an
 * event of its own, handled after this one), so a corrected attendance adds the activity and then corrects it however
 * late the jobs run, and a repeated run changes nothing. Through PlansService, so the plan keeps a revision, authored
 * on behalf of the staff member who recorded the attendance.
 */
@Injectable()
@OutboxHandler({ name: 'meeting-plan', kinds: [MEETING_ATTENDANCE_RECORDED] })
export class MeetingPlanHandler implements OutboxEventHandler {
  private readonly logger = new Logger(MeetingPlanHandler.name);

  constructor(
    private readonly plans: PlansService,
    private readonly config: AppConfig,
  ) {}

  async handle(em: EntityManager, event: OutboxEvent): Promise<void> {
    const recorded = event.payload as MeetingAttendancePayload;
    const ctx = await systemContext(em, event.principalId, recorded.actorId, `meeting ${recorded.meetingId}: attendance`);
    const invitation = await findScoped(ctx, MeetingInvitation, recorded.invitationId, 'MeetingInvitation', { forUpdate: true });
    const enrolment = await findScoped(ctx, Enrolment, recorded.enrolmentId, 'Enrolment');
    if (enrolment.exitOn) {
      // the plan of an ended period is history and stays as it was (PlansService)
      this.logger.log(`Invitation ${invitation.id}: the enrolment period has ended, its plan is left as it was`);
      return;
    }
    const plan = await em.getRepository(Plan).findOneBy({ enrolmentId: enrolment.id });
    if (!plan) throw new PermanentJobError(`Invitation ${invitation.id}: the enrolment period has no plan; start the plan and record the attendance again`);
    const day = toLocalDate(new Date(recorded.startsAt), this.config.TIME_ZONE);
    const wanted = { ...attendanceActivity(recorded.attendance, recorded.meetingTitle), startOn: day, endOn: day };
    const activity = invitation.planActivityId ? await em.getRepository(PlanActivity).findOneBy({ id: invitation.planActivityId, planId: plan.id }) : null;
    if (!activity) {
      const recorder = await em.getRepository(User).findOneByOrFail({ id: recorded.actorId });
      const added = await this.plans.addActivity(ctx, {
        planId: plan.id,
        type: ActivityType.RECRUITMENT_MEETING,
        responsibleUserId: recorder.active && recorder.roles.some((r) => ACTIVITY_RESPONSIBLE_ROLES.includes(r)) ? recorder.id : undefined,
        ...wanted,
        adapted: plan.sickListed,
      });
      await em.query(`UPDATE meeting_invitation SET plan_activity_id = $1 WHERE id = $2`, [added.id, invitation.id]);
      return;
    }
    if (activity.status !== wanted.status || activity.note !== wanted.note || activity.startOn !== wanted.startOn || activity.endOn !== wanted.endOn) {
      await this.plans.updateActivity(ctx, { activityId: activity.id, ...wanted });
    }
  }
}
