import { registerEnumType } from '@nestjs/graphql';

/** Where a recruitment meeting (rekryteringsträff) stands: planned, invitations sent, held; or cancelled. */
export enum MeetingStatus {
  PLANNED = 'PLANNED',
  INVITATIONS_SENT = 'INVITATIONS_SENT',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

/** How people take part: at a venue, through a link, or both (docs/domain.md: "physical in Svedala or Trelleborg, parts digital"). */
export enum MeetingFormat {
  PHYSICAL = 'PHYSICAL',
  DIGITAL = 'DIGITAL',
  PARTLY_DIGITAL = 'PARTLY_DIGITAL',
}
registerEnumType(MeetingFormat, { name: 'MeetingFormat' });

/** The invited person's answer. */
export enum InvitationResponse {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  NO_ANSWER = 'NO_ANSWER',
}
registerEnumType(InvitationResponse, { name: 'InvitationResponse' });

/** Whether the person came; recorded once the meeting has started. */
export enum Attendance {
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
}
registerEnumType(Attendance, { name: 'Attendance' });

/** How a person came on the list: proposed by the ranking, or added by staff. */
export enum InvitationSource {
  PROPOSED = 'PROPOSED',
  ADDED = 'ADDED',
}
registerEnumType(InvitationSource, { name: 'InvitationSource' });

/** The reminders sent before a meeting. */
export enum ReminderKind {
  TWO_DAYS_BEFORE = 'TWO_DAYS_BEFORE',
  TWO_HOURS_BEFORE = 'TWO_HOURS_BEFORE',
}
registerEnumType(ReminderKind, { name: 'ReminderKind' });
