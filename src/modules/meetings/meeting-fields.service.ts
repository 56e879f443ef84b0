/** The relation fields of meetings, their participating employers and invitations, batched per request (DataLoader). */
import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { In } from 'typeorm';
import { EmployerContact } from '../../employers/employer-contact.entity.js';
import { scopedQuery } from '../../platform/auth/principal-access.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { Opening } from '../openings/opening.entity.js';
import { Attendance, InvitationResponse } from './meeting.enums.js';
import { MeetingEmployer } from './meeting-employer.entity.js';
import { MeetingInterview } from './meeting-interview.entity.js';
import { MeetingReminder } from './meeting-reminder.entity.js';
import { takesSeat } from './meeting-rules.js';
import { MeetingStaff } from './meeting-staff.entity.js';
import type { MeetingInvitationCounts } from './meeting.types.js';
import { MeetingVenue } from './meeting-venue.entity.js';

/**
 * What the meeting resolvers read beside a meeting or an invitation: the staff, the employers and the openings they
 * bring, the venue, the contact-log entry of a held meeting, the invitation counts, and an invitation's opening,
 * interviews and reminders. Each is batched per request; the people's records are scoped as in the services.
 */
@Injectable()
export class MeetingFieldsService {
  constructor(private readonly loaders: RequestLoaders) {}

  /** The responsible staff's user ids. */
  staff(ctx: RequestContext, meetingId: string): Promise<string[]> {
    const loader = this.loaders.get<string, string[]>('meetings.staff', async (ids) => {
      const rows = await ctx.em.getRepository(MeetingStaff).find({ where: { meetingId: In([...ids]) }, order: { userId: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.meetingId === id).map((r) => r.userId));
    });
    return loader.load(meetingId);
  }

  /** The participating employers the caller may read (scoped by the employer's principal). */
  employers(ctx: RequestContext, meetingId: string): Promise<MeetingEmployer[]> {
    const loader = this.loaders.get<string, MeetingEmployer[]>('meetings.employer', async (ids) => {
      const rows = await scopedQuery(ctx, MeetingEmployer, 'e').andWhere('e.meetingId IN (:...ids)', { ids: [...ids] }).getMany();
      // in the order given: by the first opening each brings
      const positions: Array<{ meeting_id: string; employer_id: string; first: number }> = await ctx.em.query(
        `SELECT meeting_id, employer_id, min(position)::int AS first FROM meeting_opening WHERE meeting_id = ANY($1) GROUP BY 1, 2`,
        [[...ids]],
      );
      const first = (e: MeetingEmployer) => positions.find((p) => p.meeting_id === e.meetingId && p.employer_id === e.employerId)?.first ?? Number.MAX_SAFE_INTEGER;
      return ids.map((id) => rows.filter((r) => r.meetingId === id).sort((a, b) => first(a) - first(b) || (a.id < b.id ? -1 : 1)));
    });
    return loader.load(meetingId);
  }

  /** The openings a participating employer brings, in the order given. */
  openings(ctx: RequestContext, employer: MeetingEmployer): Promise<Opening[]> {
    const loader = this.loaders.get<string, Opening[]>('meetings.opening', async (keys) => {
      const pairs = keys.map((k) => k.split('/'));
      const rows: Array<{ meeting_id: string; employer_id: string; opening_id: string }> = await ctx.em.query(
        `SELECT meeting_id, employer_id, opening_id FROM meeting_opening WHERE meeting_id = ANY($1) ORDER BY position`,
        [[...new Set(pairs.map(([m]) => m))]],
      );
      const openings = await ctx.em.getRepository(Opening).findBy({ id: In(rows.map((r) => r.opening_id)) });
      const byId = new Map(openings.map((o) => [o.id, o]));
      return pairs.map(([m, e]) => rows.filter((r) => r.meeting_id === m && r.employer_id === e).map((r) => byId.get(r.opening_id) as Opening));
    });
    return loader.load(`${employer.meetingId}/${employer.employerId}`);
  }

  /** The contact-log entry written for a participation when the meeting was held (scoped like the employer). */
  contact(ctx: RequestContext, contactId: string): Promise<EmployerContact | null> {
    const loader = this.loaders.get<string, EmployerContact | null>('meetings.contact', async (ids) => {
      const rows = await scopedQuery(ctx, EmployerContact, 'c').leftJoinAndSelect('c.skillNeeds', 'skillNeeds').andWhere('c.id IN (:...ids)', { ids: [...ids] }).getMany();
      return ids.map((id) => rows.find((c) => c.id === id) ?? null);
    });
    return loader.load(contactId);
  }

  venue(ctx: RequestContext, venueId: string): Promise<MeetingVenue | null> {
    const loader = this.loaders.get<string, MeetingVenue | null>('meetings.venue', async (ids) => {
      const rows = await ctx.em.getRepository(MeetingVenue).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
    return loader.load(venueId);
  }

  /** Counts of a meeting's invitations (all principals: numbers only, no one's data). */
  counts(ctx: RequestContext, meetingId: string): Promise<MeetingInvitationCounts> {
    const loader = this.loaders.get<string, MeetingInvitationCounts>('meetings.count', async (ids) => {
      const rows: Array<{ meeting_id: string; response: InvitationResponse; attendance: Attendance | null; n: number }> = await ctx.em.query(
        `SELECT meeting_id, response, attendance, count(*)::int AS n FROM meeting_invitation WHERE meeting_id = ANY($1) GROUP BY 1, 2, 3`,
        [[...ids]],
      );
      return ids.map((id) => {
        const mine = rows.filter((r) => r.meeting_id === id);
        const sum = (keep: (r: (typeof rows)[number]) => boolean) => mine.filter(keep).reduce((n, r) => n + r.n, 0);
        return {
          invited: sum(() => true),
          accepted: sum((r) => r.response === InvitationResponse.ACCEPTED),
          declined: sum((r) => r.response === InvitationResponse.DECLINED),
          noAnswer: sum((r) => r.response === InvitationResponse.NO_ANSWER),
          attended: sum((r) => r.attendance === Attendance.ATTENDED),
          absent: sum((r) => r.attendance === Attendance.ABSENT),
          seated: sum((r) => takesSeat(r.response)),
        };
      });
    });
    return loader.load(meetingId);
  }

  /** The opening of an invitation's best score, if the caller reads its principal. */
  opening(ctx: RequestContext, openingId: string): Promise<Opening | null> {
    const loader = this.loaders.get<string, Opening | null>('meetings.invitationOpening', async (ids) => {
      const rows = await scopedQuery(ctx, Opening, 'o').andWhere('o.id IN (:...ids)', { ids: [...ids] }).getMany();
      return ids.map((id) => rows.find((o) => o.id === id) ?? null);
    });
    return loader.load(openingId);
  }

  interviews(ctx: RequestContext, invitationId: string): Promise<MeetingInterview[]> {
    const loader = this.loaders.get<string, MeetingInterview[]>('meetings.interview', async (ids) => {
      const rows = await ctx.em.getRepository(MeetingInterview).find({ where: { invitationId: In([...ids]) }, order: { bookedAt: 'ASC', id: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.invitationId === id));
    });
    return loader.load(invitationId);
  }

  reminders(ctx: RequestContext, invitationId: string): Promise<MeetingReminder[]> {
    const loader = this.loaders.get<string, MeetingReminder[]>('meetings.reminder', async (ids) => {
      const rows = await ctx.em.getRepository(MeetingReminder).find({ where: { invitationId: In([...ids]) }, order: { sentAt: 'ASC', id: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.invitationId === id));
    });
    return loader.load(invitationId);
  }
}
