/** Who is invited to a recruitment meeting: the proposed invite list, inviting, taking off the list, the answers. */
import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { Candidate } from '../../candidates/candidate.entity.js';
import { CandidatesService } from '../../candidates/candidates.service.js';
import { Enrolment } from '../../candidates/enrolment.entity.js';
import { MatchingService } from '../../matching/matching.service.js';
import { RankingDecision } from '../../matching/ranking-record.entity.js';
import { RankingRecordsService } from '../../matching/ranking-records.service.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { assertWritable, findScoped, scopedQuery } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import { Opening } from '../openings/opening.entity.js';
import { Team } from '../organisations/team.entity.js';
import { mergeInviteProposals, type InviteProposal } from './invite-proposals.js';
import { assertPlanner, findMeeting, lockInvitation } from './meeting-access.js';
import type { MeetingInvitationsArgs } from './meeting.args.js';
import { InvitationResponse, InvitationSource } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';
import type { InvitationResponseInput, InviteToMeetingInput } from './meeting.input.js';
import { MeetingInterview } from './meeting-interview.entity.js';
import { MeetingInvitation } from './meeting-invitation.entity.js';
import { MeetingReminder } from './meeting-reminder.entity.js';
import { isOpenForChanges, refuseCapacity, takesSeat } from './meeting-rules.js';
import type { MeetingInviteProposal, MeetingInviteProposals } from './meeting.types.js';
import { MeetingVenue } from './meeting-venue.entity.js';

/**
 * Who is invited to a meeting. The invite list is proposed by the ranking (step 3) against the openings the
 * employers bring, among the people of the meeting's sector and of the municipalities the organising team serves;
 * the ranking's hard requirements include consent to share the profile with employers, and a person added by hand
 * needs that consent too (docs/rules.md: consent governs contacts with employers). Invitations are people's
 * records: scoped by the person's principal, every read logged. What came of the meeting (attendance, interviews)
 * is MeetingOutcomesService's.
 */
@Injectable()
export class MeetingInvitationsService {
  constructor(
    private readonly clock: Clock,
    private readonly matching: MatchingService,
    private readonly candidates: CandidatesService,
    private readonly accessLog: AccessLogService,
    private readonly records: RankingRecordsService,
  ) {}

  /**
   * The proposed invite list: every opening brought ranks the eligible people (an open enrolment period in the
   * meeting's sector, a resident of a municipality the team serves and the caller reads), merged per person with
   * the best score, its opening and explanation. Everyone returned is written to the access log.
   */
  async propose(ctx: RequestContext, meetingId: string, limit: number): Promise<MeetingInviteProposals> {
    const meeting = await findMeeting(ctx, meetingId);
    const eligible = await this.eligible(ctx, meeting);
    const openingIds: string[] = (await ctx.em.query(`SELECT opening_id FROM meeting_opening WHERE meeting_id = $1 ORDER BY position`, [meeting.id])).map(
      (r: { opening_id: string }) => r.opening_id,
    );
    const openings = await scopedQuery(ctx, Opening, 'o').andWhere('o.id IN (:...ids)', { ids: openingIds.length ? openingIds : [meeting.id] }).getMany();
    const rankings = [];
    for (const openingId of openingIds.filter((id) => openings.some((o) => o.id === id))) {
      rankings.push({ openingId, ranked: await this.matching.rankCandidatesAmong(ctx, openingId, eligible) });
    }
    const merged = mergeInviteProposals(rankings).slice(0, limit);
    const people = await ctx.em.getRepository(Candidate).findBy({ id: In(merged.map((p) => p.candidateId)) });
    const invited = new Set(
      (await ctx.em.getRepository(MeetingInvitation).find({ where: { meetingId: meeting.id }, select: { candidateId: true } })).map((i) => i.candidateId),
    );
    await this.accessLog.record(ctx, people, 'proposedMeetingInvitations');
    // the list is kept as shown, per opening, like any ranking a member of staff acts on
    for (const { openingId, ranked } of rankings) {
      const shown = merged.filter((p) => p.openingId === openingId).map((p) => ({ ...p, principalId: people.find((c) => c.id === p.candidateId)!.principalId }));
      if (shown.length) await this.records.keep(ctx, { openingId, considered: eligible.length, excludedCount: eligible.length - ranked.length, ranked: shown, nearMisses: [] });
    }
    const proposals: MeetingInviteProposal[] = merged.map((p) => ({
      candidate: people.find((c) => c.id === p.candidateId) as Candidate,
      score: p.score,
      explanation: p.explanation,
      opening: openings.find((o) => o.id === p.openingId) as Opening,
      openingIds: p.openingIds,
      invited: invited.has(p.candidateId),
    }));
    return { considered: eligible.length, proposals };
  }

