import type { EntityManager } from 'typeorm';
import type { SwedishLevel } from '../src/candidates/candidate.enums.js';
import { Employer } from '../src/employers/employer.entity.js';
import { SkillNeed } from '../src/employers/skill-need.entity.js';
import { addDays } from '../src/platform/context/clock.js';
import { OpeningStatus, type OpeningKind } from '../src/modules/openings/opening.enums.js';
import type { CreateOpeningInput } from '../src/modules/openings/opening.input.js';
import type { OpeningsService } from '../src/modules/openings/openings.service.js';
import { demoContext } from './demo-context.js';
import { demoOpenings, type DemoOpening } from './demo-openings.js';
import type { DemoWorld } from './demo-world.js';

/**
 * ~16 openings at the demo employers ({@link demoOpenings}), seeded after the employers and job seekers through the
 * openings service, so that each is routed to its sector and sector team, placed at the employer's address and
 * validated as createOpening does: created by the employer's responsible staff member, linked to the skill need it
 * was taken from, moved to its status by the status rules, and the internship under way given its check-ins by their
 * authors. Returns how many.
 */
export async function seedDemoOpenings(em: EntityManager, world: DemoWorld, service: OpeningsService): Promise<number> {
  const employers = new Map((await em.getRepository(Employer).find()).map((e) => [e.organisationNumber, e]));
  const ssyk4: Array<{ id: string; code: string }> = await em.query(`SELECT id, code FROM taxonomy_concept WHERE type = 'ssyk-level-4'`);
  const ssyk4Id = new Map(ssyk4.map((r) => [r.code, r.id]));
  const usernames = new Map([...world.staff].map(([username, staff]) => [staff.id, username]));
  const openings = demoOpenings();
  for (const demo of openings) {
    const employer = employers.get(demo.employerOrganisationNumber);
    if (!employer) throw new Error(`Demo opening ${demo.key}: no demo employer ${demo.employerOrganisationNumber}`);
    const ctx = demoContext(em, world, usernames.get(employer.responsibleUserId ?? '') ?? 'recruiter1');
    const day = (days: number) => addDays(world.today, days);
    const input: CreateOpeningInput = {
      employerId: employer.id,
      kind: demo.kind as OpeningKind,
      title: demo.title,
      occupationConceptId: demo.occupationConceptId,
      requiredSkills: demo.requiredSkills,
      preferredSkills: demo.preferredSkills,
      minSwedishLevel: demo.minSwedishLevel as SwedishLevel | null,
      swedishLevelReason: demo.swedishLevelReason,
      requiredLicenceConceptIds: demo.requiredLicenceConceptIds,
      languageNeeds: demo.languageNeeds,
      maxCommuteMinutes: demo.maxCommuteMinutes,
      worktimeConceptId: demo.worktimeConceptId,
      hoursPerWeek: demo.hoursPerWeek,
      startOn: day(demo.startInDays),
      places: demo.places,
      applicationDeadline: demo.applicationDeadlineInDays === null ? null : day(demo.applicationDeadlineInDays),
      ...(demo.internship && {
        supervisorName: demo.internship.supervisorName,
        supervisorPhone: demo.internship.supervisorPhone,
        supervisorEmail: demo.internship.supervisorEmail,
        periodStartOn: day(demo.internship.periodStartInDays),
        periodEndOn: day(demo.internship.periodEndInDays),
      }),
    };
    const sourceSkillNeedId = demo.skillNeed ? await skillNeedId(em, employer, demo, ssyk4Id, world.today) : null;
    let opening = await service.create(ctx, input, sourceSkillNeedId);
    for (const status of STATUS_PATH[demo.status as OpeningStatus]) {
      opening = await service.setStatus(ctx, { id: opening.id, version: opening.version, status });
    }
    for (const checkIn of demo.checkIns) {
      await service.addCheckIn(demoContext(em, world, checkIn.authorUsername), { openingId: opening.id, on: day(-checkIn.daysAgo), note: checkIn.note });
    }
  }
  return openings.length;
}

/** The moves from DRAFT, where every opening begins, to each status. */
const STATUS_PATH: Record<OpeningStatus, OpeningStatus[]> = {
  [OpeningStatus.DRAFT]: [],
  [OpeningStatus.OPEN]: [OpeningStatus.OPEN],
  [OpeningStatus.FILLED]: [OpeningStatus.OPEN, OpeningStatus.FILLED],
  [OpeningStatus.CLOSED]: [OpeningStatus.OPEN, OpeningStatus.CLOSED],
};

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
