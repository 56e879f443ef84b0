import { Injectable } from '@nestjs/common';
import { Transactions } from '../../platform/context/transactions.js';
import type { EntityManager } from 'typeorm';
import { Candidate } from '../../candidates/candidate.entity.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { findScoped } from '../../platform/auth/principal-access.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { REGISTER_EXTRACT_OPERATION, type RegisterExtract, type Row } from './register-extract.types.js';

/** A staff member's name by a user id column. */
const staff = (column: string) => `(SELECT u.name FROM app_user u WHERE u.id = ${column})`;
/** A JobTech concept's label by its id column. */
const concept = (column: string) => `(SELECT tc.label FROM taxonomy_concept tc WHERE tc.id = ${column})`;
/** The labels of an array column of JobTech concept ids. */
const concepts = (column: string) => `ARRAY(SELECT tc.label FROM taxonomy_concept tc WHERE tc.id = ANY(${column}) ORDER BY tc.label)`;
/** An opening's title and its employer's name by an opening id column. */
const opening = (column: string) =>
  `(SELECT o.title FROM opening o WHERE o.id = ${column}) AS "opening", (SELECT e.name FROM opening o JOIN employer e ON e.id = o.employer_id WHERE o.id = ${column}) AS "employer"`;

/**
 * A person's register extract (registerutdrag): GDPR art. 15 gives the person the right to everything the controller
 * holds about them and to who has received it. The principal (huvudman) is the controller, so the extract is produced
 * only within the actor's principal scope: a person outside it is NOT_FOUND, like any record the actor may not read.
 * The extract is read in one REPEATABLE READ transaction, so its parts agree with each other, and producing it is a
 * read of the record like any other: it is written to the access log as `registerutdrag`, after the log itself is
 * read, so an extract lists the reads before it and the next one lists it.
 */
@Injectable()
export class RegisterExtractService {
  constructor(
    private readonly accessLog: AccessLogService,
    private readonly transactions: Transactions,
  ) {}

  async extract(ctx: RequestContext, candidateId: string): Promise<RegisterExtract> {
    return this.transactions.withTransaction({ isolationLevel: 'REPEATABLE READ' }, async () => {
      const candidate = await findScoped(ctx, Candidate, candidateId, 'Person');
      const extract = await this.gather(ctx.em, candidate.id);
      await this.accessLog.record(ctx, [candidate], REGISTER_EXTRACT_OPERATION);
      const [actorOrganisation] = await ctx.em.query<Array<{ name: string }>>(`SELECT name FROM organisation WHERE id = $1`, [ctx.actor.organisationId]);
      return { generatedAt: new Date(), generatedBy: { name: ctx.actor.name, organisation: actorOrganisation?.name ?? null }, ...extract };
    });
  }