  /**
   * Invites people (staff adjust the proposed list: anyone with an open enrolment period, of a municipality the team
   * serves, who consents to sharing their profile with employers). Someone already invited is left as they are.
   * The venue must hold everyone invited who has not declined: the meeting row is locked, so two concurrent
   * invitations cannot together exceed it. A person the ranking proposes keeps their score and explanation.
   */
  async invite(ctx: RequestContext, input: InviteToMeetingInput): Promise<MeetingInvitation[]> {
    const meeting = await this.lockMeeting(ctx, input.meetingId, 'input.meetingId');
    const team = await ctx.em.getRepository(Team).findOneByOrFail({ id: meeting.teamId });
    const existing = await ctx.em.getRepository(MeetingInvitation).find({ where: { meetingId: meeting.id } });
    const fresh: Array<{ candidate: Candidate; enrolment: Enrolment }> = [];
    for (const [i, candidateId] of input.candidateIds.entries()) {
      if (existing.some((e) => e.candidateId === candidateId)) continue;
      const field = `input.candidateIds.${i}`;
      const candidate = await findScoped(ctx, Candidate, candidateId, 'Candidate');
      assertWritable(ctx, candidate.principalId, field);
      if (!team.servedPrincipalIds.includes(candidate.principalId)) throw DomainError.field(field, 'not a resident of a municipality the organising team serves');
      const enrolment = await ctx.em.getRepository(Enrolment).findOne({ where: { candidateId, exitOn: IsNull() }, order: { firstContactOn: 'DESC' } });
      if (!enrolment) throw DomainError.conflict('Only a person with an open enrolment period is invited', [{ field, message: 'no open enrolment period' }]);
      fresh.push({ candidate, enrolment });
    }
    const sharing = await this.candidates.sharingWithEmployers(ctx, fresh.map((f) => f.candidate.id));
    const without = fresh.find((f) => !sharing.has(f.candidate.id));
    if (without) {
      throw DomainError.conflict('A recruitment meeting shares the profile with employers: the person has no consent SHARE_PROFILE_WITH_EMPLOYERS', [
        { field: `input.candidateIds.${input.candidateIds.indexOf(without.candidate.id)}`, message: 'no consent SHARE_PROFILE_WITH_EMPLOYERS in force' },
      ], 'NO_CONSENT');
    }
    await this.assertCapacity(ctx, meeting, existing.filter((e) => takesSeat(e.response)).length, fresh.length, 'input.candidateIds');

    const proposals = await this.proposalsFor(ctx, meeting, fresh.filter((f) => f.enrolment.sectorId === meeting.sectorId).map((f) => f.candidate.id));
    const repo = ctx.em.getRepository(MeetingInvitation);
    const created = await repo.save(
      fresh.map(({ candidate, enrolment }) => {
        const proposal = proposals.get(candidate.id);
        return repo.create({
          meetingId: meeting.id,
          candidateId: candidate.id,
          principalId: candidate.principalId,
          enrolmentId: enrolment.id,
          source: proposal ? InvitationSource.PROPOSED : InvitationSource.ADDED,
          score: proposal?.score ?? null,
          openingId: proposal?.openingId ?? null,
          explanation: proposal?.explanation ?? null,
          response: InvitationResponse.INVITED,
          respondedAt: null,
          attendance: null,
          attendanceRecordedAt: null,
          planActivityId: null,
          invitedById: ctx.actor.userId,
        });
      }),
    );
    for (const i of created) if (i.openingId) await this.records.decide(ctx, i.openingId, i.candidateId, RankingDecision.INVITED);
    return [...existing.filter((e) => input.candidateIds.includes(e.candidateId)), ...created];
  }

  /**
   * Takes someone off the list before anything was sent to them or came of it (a reminder, attendance, an
   * interview); after that the invitation is kept, and the answer recorded as DECLINED instead.
   */
  async remove(ctx: RequestContext, invitationId: string): Promise<boolean> {
    const invitation = await findScoped(ctx, MeetingInvitation, invitationId, 'MeetingInvitation', { forUpdate: true });
    await this.lockMeeting(ctx, invitation.meetingId, 'invitationId');
    assertWritable(ctx, invitation.principalId, 'invitationId');
    const reminded = await ctx.em.getRepository(MeetingReminder).existsBy({ invitationId: invitation.id });
    if (reminded || invitation.attendance || (await ctx.em.getRepository(MeetingInterview).existsBy({ invitationId: invitation.id }))) {
      throw DomainError.conflict('A reminder, attendance or an interview is recorded for the invitation: record it DECLINED instead', [
        { field: 'invitationId', message: 'has a history' },
      ]);
    }
    await ctx.em.getRepository(MeetingInvitation).delete({ id: invitation.id });
    return true;
  }

