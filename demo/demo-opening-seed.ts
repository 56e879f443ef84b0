import type { EntityManager } from 'typeorm';
import type { SwedishLevel } from '../src/candidates/candidate.enums.js';
import { Employer } from '../src/employers/employer.entity.js';
import { SkillNeed } from '../src/employers/skill-need.entity.js';
import { addDays } from '../src/platform/context/clock.js';
import { InternshipCheckIn } from '../src/modules/openings/internship-check-in.entity.js';
import { sectorOfOccupation, sectorTeamFor } from '../src/modules/openings/opening-routing.js';
import { Opening } from '../src/modules/openings/opening.entity.js';
import type { OpeningKind, OpeningStatus } from '../src/modules/openings/opening.enums.js';
import { demoOpenings, type DemoOpening } from './demo-openings.js';
import type { DemoWorld } from './demo-world.js';

/**
 * ~16 openings at the demo employers ({@link demoOpenings}), seeded after the employers and job seekers: routed to
 * their sector and sector team by the rule the openings service uses (opening-routing.ts), at the employer's address,
 * created by the employer's responsible staff member, linked to the skill need they were taken from, and for the
 * internship under way its check-ins. Returns how many.
 */
export async function seedDemoOpenings(em: EntityManager, world: DemoWorld): Promise<number> {
  const employers = new Map((await em.getRepository(Employer).find()).map((e) => [e.organisationNumber, e]));
  const ssyk4: Array<{ id: string; code: string }> = await em.query(`SELECT id, code FROM taxonomy_concept WHERE type = 'ssyk-level-4'`);
  const ssyk4Id = new Map(ssyk4.map((r) => [r.code, r.id]));
  const openings = demoOpenings();
  for (const demo of openings) {
    const employer = employers.get(demo.employerOrganisationNumber);
    if (!employer) throw new Error(`Demo opening ${demo.key}: no demo employer ${demo.employerOrganisationNumber}`);
    const createdById = employer.responsibleUserId ?? world.users.get('recruiter1');
    if (!createdById) throw new Error(`Demo opening ${demo.key}: nobody to create it`);
    const sectorId = await sectorOfOccupation(em, demo.occupationConceptId);
    const day = (days: number) => addDays(world.today, days);
    const repo = em.getRepository(Opening);
    const opening = await repo.save(
      repo.create({
        principalId: employer.principalId,
        employerId: employer.id,
        kind: demo.kind as OpeningKind,
        status: demo.status as OpeningStatus,
        title: demo.title,
        occupationConceptId: demo.occupationConceptId,
        sectorId,
        teamId: await sectorTeamFor(em, sectorId, employer.principalId),
        requiredSkills: demo.requiredSkills,
        preferredSkills: demo.preferredSkills,
        minSwedishLevel: demo.minSwedishLevel as SwedishLevel | null,
        swedishLevelReason: demo.swedishLevelReason,
        requiredLicenceConceptIds: demo.requiredLicenceConceptIds,
        languageNeeds: demo.languageNeeds,
        maxCommuteMinutes: demo.maxCommuteMinutes,
        // the workplace is the employer's address, as for an opening created without another municipality
        municipalityConceptId: employer.municipalityConceptId,
        street: employer.street,
        postalCode: employer.postalCode,
        worktimeConceptId: demo.worktimeConceptId,
        hoursPerWeek: demo.hoursPerWeek,
        startOn: day(demo.startInDays),
        places: demo.places,
        applicationDeadline: demo.applicationDeadlineInDays === null ? null : day(demo.applicationDeadlineInDays),
        sourceSkillNeedId: demo.skillNeed ? await skillNeedId(em, employer, demo, ssyk4Id, world.today) : null,
        convertedFromOpeningId: null,
        supervisorName: demo.internship?.supervisorName ?? null,
        supervisorPhone: demo.internship?.supervisorPhone ?? null,
        supervisorEmail: demo.internship?.supervisorEmail ?? null,
        periodStartOn: demo.internship ? day(demo.internship.periodStartInDays) : null,
        periodEndOn: demo.internship ? day(demo.internship.periodEndInDays) : null,
        createdById,
      }),
    );
    for (const checkIn of demo.checkIns) {
      const authorId = world.users.get(checkIn.authorUsername);
      if (!authorId) throw new Error(`Demo opening ${demo.key}: no demo user ${checkIn.authorUsername}`);
      await em.getRepository(InternshipCheckIn).insert({ openingId: opening.id, principalId: opening.principalId, on: day(-checkIn.daysAgo), authorId, note: checkIn.note });
    }
  }
  return openings.length;
}

/** The seeded skill need the opening was taken from: the employer's need for the group, needed by that day. */
async function skillNeedId(em: EntityManager, employer: Employer, demo: DemoOpening, ssyk4Id: Map<string, string>, today: string): Promise<string> {
  const ref = demo.skillNeed!;
  const neededBy = addDays(today, ref.neededInDays - ref.contactDaysAgo);
  const need = await em.getRepository(SkillNeed).findOne({
    where: { employerId: employer.id, occupationConceptId: ssyk4Id.get(ref.ssyk4Code) ?? '', neededBy },
    order: { id: 'ASC' },
  });
  if (!need) throw new Error(`Demo opening ${demo.key}: ${employer.name} has no skill need for SSYK ${ref.ssyk4Code} by ${neededBy}`);
  return need.id;
}