  private async gather(em: EntityManager, id: string): Promise<Omit<RegisterExtract, 'generatedAt' | 'generatedBy'>> {
    const q = (sql: string): Promise<Row[]> => em.query(sql, [id]);
    const [person] = await q(`
      SELECT c.id, c.identity_number AS "identityNumber", c.identity_kind AS "identityKind", c.birth_date::text AS "birthDate",
        c.first_name AS "firstName", c.last_name AS "lastName", c.phone, c.email,
        ${concept('c.home_municipality_concept_id')} AS "homeMunicipality", c.address_area AS "addressArea",
        c.travel_mode AS "travelMode", c.max_commute_minutes AS "maxCommuteMinutes",
        ARRAY(SELECT concat_ws(', ', ${concept("l->>'languageConceptId'")}, ${concept("l->>'levelConceptId'")}) FROM jsonb_array_elements(c.languages) l) AS "languages",
        c.swedish_level AS "swedishLevel", c.education_level AS "educationLevel",
        ${concepts('c.driving_licence_concept_ids')} AS "drivingLicences", c.certificates,
        ARRAY(SELECT concat(${concept("x->>'occupationConceptId'")}, ', ', x->>'years', ' år') FROM jsonb_array_elements(c.experience) x) AS "experience",
        ${concepts('c.skill_concept_ids')} AS "skills", ${concepts('c.wanted_occupation_concept_ids')} AS "wantedOccupations",
        ARRAY(SELECT s.name FROM sector s WHERE s.id = ANY(c.wanted_sector_ids) ORDER BY s.name) AS "wantedSectors",
        c.wants_internship AS "wantsInternship", ${concepts('c.wanted_worktime_concept_ids')} AS "wantedWorktimes",
        c.earliest_start_on::text AS "earliestStartOn", c.work_limitations AS "workLimitations", c.newly_arrived AS "newlyArrived",
        c.principal_id AS "principalId", p.name AS "principalName", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
      FROM candidate c JOIN organisation p ON p.id = c.principal_id WHERE c.id = $1`);
    const { principalId, principalName, ...identity } = person;

    const enrolments = await q(`
      SELECT e.id, e.first_contact_on::text AS "firstContactOn", e.first_meeting_on::text AS "firstMeetingOn", ${staff('e.secretary_id')} AS "secretary",
        e.active_job_seeker AS "activeJobSeeker", e.planning_week_start_on::text AS "planningWeekStartOn", e.plan_established_on::text AS "planEstablishedOn",
        e.sector_chosen_on::text AS "sectorChosenOn", (SELECT s.name FROM sector s WHERE s.id = e.sector_id) AS "sector",
        (SELECT t.name FROM team t WHERE t.id = e.team_id) AS "team", e.exit_on::text AS "exitOn", e.exit_reason AS "exitReason",
        e.work_started_on::text AS "workStartedOn", e.work_ended_on::text AS "workEndedOn", e.work_check AS "workCheck",
        e.work_checked_on::text AS "workCheckedOn", e.created_at AS "createdAt"
      FROM enrolment e WHERE e.candidate_id = $1 ORDER BY e.first_contact_on, e.created_at`);

    const plans = await q(`
      SELECT p.id, p.enrolment_id AS "enrolmentId", p.kind, p.established_on::text AS "establishedOn",
        ${concept('p.goal_occupation_concept_id')} AS "goalOccupation", (SELECT s.name FROM sector s WHERE s.id = p.goal_sector_id) AS "goalSector",
        p.goal_description AS "goalDescription", p.sick_listed AS "sickListed", ${staff('p.owner_id')} AS "owner",
        p.goal_reached_on::text AS "goalReachedOn", p.created_at AS "createdAt"
      FROM plan p WHERE p.candidate_id = $1 ORDER BY p.established_on, p.created_at`);
    const activities = await q(`
      SELECT a.id, a.plan_id AS "planId", a.type, ${staff('a.responsible_user_id')} AS "responsible", a.start_on::text AS "startOn",
        a.end_on::text AS "endOn", a.status, a.adapted, a.note
      FROM plan_activity a JOIN plan p ON p.id = a.plan_id WHERE p.candidate_id = $1 ORDER BY a.start_on, a.id`);
    const revisions = await q(`
      SELECT r.id, r.plan_id AS "planId", r.at, ${staff('r.author_id')} AS "author", r.action, r.via, r.changes
      FROM plan_revision r JOIN plan p ON p.id = r.plan_id WHERE p.candidate_id = $1 ORDER BY r.at, r.id`);

    const followUps = await q(`
      SELECT f.id, f.enrolment_id AS "enrolmentId", f.held_on::text AS "heldOn", ${staff('f.by_user_id')} AS "heldBy", f.form, f.summary,
        f.next_on::text AS "nextOn", f.created_at AS "createdAt"
      FROM candidate_follow_up f WHERE f.candidate_id = $1 ORDER BY f.held_on, f.created_at`);

    const consents = await q(`
      SELECT k.id, k.purpose, k.recipient, k.given_at AS "givenAt", k.withdrawn_at AS "withdrawnAt", ${staff('k.recorded_by_id')} AS "recordedBy"
      FROM consent k WHERE k.candidate_id = $1 ORDER BY k.given_at, k.id`);

    const sfiPlaces = await q(`
      SELECT s.id, c.name AS "course", c.level, c.start_on::text AS "courseStartOn", c.end_on::text AS "courseEndOn", s.status,
        s.queued_since::text AS "queuedSince", s.started_on::text AS "startedOn", s.ended_on::text AS "endedOn"
      FROM sfi_enrolment s JOIN sfi_course c ON c.id = s.course_id WHERE s.candidate_id = $1 ORDER BY s.queued_since, s.id`);
    const sfiNotes = await q(`
      SELECT n.id, n.sfi_enrolment_id AS "sfiPlaceId", n.on::text AS "on", n.attended, n.note, ${staff('n.author_id')} AS "author", n.created_at AS "createdAt"
      FROM sfi_note n JOIN sfi_enrolment s ON s.id = n.sfi_enrolment_id WHERE s.candidate_id = $1 ORDER BY n.on, n.created_at`);

    const placements = await q(`
      SELECT pl.id, pl.enrolment_id AS "enrolmentId", ${opening('pl.opening_id')}, pl.stage, pl.outcome,
        pl.internship_started_on::text AS "internshipStartedOn", pl.internship_completed_on::text AS "internshipCompletedOn",
        pl.employment_started_on::text AS "employmentStartedOn", pl.outcome_on::text AS "outcomeOn", ${concept('pl.employment_type_concept_id')} AS "employmentType",
        pl.subsidised, pl.hours_per_week AS "hoursPerWeek", pl.outcome_reason AS "outcomeReason", pl.ended_on::text AS "endedOn",
        ${staff('pl.created_by_id')} AS "createdBy", pl.created_at AS "createdAt"
      FROM placement pl WHERE pl.candidate_id = $1 ORDER BY pl.created_at, pl.id`);
    const stageChanges = await q(`
      SELECT h.id, h.placement_id AS "placementId", h.from_stage AS "fromStage", h.from_outcome AS "fromOutcome", h.to_stage AS "toStage",
        h.to_outcome AS "toOutcome", h.on::text AS "on", ${staff('h.actor_id')} AS "by", h.at, h.note
      FROM placement_stage_change h JOIN placement pl ON pl.id = h.placement_id WHERE pl.candidate_id = $1 ORDER BY h.at, h.id`);

    const shortlistEntries = await q(`
      SELECT s.id, ${opening('s.opening_id')}, ${staff('s.added_by_id')} AS "addedBy", s.added_at AS "addedAt", s.note,
        s.presented_at AS "presentedAt", ${staff('s.presented_by_id')} AS "presentedBy"
      FROM shortlist_entry s WHERE s.candidate_id = $1 ORDER BY s.added_at, s.id`);

    const rankings = await q(`
      SELECT e.id, r.requested_at AS "rankedAt", ${opening('r.opening_id')}, ${staff('r.requested_by_id')} AS "rankedBy", r.engine_version AS "engineVersion",
        e.placement, e.position, e.score, e.explanation, e.decision, e.decision_reason AS "decisionReason",
        ${staff('e.decided_by_id')} AS "decidedBy", e.decided_at AS "decidedAt"
      FROM ranking_record_entry e JOIN ranking_record r ON r.id = e.record_id WHERE e.candidate_id = $1 ORDER BY r.requested_at, e.id`);

    const invitations = await q(`
      SELECT i.id, m.title AS "meeting", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.status AS "meetingStatus",
        (SELECT v.name FROM meeting_venue v WHERE v.id = m.venue_id) AS "venue", ${opening('i.opening_id')}, i.source,
        i.explanation, i.response, i.responded_at AS "respondedAt", i.attendance, i.attendance_recorded_at AS "attendanceRecordedAt",
        ${staff('i.invited_by_id')} AS "invitedBy", i.created_at AS "invitedAt"
      FROM meeting_invitation i JOIN meeting m ON m.id = i.meeting_id WHERE i.candidate_id = $1 ORDER BY m.starts_at, i.id`);
    const interviews = await q(`
      SELECT v.id, v.invitation_id AS "invitationId", ${opening('v.opening_id')}, v.note, ${staff('v.booked_by_id')} AS "bookedBy", v.booked_at AS "bookedAt"
      FROM meeting_interview v JOIN meeting_invitation i ON i.id = v.invitation_id WHERE i.candidate_id = $1 ORDER BY v.booked_at, v.id`);

    const accessLog = await q(`
      SELECT a.at, a.operation, u.name AS "userName", o.name AS "organisation"
      FROM access_log_entry a LEFT JOIN app_user u ON u.id = a.user_id LEFT JOIN organisation o ON o.id = u.organisation_id
      WHERE a.candidate_id = $1 ORDER BY a.at DESC, a.id DESC`);

    return {
      principal: { id: String(principalId), name: String(principalName) },
      person: identity,
      enrolments,
      plans: plans.map((p) => ({ ...p, activities: children(activities, 'planId', p.id), revisions: children(revisions, 'planId', p.id) })),
      sickLeave: sickLeave(revisions),
      followUps,
      consents,
      sfiPlaces: sfiPlaces.map((s) => ({ ...s, notes: children(sfiNotes, 'sfiPlaceId', s.id) })),
      placements: placements.map((p) => ({ ...p, history: children(stageChanges, 'placementId', p.id) })),
      shortlistEntries,
      rankings,
      meetingInvitations: invitations.map((i) => ({ ...i, interviews: children(interviews, 'invitationId', i.id) })),
      accessLog,
    };
  }
}

/** The rows of `rows` whose `key` is `id`, without that key (the parent says it). */
function children(rows: Row[], key: string, id: unknown): Row[] {
  return rows.filter((r) => r[key] === id).map(({ [key]: _parent, ...rest }) => rest);
}

/** The sick-listings as the plan revisions recorded them: when the flag was set or cleared, and by whom. */
function sickLeave(revisions: Row[]): Row[] {
  const changes = (r: Row) => (Array.isArray(r.changes) ? (r.changes as Array<{ field: string; from: string | null; to: string | null }>) : []);
  return revisions.flatMap((r) =>
    changes(r)
      // a plan established without a sick-listing records the flag as set to false: not a sick-listing
      .filter((c) => c.field === 'sickListed' && (c.from !== null || c.to === 'true'))
      .map((c) => ({ planId: r.planId, at: r.at, sickListed: c.to === 'true', recordedBy: r.author })),
  );
}