  /** Records the person's answer; taking a seat again after declining must fit the venue. */
  async respond(ctx: RequestContext, input: InvitationResponseInput): Promise<MeetingInvitation> {
    const invitation = await lockInvitation(ctx, input.invitationId, input.version);
    const meeting = await this.lockMeeting(ctx, invitation.meetingId, 'input.invitationId');
    if (!takesSeat(invitation.response) && takesSeat(input.response)) await this.assertCapacity(ctx, meeting, await this.seated(ctx, meeting.id), 1, 'input.response');
    if (invitation.response === input.response) return invitation;
    invitation.response = input.response;
    invitation.respondedAt = input.response === InvitationResponse.INVITED ? null : this.clock.now();
    return ctx.em.getRepository(MeetingInvitation).save(invitation);
  }

  /** A meeting's invitations the caller may read (their principals' residents), best score first; each person logged. */
  async list(ctx: RequestContext, args: MeetingInvitationsArgs, operation: string): Promise<Page<MeetingInvitation>> {
    await findMeeting(ctx, args.meetingId);
    const qb = scopedQuery(ctx, MeetingInvitation, 'i')
      .andWhere('i.meetingId = :meetingId', { meetingId: args.meetingId })
      .orderBy('i.score', 'DESC', 'NULLS LAST')
      .addOrderBy('i.createdAt', 'ASC')
      .addOrderBy('i.id', 'ASC');
    const page = await paginate(qb, args);
    await this.accessLog.record(ctx, page.items.map((i) => ({ id: i.candidateId })), operation);
    return page;
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  /** The people the ranking may propose: open enrolment in the meeting's sector, of a served principal the caller reads. */
  private async eligible(ctx: RequestContext, meeting: Meeting): Promise<string[]> {
    const team = await ctx.em.getRepository(Team).findOneByOrFail({ id: meeting.teamId });
    const principals = team.servedPrincipalIds.filter((p) => ctx.actor.readablePrincipalIds.includes(p));
    const rows: Array<{ id: string }> = await ctx.em.query(
      `SELECT DISTINCT c.id FROM candidate c JOIN enrolment e ON e.candidate_id = c.id AND e.exit_on IS NULL
        WHERE e.sector_id = $1 AND c.principal_id = ANY($2) ORDER BY c.id`,
      [meeting.sectorId, principals],
    );
    return rows.map((r) => r.id);
  }

  /** The ranking's best score per person among `candidateIds`, over the meeting's openings. */
  private async proposalsFor(ctx: RequestContext, meeting: Meeting, candidateIds: string[]): Promise<Map<string, InviteProposal>> {
    if (candidateIds.length === 0) return new Map();
    const rows: Array<{ opening_id: string }> = await ctx.em.query(`SELECT opening_id FROM meeting_opening WHERE meeting_id = $1 ORDER BY position`, [meeting.id]);
    const visible = new Set((await scopedQuery(ctx, Opening, 'o').andWhere('o.id IN (:...ids)', { ids: rows.length ? rows.map((r) => r.opening_id) : [meeting.id] }).getMany()).map((o) => o.id));
    const rankings = [];
    for (const { opening_id } of rows.filter((r) => visible.has(r.opening_id))) {
      rankings.push({ openingId: opening_id, ranked: await this.matching.rankCandidatesAmong(ctx, opening_id, candidateIds) });
    }
    return new Map(mergeInviteProposals(rankings).map((p) => [p.candidateId, p]));
  }

  /** The meeting locked (invitations and capacity change together), by one of its planners, open for changes. */
  private async lockMeeting(ctx: RequestContext, meetingId: string, field: string): Promise<Meeting> {
    const meeting = await findMeeting(ctx, meetingId, { forUpdate: true });
    const team = await ctx.em.getRepository(Team).findOneByOrFail({ id: meeting.teamId });
    await assertPlanner(ctx, team, meeting.principalId, field);
    if (!isOpenForChanges(meeting.status)) throw DomainError.conflict(`The meeting is ${meeting.status}`, [{ field, message: meeting.status }]);
    return meeting;
  }

  private async assertCapacity(ctx: RequestContext, meeting: Meeting, seated: number, adding: number, field: string): Promise<void> {
    const venue = meeting.venueId ? await ctx.em.getRepository(MeetingVenue).findOneByOrFail({ id: meeting.venueId }) : null;
    const refusal = refuseCapacity(venue?.capacity ?? null, seated, adding);
    if (refusal) throw DomainError.conflict(`Over capacity: ${refusal}`, [{ field, message: refusal }], 'OVER_CAPACITY');
  }

  private async seated(ctx: RequestContext, meetingId: string): Promise<number> {
    return ctx.em.getRepository(MeetingInvitation).countBy({ meetingId, response: Not(InvitationResponse.DECLINED) });
  }

}
