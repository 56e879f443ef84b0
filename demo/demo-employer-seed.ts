import type { EntityManager } from 'typeorm';
import { EmployerContactPerson } from '../src/employers/employer-contact-person.entity.js';
import { ContactKind, EmployerContact } from '../src/employers/employer-contact.entity.js';
import { Employer, EmployerStatus } from '../src/employers/employer.entity.js';
import { SkillNeed } from '../src/employers/skill-need.entity.js';
import { addDays } from '../src/platform/context/clock.js';
import { demoEmployers } from './demo-employers.js';
import { type DemoStaffKey } from './demo-employer-types.js';
import type { DemoWorld } from './demo-world.js';

/** The demo users behind the staff keys the employer generator uses. */
const STAFF_USERNAMES: Record<DemoStaffKey, string> = {
  'bd.trelleborg.1': 'bd1',
  'bd.trelleborg.2': 'bd2',
  'bd.svedala': 'bd.svedala',
  'recruiter.1': 'recruiter1',
  'recruiter.2': 'recruiter2',
};

/** JobTech municipality concept ids. */
export const MUNICIPALITY = { Trelleborg: 'STvk_dra_M1X', Svedala: 'n6r4_fjK_kRr' } as const;

/** ~40 employers with contact persons and a year of contact history; returns how many. */
export async function seedDemoEmployers(em: EntityManager, world: DemoWorld): Promise<number> {
  const ssyk4: Array<{ id: string; code: string }> = await em.query(`SELECT id, code FROM taxonomy_concept WHERE type = 'ssyk-level-4'`);
  const ssyk4Id = new Map(ssyk4.map((r) => [r.code, r.id]));
  const staff = (key: DemoStaffKey) => world.users.get(STAFF_USERNAMES[key]) as string;
  const employers = demoEmployers();
  for (const demo of employers) {
    const principalId = world.principals[demo.municipality];
    const employer = await em.getRepository(Employer).save(
      em.getRepository(Employer).create({
        principalId,
        organisationNumber: demo.organisationNumber,
        name: demo.name,
        sniCodes: demo.sniCodes,
        municipalityConceptId: MUNICIPALITY[demo.municipality],
        street: demo.street,
        postalCode: demo.postalCode,
        city: demo.city,
        sectorIds: demo.sectorCodes.map((c) => world.sectors.get(c)).filter((id): id is string => id !== undefined),
        status: demo.status as EmployerStatus,
        responsibleUserId: staff(demo.responsibleKey),
        archivedAt: null,
        contactPersons: demo.contactPersons.map((p) => Object.assign(new EmployerContactPerson(), p)),
      }),
    );
    const contacts = demo.contacts.map((c) => {
      const date = addDays(world.today, -c.daysAgo);
      return { c, date, occurredAt: new Date(`${date}T09:30:00Z`) };
    });
    for (const [i, { c, date, occurredAt }] of contacts.entries()) {
      const next = contacts[i + 1];
      await em.getRepository(EmployerContact).save(
        em.getRepository(EmployerContact).create({
          employerId: employer.id,
          principalId,
          occurredAt,
          kind: c.kind as ContactKind,
          authorId: staff(c.authorKey),
          summary: c.summary,
          nextFollowUpOn: c.nextFollowUpInDays === null ? null : addDays(date, c.nextFollowUpInDays),
          // in the demo, a later contact with the employer settles an earlier follow-up, whoever logged it
          followUpDoneAt: c.nextFollowUpInDays !== null && next ? next.occurredAt : null,
          skillNeeds: c.skillNeeds
            .filter((n) => ssyk4Id.has(n.ssyk4Code))
            .map((n) =>
              Object.assign(new SkillNeed(), {
                employerId: employer.id,
                principalId,
                occupationConceptId: ssyk4Id.get(n.ssyk4Code),
                headcount: n.headcount,
                neededBy: addDays(date, n.neededInDays),
                note: null,
              }),
            ),
        }),
      );
    }
  }
  return employers.length;
}
