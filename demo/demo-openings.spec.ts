import { describe, expect, it } from '@jest/globals';
import { SwedishLevel } from '../src/candidates/candidate.enums.js';
import { OpeningKind, OpeningStatus } from '../src/modules/openings/opening.enums.js';
import { PHONE } from '../src/platform/validation/patterns.js';
import { DEMO_SECTOR_TEMPLATES } from './demo-candidate-sectors.js';
import { LICENCE } from './demo-candidate-templates.js';
import { demoEmployers } from './demo-employers.js';
import { DEFAULT_DEMO_SEED, type DemoEmployer } from './demo-employer-types.js';
import { DEMO_OPENING_TEMPLATES, demoOpenings, type DemoOpening } from './demo-openings.js';
import { FICTIONAL_PHONE_PATTERN } from './demo-identities.js';
import { GROUP_CODE, GROUP_SKILLS, idsOfType, OCCUPATIONS, SECTOR_GROUPS } from './demo-taxonomy.fixtures.js';

const DRIVING_LICENCES = idsOfType('driving-licences.json', 'driving-licence');
const WORKTIMES = idsOfType('concepts-describing-working-hours.json', 'worktime-extent');
const SKILLS = idsOfType('skills.json', 'skill');

/** What the demo job seekers carry: the occupations of the sector templates and their skills. */
const CANDIDATE_OCCUPATIONS = new Set(DEMO_SECTOR_TEMPLATES.flatMap((s) => s.occupations.map((o) => o.id)));
const CANDIDATE_SKILLS = new Set(DEMO_SECTOR_TEMPLATES.flatMap((s) => s.occupations.flatMap((o) => o.skills)));

const INTERNSHIP_KINDS = ['INTERNSHIP', 'SFI_WORKPLACE_LEARNING'];
const skillIds = (o: DemoOpening) => [...o.requiredSkills, ...o.preferredSkills].map((s) => s.skillConceptId);

/** A few seeds besides the default, so that placing the templates holds for other employers too. */
const SEEDS = [DEFAULT_DEMO_SEED, 1, 2, 3, 99, 123_456];

