import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../src/platform/auth/password.js';
import { SYSTEM_SCOPE, withScope } from '../src/platform/database/row-security.js';
import { Role, STAFF_ROLES } from '../src/platform/auth/role.enum.js';
import { Clock } from '../src/platform/context/clock.js';
import { Agreement } from '../src/modules/organisations/agreement.entity.js';
import { Organisation, OrganisationKind } from '../src/modules/organisations/organisation.entity.js';
import { TeamMember } from '../src/modules/organisations/team-member.entity.js';
import { Team } from '../src/modules/organisations/team.entity.js';
import { User } from '../src/modules/organisations/user.entity.js';
import { EmployerContactsService } from '../src/employers/employer-contacts.service.js';
import { EmployersService } from '../src/employers/employers.service.js';
import { OpeningsService } from '../src/modules/openings/openings.service.js';
import { PlacementsService } from '../src/modules/placements/placements.service.js';
import { Sector } from '../src/modules/sectors/sector.entity.js';
import { seedDemoCandidates } from './demo-candidate-seed.js';
import { MUNICIPALITY, seedDemoEmployers } from './demo-employer-seed.js';
import { seedDemoOpenings } from './demo-opening-seed.js';
import { seedDemoPlacements } from './demo-placement-seed.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import type { DemoWorld } from './demo-world.js';

