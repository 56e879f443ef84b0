import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { assertWritable } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';
import type { MeetingVenueArgs } from './meeting.args.js';
import type { MeetingVenueInput, UpdateMeetingVenueInput } from './meeting.input.js';
import { MeetingVenue } from './meeting-venue.entity.js';

/** Venues for recruitment meetings, per municipality (docs/domain.md: "physical in Svedala or Trelleborg"). */
@Injectable()
export class MeetingVenuesService {
  constructor(private readonly clock: Clock) {}

  /** Venues in the municipalities the caller reads, by name. */
  list(ctx: RequestContext, args: MeetingVenueArgs): Promise<MeetingVenue[]> {
    const principals = [...ctx.actor.readablePrincipalIds];
    if (principals.length === 0) return Promise.resolve([]);
    const qb = ctx.em.getRepository(MeetingVenue).createQueryBuilder('v').where('v.principalId IN (:...principals)', { principals }).orderBy('v.name').addOrderBy('v.id');
    if (args.principalId) qb.andWhere('v.principalId = :principalId', { principalId: args.principalId });
    if (!args.includeInactive) qb.andWhere('v.active');
    return qb.limit(500).getMany();
  }

  /** A venue in a municipality the caller acts for; names are unique per municipality. */
  async create(ctx: RequestContext, input: MeetingVenueInput): Promise<MeetingVenue> {
    const municipality = await ctx.em.getRepository(Organisation).findOneBy({ id: input.principalId, kind: OrganisationKind.MUNICIPALITY });
    if (!municipality) throw DomainError.field('input.principalId', 'not a municipality');
    assertWritable(ctx, municipality.id, 'input.principalId');
    const repo = ctx.em.getRepository(MeetingVenue);
    return this.saving(() =>
      repo.save(
        repo.create({
          principalId: municipality.id,
          name: input.name,
          street: input.street || null,
          postalCode: input.postalCode || null,
          city: input.city,
          capacity: input.capacity,
          active: true,
          createdById: ctx.actor.userId,
        }),
      ),
    );
  }

  /**
   * Changes a venue. Its capacity may not drop below the seats taken at a coming meeting there (the invitations
   * were made against the old capacity); such a change is a CONFLICT naming `input.capacity`.
   */
  async update(ctx: RequestContext, input: UpdateMeetingVenueInput): Promise<MeetingVenue> {
    const repo = ctx.em.getRepository(MeetingVenue);
    const venue = await repo.createQueryBuilder('v').where('v.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
    if (!venue || !ctx.actor.readablePrincipalIds.includes(venue.principalId)) throw DomainError.notFound('MeetingVenue', input.id);
    assertWritable(ctx, venue.principalId);
    if (venue.version !== input.version) throw DomainError.staleVersion('MeetingVenue', input.version, venue.version);
    if (input.capacity !== undefined && input.capacity < venue.capacity) {
      const [row]: Array<{ seated: number }> = await ctx.em.query(
        `SELECT coalesce(max(n), 0)::int AS seated FROM (
           SELECT count(*) AS n FROM meeting m JOIN meeting_invitation i ON i.meeting_id = m.id AND i.response <> 'DECLINED'
            WHERE m.venue_id = $1 AND m.status IN ('PLANNED', 'INVITATIONS_SENT') AND m.ends_at > $2 GROUP BY m.id) s`,
        [venue.id, this.clock.now()],
      );
      if (row.seated > input.capacity) {
        throw DomainError.conflict(`A coming meeting at the venue has ${row.seated} invited`, [{ field: 'input.capacity', message: `at least ${row.seated}` }]);
      }
    }
    if (input.name !== undefined) venue.name = input.name;
    if (input.street !== undefined) venue.street = input.street || null;
    if (input.postalCode !== undefined) venue.postalCode = input.postalCode || null;
    if (input.city !== undefined) venue.city = input.city;
    if (input.capacity !== undefined) venue.capacity = input.capacity;
    if (input.active !== undefined && input.active !== null) venue.active = input.active;
    return this.saving(() => repo.save(venue));
  }

  private async saving(save: () => Promise<MeetingVenue>): Promise<MeetingVenue> {
    try {
      return await save();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw DomainError.conflict('The municipality has a venue with this name', [{ field: 'input.name', message: 'taken' }]);
      }
      throw error;
    }
  }
}

/** How a venue is written in a calendar, a reminder or a contact-log entry. */
export function venueText(venue: Pick<MeetingVenue, 'name' | 'street' | 'postalCode' | 'city'>): string {
  return [venue.name, venue.street, [venue.postalCode, venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}
