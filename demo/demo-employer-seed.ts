import type { EntityManager } from 'typeorm';
import type { ContactKind, EmployerContact } from '../src/employers/employer-contact.entity.js';
import type { EmployerContactsService } from '../src/employers/employer-contacts.service.js';
import type { EmployerStatus } from '../src/employers/employer.entity.js';
import type { EmployersService } from '../src/employers/employers.service.js';
import { addDays, type Clock } from '../src/platform/context/clock.js';
import { asOf, demoContext } from './demo-context.js';
import type { DemoStaffKey } from './demo-employer-types.js';
import { demoEmployers } from './demo-employers.js';
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

export interface EmployerServices {
  employers: EmployersService;
  contacts: EmployerContactsService;
}

/**
 * ~40 employers with contact persons and a year of contact history, registered by their responsible staff member
 * and their contacts logged by each contact's author on its day, through the employers' services, so the register's
 * and the contact log's rules are the real ones. A later contact with the employer settles an earlier follow-up: the
 * log does so for its author's own, and a colleague's is closed by that colleague on the day. Returns how many.
 */
export async function seedDemoEmployers(em: EntityManager, world: DemoWorld, services: EmployerServices, clock: Clock): Promise<number> {
  const ssyk4: Array<{ id: string; code: string }> = await em.query(`SELECT id, code FROM taxonomy_concept WHERE type = 'ssyk-level-4'`);
  const ssyk4Id = new Map(ssyk4.map((r) => [r.code, r.id]));
  const as = (key: DemoStaffKey) => demoContext(em, world, STAFF_USERNAMES[key]);
  const employers = demoEmployers();
  for (const demo of employers) {
    const responsible = as(demo.responsibleKey);
    const employer = await services.employers.create(responsible, {
      principalId: world.principals[demo.municipality],
      organisationNumber: demo.organisationNumber,
      name: demo.name,
      sniCodes: demo.sniCodes,
      municipalityConceptId: MUNICIPALITY[demo.municipality],
      street: demo.street,
      postalCode: demo.postalCode,
      city: demo.city,
      sectorIds: demo.sectorCodes.map((c) => world.sectors.get(c)).filter((id): id is string => id !== undefined),
      status: demo.status as EmployerStatus,
      responsibleUserId: responsible.actor.userId,
      contactPersons: demo.contactPersons,
    });
    let open: Array<{ contact: EmployerContact; authorKey: DemoStaffKey }> = [];
    for (const c of demo.contacts) {
      const date = addDays(world.today, -c.daysAgo);
      const occurredAt = new Date(`${date}T09:30:00Z`);
      const contact = await asOf(clock, occurredAt, async () => {
        for (const earlier of open) if (earlier.authorKey !== c.authorKey) await services.contacts.closeFollowUp(as(earlier.authorKey), earlier.contact.id);
        return services.contacts.log(as(c.authorKey), {
          employerId: employer.id,
          occurredAt,
          kind: c.kind as ContactKind,
          summary: c.summary,
          nextFollowUpOn: c.nextFollowUpInDays === null ? undefined : addDays(date, c.nextFollowUpInDays),
          skillNeeds: c.skillNeeds
            .filter((n) => ssyk4Id.has(n.ssyk4Code))
            .map((n) => ({ occupationConceptId: ssyk4Id.get(n.ssyk4Code)!, headcount: n.headcount, neededBy: addDays(date, n.neededInDays) })),
        });
      });
      open = c.nextFollowUpInDays === null ? [] : [{ contact, authorKey: c.authorKey }];
    }
  }
  return employers.length;
}