/**
 * Seeds the demo on an empty database: Trelleborg and Svedala, the agreement under which Trelleborg's
 * labour-market administration works for Svedala (from 2021, Svedala staying huvudman), a user of every role,
 * the business-development team and a team per sector, ~40 employers with a year of contact history, and ~300
 * job seekers along the path with plans, follow-ups and sector SFI, ~16 openings and the recruiter's placements. One
 * transaction, dated relative to today. The organisations, the agreement, the users and the teams are written directly:
 * they are what any actor needs before it can act; the employers, their contacts, the openings and the placements go
 * through their services, acting as the staff member concerned; the job seekers in bulk (demo-candidate-seed.ts says why).
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly employers: EmployersService,
    private readonly contacts: EmployerContactsService,
    private readonly openings: OpeningsService,
    private readonly placements: PlacementsService,
  ) {}

  /** Seeds unless any organisation exists; returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(Organisation).count()) > 0) return false;
    // the demo is the system's own work across both principals (row-level security)
    const started = performance.now();
    const seeded = await withScope(SYSTEM_SCOPE, () => this.dataSource.transaction((em) => this.seed(em)));
    this.logger.log(`Demo seeded in ${Math.round(performance.now() - started)} ms: ${seeded}`);
    return true;
  }

  /** Seeds in `em`'s transaction and says what. */
  private async seed(em: EntityManager): Promise<string> {
    const orgs = em.getRepository(Organisation);
    const trelleborg = await orgs.save(orgs.create({ name: 'Trelleborgs kommun', kind: OrganisationKind.MUNICIPALITY, parentId: null, municipalityConceptId: MUNICIPALITY.Trelleborg }));
    const svedala = await orgs.save(orgs.create({ name: 'Svedala kommun', kind: OrganisationKind.MUNICIPALITY, parentId: null, municipalityConceptId: MUNICIPALITY.Svedala }));
    const amf = await orgs.save(orgs.create({ name: 'Arbetsmarknadsförvaltningen, Trelleborg', kind: OrganisationKind.ADMINISTRATION, parentId: trelleborg.id, municipalityConceptId: MUNICIPALITY.Trelleborg }));
    const svedalaSocial = await orgs.save(orgs.create({ name: 'Socialnämnden, Svedala', kind: OrganisationKind.ADMINISTRATION, parentId: svedala.id, municipalityConceptId: MUNICIPALITY.Svedala }));
    await em.getRepository(Agreement).save({
      name: 'Avtalssamverkan arbetsmarknadsinsatser Trelleborg–Svedala',
      actingOrganisationId: amf.id,
      principalId: svedala.id,
      validFrom: '2021-01-01',
      validTo: null,
      roles: [...STAFF_ROLES],
    });

    const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for all demo users keeps the seed fast
    const orgIds = { amf: amf.id, svedala: svedala.id, svedalaSocial: svedalaSocial.id };
    const users = await em.getRepository(User).save(
      DEMO_USERS.map((u) => ({ username: u.username, name: u.name, email: `${u.username}@brygga.example`, organisationId: orgIds[u.org], roles: u.roles, passwordHash, active: true })),
    );
    const world: DemoWorld = {
      today: this.clock.today(),
      amfId: amf.id,
      principals: { Trelleborg: trelleborg.id, Svedala: svedala.id },
      users: new Map(users.map((u) => [u.username, u.id])),
      staff: new Map(users.map((u) => [u.username, { id: u.id, name: u.name, organisationId: u.organisationId, roles: u.roles }])),
      sectors: new Map((await em.getRepository(Sector).find()).map((s) => [s.code, s.id])),
      sectorTeams: new Map(),
    };
    await this.seedTeams(em, world);
    const employers = await seedDemoEmployers(em, world, { employers: this.employers, contacts: this.contacts }, this.clock);
    const candidates = await seedDemoCandidates(em, world);
    const openings = await seedDemoOpenings(em, world, this.openings);
    const placements = await seedDemoPlacements(em, world, this.placements, this.clock);
    return `${users.length} users (password "${DEMO_PASSWORD}"), ${employers} employers, ${candidates} job seekers, ${openings} openings, ${placements} placements`;
  }

  /**
   * The business-development team (Näringsliv) and one sector team per sector, serving both municipalities. Each
   * sector team has a secretary, a recruiter, the career counsellor and a teacher; the four secretaries share the
   * ten sectors (docs/rules.md: a secretary carries 55-60 cases).
   */
  private async seedTeams(em: EntityManager, world: DemoWorld): Promise<void> {
    const served = [world.principals.Trelleborg, world.principals.Svedala];
    const user = (username: string) => world.users.get(username) as string;
    const naringsliv = await em.getRepository(Team).save({ name: 'Näringsliv', organisationId: world.amfId, sectorId: null, servedPrincipalIds: served });
    const members: Array<Pick<TeamMember, 'teamId' | 'userId' | 'role'>> = [
      ['bd1', Role.BUSINESS_DEVELOPER], ['bd2', Role.BUSINESS_DEVELOPER], ['recruiter1', Role.RECRUITER],
      ['recruiter2', Role.RECRUITER], ['manager1', Role.MANAGER],
    ].map(([username, role]) => ({ teamId: naringsliv.id, userId: user(username), role: role as Role }));
    const sectors = await em.getRepository(Sector).find({ order: { code: 'ASC' } });
    // Vård och omsorg first, so secretary1, recruiter1 and teacher1 are its team
    sectors.sort((a, b) => Number(b.code === 'VARD_OMSORG') - Number(a.code === 'VARD_OMSORG'));
    for (const [i, sector] of sectors.entries()) {
      const team = await em.getRepository(Team).save({ name: `Bransch-team ${sector.name}`, organisationId: world.amfId, sectorId: sector.id, servedPrincipalIds: served });
      const secretary = user(`secretary${(i % 4) + 1}`);
      members.push(
        { teamId: team.id, userId: secretary, role: Role.LABOUR_MARKET_SECRETARY },
        { teamId: team.id, userId: user(`recruiter${(i % 2) + 1}`), role: Role.RECRUITER },
        { teamId: team.id, userId: user('counsellor1'), role: Role.CAREER_COUNSELLOR },
        { teamId: team.id, userId: user(`teacher${(i % 2) + 1}`), role: Role.TEACHER },
      );
      world.sectorTeams.set(sector.code, { teamId: team.id, secretaryId: secretary });
    }
    await em.getRepository(TeamMember).insert(members);
  }
}
