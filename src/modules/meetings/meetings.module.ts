import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module.js';
import { EmployersModule } from '../../employers/employers.module.js';
import { MatchingModule } from '../../matching/matching.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { CandidateMeetingsResolver, InvitationMeetingResolver } from './candidate-meetings.resolver.js';
import { MeetingCalendarController } from './meeting-calendar.controller.js';
import { MeetingCalendarResolver } from './meeting-calendar.resolver.js';
import { MeetingCalendarService } from './meeting-calendar.service.js';
import { MeetingContactLogHandler } from './meeting-contact-log.handler.js';
import { MeetingInterviewResolver, MeetingInvitationsResolver } from './meeting-invitations.resolver.js';
import { MeetingFieldsService } from './meeting-fields.service.js';
import { MeetingInvitationsService } from './meeting-invitations.service.js';
import { MeetingOutcomesService } from './meeting-outcomes.service.js';
import { MeetingPlanHandler } from './meeting-plan.handler.js';
import { MeetingPlanningService } from './meeting-planning.service.js';
import { MeetingReminderPlanProcessor, MeetingReminderProcessor } from './meeting-reminder.processor.js';
import { MeetingRemindersService } from './meeting-reminders.service.js';
import { MeetingVenuesResolver } from './meeting-venues.resolver.js';
import { MeetingVenuesService } from './meeting-venues.service.js';
import { MeetingEmployerResolver, MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';
import { RecordingReminderSender, ReminderSender } from './reminder-sender.js';

/**
 * Recruitment meetings (rekryteringsträffar): planning per quarter, venues, invitations proposed by the ranking,
 * reminders, outcomes carried into placements (synchronously), plans and employer contact logs (through the
 * outbox), and iCalendar feeds. The reminder sender is an interface; the default records what would be sent.
 */
@Module({
  imports: [CandidatesModule, EmployersModule, MatchingModule, PlacementsModule, PlansModule],
  controllers: [MeetingCalendarController],
  providers: [
    MeetingsService,
    MeetingInvitationsService,
    MeetingOutcomesService,
    MeetingFieldsService,
    MeetingPlanningService,
    MeetingVenuesService,
    MeetingCalendarService,
    MeetingRemindersService,
    { provide: ReminderSender, useClass: RecordingReminderSender },
    MeetingReminderProcessor,
    MeetingReminderPlanProcessor,
    MeetingPlanHandler,
    MeetingContactLogHandler,
    MeetingsResolver,
    MeetingEmployerResolver,
    MeetingInvitationsResolver,
    MeetingInterviewResolver,
    MeetingVenuesResolver,
    MeetingCalendarResolver,
    CandidateMeetingsResolver,
    InvitationMeetingResolver,
  ],
})
export class MeetingsModule {}
