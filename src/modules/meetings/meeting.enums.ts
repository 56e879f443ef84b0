import { registerEnumType } from '@nestjs/graphql';

/** Where a recruitment meeting (rekryteringsträff) stands: planned, invitations sent, held; or cancelled. */
export enum MeetingStatus {
  PLANNED = 'PLANNED',
  INVITATIONS_SENT = 'INVITATIONS_SENT',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a recruitment meeting stands: PLANNED, then INVITATIONS_SENT, then HELD; or CANCELLED before it is held',
  valuesMap: {
    PLANNED: { description: 'Planned; the invitations have not gone out' },
    INVITATIONS_SENT: { description: 'The invitations went out; reminders go two days and two hours before the start' },
    HELD: { description: "Held (final); each participating employer's contact log has an entry" },
    CANCELLED: { description: 'Cancelled before it was held (final); no reminders go out' },
  },
});

/** How people take part: at a venue, through a link, or both (docs/domain.md: "physical in Svedala or Trelleborg, parts digital"). */
export enum MeetingFormat {
  PHYSICAL = 'PHYSICAL',
  DIGITAL = 'DIGITAL',
  PARTLY_DIGITAL = 'PARTLY_DIGITAL',
}
registerEnumType(MeetingFormat, {
  name: 'MeetingFormat',
  description: 'How people take part: at a venue, through a link, or both; follows from the venue and the link given',
  valuesMap: {
    PHYSICAL: { description: 'At a venue only' },
    DIGITAL: { description: 'Through a link only (onlineUrl)' },
    PARTLY_DIGITAL: { description: 'At a venue, with a link for those who take part digitally' },
  },
});

/** The invited person's answer. */
export enum InvitationResponse {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  NO_ANSWER = 'NO_ANSWER',
}
registerEnumType(InvitationResponse, {
  name: 'InvitationResponse',
  description: "The invited person's answer; everyone but DECLINED holds a seat at the venue and gets the reminders",
  valuesMap: {
    INVITED: { description: 'No answer recorded yet' },
    ACCEPTED: { description: 'Will come' },
    DECLINED: { description: 'Will not come: the seat is free again' },
    NO_ANSWER: { description: 'Did not answer' },
  },
});

/** Whether the person came; recorded once the meeting has started. */
export enum Attendance {
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
}
registerEnumType(Attendance, {
  name: 'Attendance',
  description: "Whether the invited person came; recorded once the meeting has started, and carried into the person's plan",
  valuesMap: {
    ATTENDED: { description: 'Came: the plan gets a completed RECRUITMENT_MEETING activity on the meeting day' },
    ABSENT: { description: 'Did not come: the plan gets the activity cancelled, with a note' },
  },
});

/** How a person came on the list: proposed by the ranking, or added by staff. */
export enum InvitationSource {
  PROPOSED = 'PROPOSED',
  ADDED = 'ADDED',
}
registerEnumType(InvitationSource, {
  name: 'InvitationSource',
  description: 'How a person came on the invite list',
  valuesMap: {
    PROPOSED: { description: 'The ranking ranks the person for an opening brought to the meeting: score, opening and explanation are kept' },
    ADDED: { description: "Added by staff, without a ranking score for the meeting's openings" },
  },
});

/** The reminders sent before a meeting. */
export enum ReminderKind {
  TWO_DAYS_BEFORE = 'TWO_DAYS_BEFORE',
  TWO_HOURS_BEFORE = 'TWO_HOURS_BEFORE',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: 'Which reminder: each goes, once the invitations are out, to everyone invited who has not declined',
  valuesMap: {
    TWO_DAYS_BEFORE: { description: '48 hours before the start' },
    TWO_HOURS_BEFORE: { description: 'Two hours before the start' },
  },
});
