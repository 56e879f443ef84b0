import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContactKind } from '../../employers/employer-contact.entity.js';
import { EmployerContactsService } from '../../employers/employer-contacts.service.js';
import { findScoped } from '../../platform/auth/principal-access.js';
import { AppConfig } from '../../platform/config/app-config.js';
import type { OutboxEvent } from '../../platform/outbox/outbox-event.entity.js';
import { OutboxHandler, type OutboxEventHandler } from '../../platform/outbox/outbox-handler.decorator.js';
import { systemContext } from '../../platform/context/system-actor.js';
import { MEETING_HELD, type MeetingHeldPayload } from './meeting-events.js';
import { Meeting } from './meeting.entity.js';
import { MeetingEmployer } from './meeting-employer.entity.js';
import { MeetingVenue } from './meeting-venue.entity.js';
import { venueText } from './meeting-venues.service.js';

/**
 * When a meeting has been held, each participating employer gets an entry in its contact log (step 1: every contact
 * is logged), kind MEETING, occurred when the meeting started, naming the meeting and the openings the employer
 * brought, and how many job seekers came as recorded when it was marked held (the event's own count: attendance
 * recorded later does not change what the job writes, however late it runs). It goes through
 * EmployerContactsService, so the log's rules hold (the employer in scope and not archived; the author's earlier
 * follow-ups with the employer are done). At most once per meeting and employer: the entry's id is kept on the
 * participation, and a run that finds it does nothing.
 */
@Injectable()
@OutboxHandler({ name: 'meeting-contact-log', kinds: [MEETING_HELD] })
export class MeetingContactLogHandler implements OutboxEventHandler {
  constructor(
    private readonly contacts: EmployerContactsService,
    private readonly config: AppConfig,
  ) {}

  async handle(em: EntityManager, event: OutboxEvent): Promise<void> {
    const payload = event.payload as MeetingHeldPayload;
    const ctx = await systemContext(em, event.principalId, payload.actorId, `meeting ${payload.meetingId}: held`);
    const participation = await findScoped(ctx, MeetingEmployer, payload.meetingEmployerId, 'MeetingEmployer', { forUpdate: true });
    if (participation.contactId) return;
    const meeting = await em.getRepository(Meeting).findOneByOrFail({ id: participation.meetingId });
    const venue = meeting.venueId ? await em.getRepository(MeetingVenue).findOneByOrFail({ id: meeting.venueId }) : null;
    const openings: Array<{ title: string }> = await em.query(
      `SELECT o.title FROM meeting_opening mo JOIN opening o ON o.id = mo.opening_id WHERE mo.meeting_id = $1 AND mo.employer_id = $2 ORDER BY mo.position`,
      [meeting.id, participation.employerId],
    );
    const when = new Intl.DateTimeFormat('sv-SE', { timeZone: this.config.TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(meeting.startsAt);
    const place = venue ? venueText(venue) : 'digitalt';
    const summary =
      `Rekryteringsträff "${meeting.title}" ${when}, ${place}. ` +
      `${openings.length ? `Med: ${openings.map((o) => o.title).join(', ')}. ` : ''}${payload.attended} arbetssökande deltog.`;
    const contact = await this.contacts.log(ctx, { employerId: participation.employerId, occurredAt: meeting.startsAt, kind: ContactKind.MEETING, summary });
    await em.query(`UPDATE meeting_employer SET contact_id = $1 WHERE id = $2 AND contact_id IS NULL`, [contact.id, participation.id]);
  }
}
