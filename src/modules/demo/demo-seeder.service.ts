import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EmployerContactPerson } from '../../employers/employer-contact-person.entity.js';
import { EmployerContact, ContactKind } from '../../employers/employer-contact.entity.js';
import { Employer, EmployerStatus } from '../../employers/employer.entity.js';
import { SkillNeed } from '../../employers/skill-need.entity.js';
import { hashPassword } from '../auth/password.js';
import { Role } from '../auth/role.enum.js';
import { addDays, Clock } from '../context/clock.js';
import { Agreement } from '../organisations/agreement.entity.js';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';
import { TeamMember } from '../organisations/team-member.entity.js';
import { Team } from '../organisations/team.entity.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { demoEmployers, type DemoStaffKey } from './demo-employers.js';

/** The password of every demo user; the README tells it. Demo rows are flagged `demo = true`. */
export const DEMO_PASSWORD = 'brygga-demo';

/** JobTech municipality concept ids. */
export const MUNICIPALITY = { TRELLEBORG: 'STvk_dra_M1X', SVEDALA: 'n6r4_fjK_kRr' } as const;

interface DemoUser {
  username: string;
  name: string;
  org: 'amf' | 'svedala' | 'svedalaSocial';
  roles: Role[];
  staffKey?: DemoStaffKey;
}