describe('demoOpenings', () => {
  const employers = demoEmployers();
  const byNumber = new Map(employers.map((e) => [e.organisationNumber, e]));
  const openings = demoOpenings();
  const bySeed: Array<[DemoEmployer[], DemoOpening[]]> = SEEDS.map((seed) => {
    const seeded = demoEmployers(seed);
    return [seeded, demoOpenings(seeded, seed)];
  });
  const all = bySeed.flatMap(([, o]) => o);

  it('places every template at a demo employer: about 16 openings in both municipalities', () => {
    expect(openings).toHaveLength(DEMO_OPENING_TEMPLATES.length);
    expect(openings.length).toBeGreaterThanOrEqual(14);
    expect(openings.length).toBeLessThanOrEqual(20);
    expect(new Set(openings.map((o) => o.key)).size).toBe(openings.length);
    const svedala = openings.filter((o) => o.municipality === 'Svedala').length;
    expect(svedala).toBeGreaterThanOrEqual(4);
    expect(openings.length - svedala).toBeGreaterThan(svedala);
    expect(new Set(openings.map((o) => o.employerOrganisationNumber)).size).toBeGreaterThanOrEqual(12);
  });

  it('is deterministic and leaves out only what other seeds’ employers cannot offer', () => {
    expect(demoOpenings()).toEqual(openings);
    for (const [, seeded] of bySeed) expect(seeded.length).toBeGreaterThanOrEqual(DEMO_OPENING_TEMPLATES.length - 5);
  });

  it('offers all four kinds, mostly open, with a couple of drafts and one closed', () => {
    expect(new Set(openings.map((o) => o.kind))).toEqual(new Set(Object.values(OpeningKind)));
    const count = (status: string) => openings.filter((o) => o.status === status).length;
    expect(count('OPEN')).toBeGreaterThanOrEqual(openings.length * 0.7);
    expect(count('DRAFT')).toBe(2);
    expect(count('CLOSED') + count('FILLED')).toBe(1);
  });

  it('has at least two open internships at Svedala employers, one in care and one in another sector', () => {
    const internships = openings.filter((o) => o.municipality === 'Svedala' && o.kind === 'INTERNSHIP' && o.status === 'OPEN');
    expect(internships.length).toBeGreaterThanOrEqual(2);
    const sectors = internships.map((o) => DEMO_OPENING_TEMPLATES.find((t) => t.key === o.key)!.sector);
    expect(sectors).toContain('VARD_OMSORG');
    expect(sectors.some((s) => s !== 'VARD_OMSORG')).toBe(true);
    for (const o of internships) {
      expect(byNumber.get(o.employerOrganisationNumber)?.municipality).toBe('Svedala');
      expect(o.internship).toMatchObject({ supervisorName: expect.any(String), supervisorPhone: expect.any(String), supervisorEmail: expect.any(String) });
      expect(o.startInDays).toBeGreaterThan(0);
    }
  });

  it('has a Trelleborg internship under way with check-ins', () => {
    const underWay = openings.find((o) => o.municipality === 'Trelleborg' && o.kind === 'INTERNSHIP' && o.checkIns.length > 0);
    expect(underWay).toBeDefined();
    expect(underWay!.status).toBe('OPEN');
    expect(underWay!.internship!.periodStartInDays).toBeLessThan(0);
    expect(underWay!.internship!.periodEndInDays).toBeGreaterThan(0);
  });

  it('uses only JobTech ids of the right type, occupations and skills the demo job seekers carry', () => {
    for (const t of DEMO_OPENING_TEMPLATES) {
      const group = OCCUPATIONS.get(t.occupation.id)?.groupId;
      expect([t.key, group]).toEqual([t.key, expect.any(String)]);
      expect([t.key, GROUP_CODE.get(group!)]).toEqual([t.key, t.occupation.ssyk4Code]);
      expect([t.key, CANDIDATE_OCCUPATIONS.has(t.occupation.id)]).toEqual([t.key, true]);
      expect([t.key, SECTOR_GROUPS.get(t.sector)?.has(group!)]).toEqual([t.key, true]);
      for (const [skill] of [...t.required, ...t.preferred]) {
        expect([t.key, skill, SKILLS.has(skill), GROUP_SKILLS.get(group!)?.has(skill), CANDIDATE_SKILLS.has(skill)]).toEqual([t.key, skill, true, true, true]);
      }
      for (const licence of t.licences ?? []) expect(DRIVING_LICENCES.has(licence)).toBe(true);
    }
    for (const o of all) {
      expect(OCCUPATIONS.has(o.occupationConceptId)).toBe(true);
      expect(WORKTIMES.has(o.worktimeConceptId)).toBe(true);
      for (const skill of skillIds(o)) expect(SKILLS.has(skill)).toBe(true);
      for (const licence of o.requiredLicenceConceptIds) expect(DRIVING_LICENCES.has(licence)).toBe(true);
    }
    expect(openings.filter((o) => o.requiredLicenceConceptIds.includes(LICENCE.B)).length).toBeGreaterThanOrEqual(2);
  });

  it('sits at a fitting employer in its municipality, never an inactive one, from a skill need the employer voiced', () => {
    for (const [seeded, seededOpenings] of bySeed) {
      const numbers = new Map(seeded.map((e) => [e.organisationNumber, e]));
      for (const o of seededOpenings) {
        const employer = numbers.get(o.employerOrganisationNumber)!;
        const template = DEMO_OPENING_TEMPLATES.find((t) => t.key === o.key)!;
        expect(employer).toBeDefined();
        expect(employer.municipality).toBe(o.municipality);
        expect(employer.status).not.toBe('INACTIVE');
        expect(employer.sectorCodes).toContain(template.sector);
        if (o.skillNeed) {
          expect(template.fromSkillNeed).toBe(true);
          const contact = employer.contacts.find((c) => c.daysAgo === o.skillNeed!.contactDaysAgo);
          expect(contact?.skillNeeds).toContainEqual({ ssyk4Code: o.skillNeed.ssyk4Code, headcount: o.skillNeed.headcount, neededInDays: o.skillNeed.neededInDays });
          expect(o.skillNeed.ssyk4Code).toBe(template.occupation.ssyk4Code);
        }
      }
    }
    expect(openings.filter((o) => o.skillNeed).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the rules of the openings service', () => {
    for (const o of all) {
      const ids = skillIds(o);
      expect(new Set(ids).size).toBe(ids.length); // no skill twice, none both required and preferred
      expect(ids.length).toBeLessThanOrEqual(30);
      for (const s of [...o.requiredSkills, ...o.preferredSkills]) {
        expect(Number.isInteger(s.weight) && s.weight >= 1 && s.weight <= 5).toBe(true);
      }
      expect(o.minSwedishLevel === null).toBe(o.swedishLevelReason === null);
      if (o.swedishLevelReason !== null) expect(o.swedishLevelReason.length).toBeGreaterThan(20);
      expect(o.title.trim()).toBe(o.title);
      expect(o.title.length).toBeLessThanOrEqual(200);
      expect(o.places).toBeGreaterThanOrEqual(1);
      expect(o.hoursPerWeek).toBeGreaterThanOrEqual(1);
      expect(o.hoursPerWeek).toBeLessThanOrEqual(80);
      expect(new Set(o.requiredLicenceConceptIds).size).toBe(o.requiredLicenceConceptIds.length);
      if (o.applicationDeadlineInDays !== null) expect(o.applicationDeadlineInDays).toBeLessThanOrEqual(o.startInDays);
      // supervisor and period are for internships and workplace learning only, and those all have them
      expect(o.internship !== null).toBe(INTERNSHIP_KINDS.includes(o.kind));
      if (o.internship) {
        expect(o.internship.periodEndInDays).toBeGreaterThanOrEqual(o.internship.periodStartInDays);
        expect(o.internship.periodStartInDays).toBe(o.startInDays);
        expect(o.internship.supervisorPhone).toMatch(FICTIONAL_PHONE_PATTERN);
        expect(o.internship.supervisorPhone).toMatch(PHONE);
        expect(o.internship.supervisorEmail).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
      }
    }
  });

  it('dates everything sensibly relative to today', () => {
    for (const o of all) {
      if (o.status === 'OPEN' || o.status === 'DRAFT') {
        // still taking applications: no deadline in the past
        if (o.applicationDeadlineInDays !== null) expect(o.applicationDeadlineInDays).toBeGreaterThanOrEqual(0);
        // starting later, or an internship under way that still has a place
        if (o.startInDays <= 0) {
          expect(o.status).toBe('OPEN');
          expect(o.internship!.periodEndInDays).toBeGreaterThan(0);
        }
      }
      if (o.status === 'DRAFT') expect(o.startInDays).toBeGreaterThan(0);
      // within the demo's year of history, and no further ahead than the employers' needs
      expect(o.startInDays).toBeGreaterThanOrEqual(-365);
      expect(o.startInDays).toBeLessThanOrEqual(180);
      for (const c of o.checkIns) {
        expect(INTERNSHIP_KINDS).toContain(o.kind);
        expect(['OPEN', 'FILLED']).toContain(o.status);
        expect(c.daysAgo).toBeGreaterThanOrEqual(0);
        expect(-c.daysAgo).toBeGreaterThanOrEqual(o.internship!.periodStartInDays);
        expect(c.note.length).toBeGreaterThan(20);
      }
      const days = o.checkIns.map((c) => -c.daysAgo);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
    }
  });

  it("uses exactly the opening model's enum values", () => {
    const kinds = new Set<string>(Object.values(OpeningKind));
    const statuses = new Set<string>(Object.values(OpeningStatus));
    const levels = new Set<string>(Object.values(SwedishLevel));
    for (const o of all) {
      expect(kinds.has(o.kind)).toBe(true);
      expect(statuses.has(o.status)).toBe(true);
      if (o.minSwedishLevel !== null) expect(levels.has(o.minSwedishLevel)).toBe(true);
    }
  });
});
