import type { EntityManager } from 'typeorm';

/**
 * Thinning a person's records by anonymising them (docs/rules.md "Thinning": past statistics must survive it).
 *
 * The statistics are computed from the enrolment periods and the follow-ups' dates alone (migration
 * StatisticsCells: the footprint reads a period's dates, exit reason, one-month check, sector, team and secretary, and
 * a follow-up's `held_on`, `next_on` and `created_at`), and the ranking's exposure report from the birth date, Swedish
 * level and newly-arrived flag with the shortlist and placement steps. So those are kept, without the person:
 *
 * - kept as they are: the enrolment periods; the follow-ups' dates and form; plans' kind and dates; the SFI places
 *   and attendance; placements and their steps; meeting invitations' response and attendance; the person row's
 *   birth date, identity kind, home municipality, Swedish level and newly-arrived flag (what the figures group by);
 * - removed: name (replaced by "Gallrad uppgift"), identity number (`GALLRAD-<id>`), contact details, address area,
 *   languages, education, licences, certificates, experience, skills and wishes; the follow-ups' summaries; plans'
 *   goal descriptions, activities' notes and the plans' revision history; SFI notes' text; shortlist notes;
 *   placements' outcome reasons and step notes; the ranking's explanations on invitations, interview notes and
 *   reminders; every consent; every access-log entry about the person; and their entries in the kept rankings (what
 *   was shown about them and decided).
 *
 * The follow-up update fires the statistics trigger, whose difference is empty since no date changes; the
 * candidate update appends to the ranking's change feed, so live pools drop the emptied profile.
 */
const STATEMENTS: readonly string[] = [
  `DELETE FROM consent WHERE candidate_id = ANY($1::uuid[])`,
  `UPDATE candidate_follow_up SET summary = '' WHERE candidate_id = ANY($1::uuid[]) AND summary <> ''`,
  `UPDATE plan SET goal_description = NULL WHERE candidate_id = ANY($1::uuid[]) AND goal_description IS NOT NULL`,
  `UPDATE plan_activity a SET note = NULL FROM plan p WHERE a.plan_id = p.id AND p.candidate_id = ANY($1::uuid[]) AND a.note IS NOT NULL`,
  `DELETE FROM plan_revision r USING plan p WHERE r.plan_id = p.id AND p.candidate_id = ANY($1::uuid[])`,
  `UPDATE sfi_note n SET note = NULL FROM sfi_enrolment s WHERE n.sfi_enrolment_id = s.id AND s.candidate_id = ANY($1::uuid[]) AND n.note IS NOT NULL`,
  `UPDATE shortlist_entry SET note = NULL WHERE candidate_id = ANY($1::uuid[]) AND note IS NOT NULL`,
  `UPDATE placement SET outcome_reason = NULL WHERE candidate_id = ANY($1::uuid[]) AND outcome_reason IS NOT NULL`,
  `UPDATE placement_stage_change c SET note = NULL FROM placement p WHERE c.placement_id = p.id AND p.candidate_id = ANY($1::uuid[]) AND c.note IS NOT NULL`,
  `UPDATE meeting_invitation SET explanation = NULL WHERE candidate_id = ANY($1::uuid[]) AND explanation IS NOT NULL`,
  `UPDATE meeting_interview i SET note = NULL FROM meeting_invitation m WHERE i.invitation_id = m.id AND m.candidate_id = ANY($1::uuid[]) AND i.note IS NOT NULL`,
  `DELETE FROM meeting_reminder r USING meeting_invitation m WHERE r.invitation_id = m.id AND m.candidate_id = ANY($1::uuid[])`,
  `DELETE FROM access_log_entry WHERE candidate_id = ANY($1::uuid[])`,
  `DELETE FROM ranking_record_entry WHERE candidate_id = ANY($1::uuid[])`,
  `UPDATE candidate SET erased_at = now(), identity_number = 'GALLRAD-' || id, first_name = 'Gallrad', last_name = 'uppgift',
     phone = NULL, email = NULL, address_area = NULL, travel_mode = 'PUBLIC_TRANSPORT', max_commute_minutes = NULL, languages = '[]', education_level = NULL, driving_licence_concept_ids = '{}',
     certificates = '{}', experience = '[]', skill_concept_ids = '{}', wanted_occupation_concept_ids = '{}', wanted_sector_ids = '{}',
     wanted_worktime_concept_ids = '{}', earliest_start_on = NULL, work_limitations = '{}', version = version + 1, updated_at = now()
   WHERE id = ANY($1::uuid[]) AND erased_at IS NULL`,
];

/** Anonymises the records of `candidateIds` (all of one principal, none with an open period), in `em`'s transaction. */
export async function anonymisePeople(em: EntityManager, candidateIds: readonly string[]): Promise<void> {
  if (candidateIds.length === 0) return;
  for (const statement of STATEMENTS) await em.query(statement, [[...candidateIds]]);
}