/** One user per role (and the staff the demo employers refer to), all signing in with {@link DEMO_PASSWORD}. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'bd1', name: 'Anna Lindqvist', org: 'amf', roles: [Role.BUSINESS_DEVELOPER], staffKey: 'bd.trelleborg.1' },
  { username: 'bd2', name: 'Mehmet Yilmaz', org: 'amf', roles: [Role.BUSINESS_DEVELOPER], staffKey: 'bd.trelleborg.2' },
  { username: 'bd.svedala', name: 'Karin Persson', org: 'svedala', roles: [Role.BUSINESS_DEVELOPER], staffKey: 'bd.svedala' },
  { username: 'recruiter1', name: 'Johan Berg', org: 'amf', roles: [Role.RECRUITER], staffKey: 'recruiter.1' },
  { username: 'recruiter2', name: 'Amira Haddad', org: 'amf', roles: [Role.RECRUITER], staffKey: 'recruiter.2' },
  { username: 'secretary1', name: 'Lena Svensson', org: 'amf', roles: [Role.LABOUR_MARKET_SECRETARY] },
  { username: 'counsellor1', name: 'Per Nilsson', org: 'amf', roles: [Role.CAREER_COUNSELLOR] },
  { username: 'teacher1', name: 'Sara Ahmadi', org: 'amf', roles: [Role.TEACHER] },
  { username: 'manager1', name: 'Eva Holm', org: 'amf', roles: [Role.MANAGER] },
  { username: 'reviewer.svedala', name: 'Ingrid Mårtensson', org: 'svedalaSocial', roles: [Role.PRINCIPAL_REVIEWER] },
  { username: 'admin', name: 'Systemförvaltare Trelleborg', org: 'amf', roles: [Role.ADMINISTRATOR] },
];

/**
 * Seeds the demo on an empty database: Trelleborg and Svedala, the agreement under which Trelleborg's
 * labour-market administration works for Svedala (from 2021, Svedala staying huvudman), a user of every role,
 * the business-development team and one sector team, and ~40 employers with a year of contact history.
 * Everything in one transaction, dated relative to today.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Seeds unless any organisation exists; returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(Organisation).count()) > 0) return false;
    await this.dataSource.transaction((em) => this.seed(em));
    return true;
  }

  private async seed(em: EntityManager): Promise<void> {
    const orgs = em.getRepository(Organisation);
    const trelleborg = await orgs.save(orgs.create({ name: 'Trelleborgs kommun', kind: OrganisationKind.MUNICIPALITY, parentId: null, municipalityConceptId: MUNICIPALITY.TRELLEBORG, demo: true }));
    const svedala = await orgs.save(orgs.create({ name: 'Svedala kommun', kind: OrganisationKind.MUNICIPALITY, parentId: null, municipalityConceptId: MUNICIPALITY.SVEDALA, demo: true }));
    const amf = await orgs.save(orgs.create({ name: 'Arbetsmarknadsförvaltningen, Trelleborg', kind: OrganisationKind.ADMINISTRATION, parentId: trelleborg.id, municipalityConceptId: MUNICIPALITY.TRELLEBORG, demo: true }));
    const svedalaSocial = await orgs.save(orgs.create({ name: 'Socialnämnden, Svedala', kind: OrganisationKind.ADMINISTRATION, parentId: svedala.id, municipalityConceptId: MUNICIPALITY.SVEDALA, demo: true }));
    await em.getRepository(Agreement).save({
      name: 'Avtalssamverkan arbetsmarknadsinsatser Trelleborg–Svedala',
      actingOrganisationId: amf.id,
      principalId: svedala.id,
      validFrom: '2021-01-01',
      validTo: null,
    });

    const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for all demo users keeps the seed fast
    const orgIds = { amf: amf.id, svedala: svedala.id, svedalaSocial: svedalaSocial.id };
    const users = await em.getRepository(User).save(
      DEMO_USERS.map((u) => ({ username: u.username, name: u.name, email: `${u.username}@brygga.example`, organisationId: orgIds[u.org], roles: u.roles, passwordHash, active: true, demo: true })),
    );
    const userByName = new Map(users.map((u) => [u.username, u]));
    const staff = new Map(DEMO_USERS.filter((u) => u.staffKey).map((u) => [u.staffKey as DemoStaffKey, userByName.get(u.username)!.id]));

    const sectors = new Map((await em.getRepository(Sector).find()).map((s) => [s.code, s.id]));
    await this.seedTeams(em, amf.id, [trelleborg.id, svedala.id], sectors, userByName);
    await this.seedEmployers(em, { Trelleborg: trelleborg.id, Svedala: svedala.id }, sectors, staff);
    this.logger.log(`Demo seeded: ${users.length} users (password "${DEMO_PASSWORD}"), employers with contact history`);
  }

  private async seedTeams(em: EntityManager, organisationId: string, served: string[], sectors: Map<string, string>, users: Map<string, User>): Promise<void> {
    const teams = em.getRepository(Team);
    const members = em.getRepository(TeamMember);
    const naringsliv = await teams.save({ name: 'Näringsliv', organisationId, sectorId: null, servedPrincipalIds: served });
    const vard = await teams.save({ name: 'Bransch-team Vård och omsorg', organisationId, sectorId: sectors.get('VARD_OMSORG') ?? null, servedPrincipalIds: served });
    const member = (team: Team, username: string, role: Role) => ({ teamId: team.id, userId: users.get(username)!.id, role });
    await members.save([
      member(naringsliv, 'bd1', Role.BUSINESS_DEVELOPER),
      member(naringsliv, 'bd2', Role.BUSINESS_DEVELOPER),
      member(naringsliv, 'recruiter1', Role.RECRUITER),
      member(naringsliv, 'recruiter2', Role.RECRUITER),
      member(naringsliv, 'manager1', Role.MANAGER),
      member(vard, 'secretary1', Role.LABOUR_MARKET_SECRETARY),
      member(vard, 'recruiter1', Role.RECRUITER),
      member(vard, 'counsellor1', Role.CAREER_COUNSELLOR),
      member(vard, 'teacher1', Role.TEACHER),
    ]);
  }

  private async seedEmployers(em: EntityManager, principals: Record<'Trelleborg' | 'Svedala', string>, sectors: Map<string, string>, staff: Map<DemoStaffKey, string>): Promise<void> {
    const ssyk4: Array<{ id: string; code: string }> = await em.query(`SELECT id, code FROM taxonomy_concept WHERE type = 'ssyk-level-4'`);
    const ssyk4Id = new Map(ssyk4.map((r) => [r.code, r.id]));
    const today = this.clock.today();
    for (const demo of demoEmployers()) {
      const principalId = principals[demo.municipality];
      const employer = await em.getRepository(Employer).save(
        em.getRepository(Employer).create({
          principalId,
          organisationNumber: demo.organisationNumber,
          name: demo.name,
          sniCodes: demo.sniCodes,
          municipalityConceptId: demo.municipality === 'Trelleborg' ? MUNICIPALITY.TRELLEBORG : MUNICIPALITY.SVEDALA,
          street: demo.street,
          postalCode: demo.postalCode,
          city: demo.city,
          sectorIds: demo.sectorCodes.map((c) => sectors.get(c)).filter((id): id is string => id !== undefined),
          status: demo.status as EmployerStatus,
          responsibleUserId: staff.get(demo.responsibleKey) ?? null,
          archivedAt: null,
          demo: true,
          contactPersons: demo.contactPersons.map((p) => Object.assign(new EmployerContactPerson(), p)),
        }),
      );
      const contacts = demo.contacts.map((c) => {
        const date = addDays(today, -c.daysAgo);
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
            authorId: staff.get(c.authorKey)!,
            summary: c.summary,
            nextFollowUpOn: c.nextFollowUpInDays === null ? null : addDays(date, c.nextFollowUpInDays),
            // in the demo, a later contact with the employer settles an earlier follow-up, whoever logged it
            followUpDoneAt: c.nextFollowUpInDays !== null && next ? next.occurredAt : null,
            skillNeeds: c.skillNeeds
              .filter((n) => ssyk4Id.has(n.ssyk4Code))
              .map((n) => Object.assign(new SkillNeed(), {
                employerId: employer.id,
                principalId,
                occupationConceptId: ssyk4Id.get(n.ssyk4Code),
                headcount: n.headcount,
                neededBy: addDays(date, n.neededInDays),
                note: null,
              })),
          }),
        );
      }
    }
  }
}
