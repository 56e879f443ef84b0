import { describe, expect, it } from '@jest/globals';
import { FICTIONAL_PHONE_PATTERN } from './demo-identities.js';
import personnummer from 'personnummer';
import { EducationLevel, ExitReason, SwedishLevel, WorkLimitation } from '../src/candidates/candidate.enums.js';
import { parseIdentityNumber } from '../src/platform/identifiers/identity-number.js';
import { DEMO_SECTOR_TEMPLATES } from './demo-candidate-sectors.js';
import { DEMO_MUNICIPALITY_PROFILES, LICENCE, WORKTIME } from './demo-candidate-templates.js';
import type { DemoPath } from './demo-candidate-path.js';
import { demoCandidates, type DemoCandidate } from './demo-candidates.js';
import { DEFAULT_DEMO_SEED } from './demo-employer-types.js';
import { SECTOR_DEFINITIONS } from '../src/modules/sectors/sector-definitions.js';
import { GROUP_SKILLS, idsOfType, OCCUPATIONS, SECTOR_GROUPS } from './demo-taxonomy.fixtures.js';

// The package's CommonJS build exports the class itself, while its types describe an ES default export.
const Personnummer = personnummer as unknown as { valid(s: string): boolean };

const LANGUAGES = idsOfType('languages.json', 'language');
const LANGUAGE_LEVELS = idsOfType('language-levels.json', 'language-level');
const DRIVING_LICENCES = idsOfType('driving-licences.json', 'driving-licence');
const WORKTIMES = idsOfType('concepts-describing-working-hours.json', 'worktime-extent');
const SKILLS = idsOfType('skills.json', 'skill');

const groupOf = (occupationId: string) => OCCUPATIONS.get(occupationId)?.groupId;

/** Days until the next weekly follow-up of an open case with a plan is due (negative: overdue); else null. */
function followUpDueIn(p: DemoPath): number | null {
  if (p.exit || p.planAfterDays === null || p.followUpsEveryDays === null) return null;
  return p.followUpsEveryDays - (p.lastFollowUpDaysAgo ?? p.firstContactDaysAgo - p.planAfterDays);
}

/** Every key of an object graph, at any depth. */
function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysDeep(v, out);
    }
  }
  return out;
}

const share = (xs: readonly DemoCandidate[], f: (c: DemoCandidate) => boolean) => xs.filter(f).length / xs.length;
const birthYear = (c: DemoCandidate) => Number(c.identityNumber.slice(0, 4));

/** A few seeds besides the default, so that shares hold for more than one draw. */
const SEEDS = [DEFAULT_DEMO_SEED, 1, 2, 3, 99, 123_456];

describe('demoCandidates', () => {
  const candidates = demoCandidates();
  const bySeed = SEEDS.map((seed) => demoCandidates(seed));
  const all = bySeed.flat();

  it('generates about 300 job seekers, most in Trelleborg, each in a locality of their municipality', () => {
    expect(candidates.length).toBeGreaterThanOrEqual(280);
    expect(candidates.length).toBeLessThanOrEqual(320);
    const svedala = candidates.filter((c) => c.municipality === 'Svedala').length;
    const trelleborg = candidates.filter((c) => c.municipality === 'Trelleborg').length;
    expect(trelleborg + svedala).toBe(candidates.length);
    expect(svedala).toBeGreaterThanOrEqual(45);
    expect(trelleborg).toBeGreaterThanOrEqual(3 * svedala);
    const localities: Record<string, string[]> = {
      Trelleborg: ['Trelleborg', 'Anderslöv', 'Smygehamn', 'Skegrie', 'Klagstorp'],
      Svedala: ['Svedala', 'Bara', 'Klågerup', 'Holmeja'],
    };
    for (const c of all) expect(localities[c.municipality]).toContain(c.addressArea);
    expect(new Set(candidates.map((c) => c.addressArea)).size).toBeGreaterThanOrEqual(8);
  });

  it('is deterministic per seed and varies between seeds', () => {
    expect(demoCandidates()).toEqual(candidates);
    expect(demoCandidates(7)).toEqual(demoCandidates(7));
    expect(demoCandidates(7).map((c) => c.identityNumber)).not.toEqual(candidates.map((c) => c.identityNumber));
  });

  it('gives unique, valid, fictional identity numbers, about 10 % of them samordningsnummer', () => {
    for (const generated of bySeed) {
      const numbers = generated.map((c) => c.identityNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
      const coordination = share(generated, (c) => Number(c.identityNumber.slice(6, 8)) > 60);
      expect(coordination).toBeGreaterThanOrEqual(0.06);
      expect(coordination).toBeLessThanOrEqual(0.15);
    }
    for (const { identityNumber } of all) {
      expect(identityNumber).toMatch(/^(19[6-9]\d|200[0-6])\d{4}-9[89]\d\d$/); // Skatteverket's test serials 980-999
      expect(Personnummer.valid(identityNumber)).toBe(true);
      const parsed = parseIdentityNumber(identityNumber);
      expect(parsed?.canonical).toBe(identityNumber);
      expect(parsed?.kind).toBe(Number(identityNumber.slice(6, 8)) > 60 ? 'SAMORDNINGSNUMMER' : 'PERSONNUMMER');
    }
  });

  it('is weighted young: born 1960-2006, most of them 20-35 years old around 2025', () => {
    for (const generated of bySeed) {
      expect(share(generated, (c) => birthYear(c) >= 1990 && birthYear(c) <= 2005)).toBeGreaterThan(0.5);
      expect(share(generated, (c) => birthYear(c) < 1975)).toBeGreaterThan(0.02);
      expect(share(generated, (c) => birthYear(c) < 1975)).toBeLessThan(0.15);
    }
  });

  it('uses only JobTech concept ids of the right type', () => {
    for (const c of all) {
      for (const l of c.languages) {
        expect(LANGUAGES.has(l.languageConceptId)).toBe(true);
        expect(LANGUAGE_LEVELS.has(l.levelConceptId)).toBe(true);
      }
      for (const id of c.drivingLicenceConceptIds) expect(DRIVING_LICENCES.has(id)).toBe(true);
      for (const id of c.wantedWorktimeConceptIds) expect(WORKTIMES.has(id)).toBe(true);
      for (const id of c.skillConceptIds) expect(SKILLS.has(id)).toBe(true);
      for (const id of [...c.experience.map((e) => e.occupationConceptId), ...c.wantedOccupationConceptIds]) {
        expect(OCCUPATIONS.has(id)).toBe(true);
      }
    }
  });

  it('builds its occupation templates from verified JobTech occupations, groups and related skills', () => {
    expect(DEMO_SECTOR_TEMPLATES.map((s) => s.code).sort()).toEqual(SECTOR_DEFINITIONS.map((d) => d.code).sort());
    for (const sector of DEMO_SECTOR_TEMPLATES) {
      for (const o of sector.occupations) {
        const occupation = OCCUPATIONS.get(o.id);
        expect({ id: o.id, label: occupation?.label, group: occupation?.groupId }).toEqual({
          id: o.id,
          label: o.label,
          group: o.ssyk4Id,
        });
        expect(SECTOR_GROUPS.get(sector.code)?.has(o.ssyk4Id)).toBe(true);
        const related = GROUP_SKILLS.get(o.ssyk4Id);
        for (const skill of o.skills) expect({ occupation: o.label, skill, related: related?.has(skill) }).toEqual({
          occupation: o.label,
          skill,
          related: true,
        });
      }
    }
    expect(Object.values(LICENCE).every((id) => DRIVING_LICENCES.has(id))).toBe(true);
    expect(Object.values(WORKTIME).every((id) => WORKTIMES.has(id))).toBe(true);
  });

  it('keeps experience, wanted occupations and skills within the wanted sector', () => {
    for (const c of all) {
      const groups = c.experience.map((e) => groupOf(e.occupationConceptId)!);
      if (c.wantedSectorCode) {
        const sectorGroups = SECTOR_GROUPS.get(c.wantedSectorCode)!;
        for (const id of [...c.experience.map((e) => e.occupationConceptId), ...c.wantedOccupationConceptIds]) {
          expect(sectorGroups.has(groupOf(id)!)).toBe(true);
        }
        expect(c.wantedOccupationConceptIds.length).toBeGreaterThanOrEqual(1);
        expect(c.wantedOccupationConceptIds.length).toBeLessThanOrEqual(3);
      } else {
        expect(c.wantedOccupationConceptIds).toEqual([]);
      }
      for (const skill of c.skillConceptIds) expect(groups.some((g) => GROUP_SKILLS.get(g)?.has(skill))).toBe(true);
      if (c.experience.length === 0) expect(c.skillConceptIds).toEqual([]);
      for (const e of c.experience) {
        expect(e.years).toBeGreaterThanOrEqual(1);
        expect(e.years).toBeLessThanOrEqual(Math.max(1, 2025 - birthYear(c) - 17));
      }
      expect(new Set(c.wantedOccupationConceptIds).size).toBe(c.wantedOccupationConceptIds.length);
      expect(new Set(c.skillConceptIds).size).toBe(c.skillConceptIds.length);
    }
  });

  it('spreads wanted sectors over all ten codes, most in care, transport, cleaning, hotel/restaurant and retail', () => {
    for (const generated of bySeed) {
      const counts = new Map<string, number>();
      for (const c of generated) if (c.wantedSectorCode) counts.set(c.wantedSectorCode, (counts.get(c.wantedSectorCode) ?? 0) + 1);
      expect([...counts.keys()].sort()).toEqual(SECTOR_DEFINITIONS.map((d) => d.code).sort());
      const big = ['VARD_OMSORG', 'TRANSPORT_LOGISTIK', 'LOKALVARD_FASTIGHET', 'HOTELL_RESTAURANG', 'HANDEL'];
      const smallest = Math.min(...big.map((code) => counts.get(code) ?? 0));
      for (const code of ['INDUSTRI', 'BYGG', 'BARN_UTBILDNING', 'GRONA_NARINGAR', 'KONTOR_IT']) {
        expect(counts.get(code)!).toBeLessThan(smallest);
      }
    }
  });

  it('has about 45 % newly arrived, all in SFI or its queue, speaking varied first languages', () => {
    const below = new Set(['NONE', 'SFI_A', 'SFI_B', 'SFI_C', 'SFI_D']);
    for (const generated of bySeed) {
      const newlyArrived = generated.filter((c) => c.newlyArrived);
      expect(newlyArrived.length / generated.length).toBeGreaterThanOrEqual(0.4);
      expect(newlyArrived.length / generated.length).toBeLessThanOrEqual(0.5);
      for (const c of newlyArrived) {
        expect(below.has(c.swedishLevel)).toBe(true);
        expect(c.path.sfi).not.toBeNull();
      }
      const levels = new Set(newlyArrived.map((c) => c.swedishLevel));
      expect([...levels].sort()).toEqual([...below].sort());
      // Arabic, Somali, Tigrinya, Dari, Ukrainian among their first languages
      const first = new Set(newlyArrived.map((c) => c.languages[0]!.languageConceptId));
      for (const id of ['3iEY_RGP_qXq', 'F6dn_vX1_Qnm', 'nPzh_1oc_EKz', 'Lozg_qhA_r3y', 'zkfD_Qwv_kTk']) {
        expect(first.has(id)).toBe(true);
      }
    }
    for (const c of all) {
      const sfi = c.path.sfi;
      if (!sfi) continue;
      expect(sfi.startedDaysAgo === null).toBe(c.swedishLevel === 'NONE');
      if (sfi.startedDaysAgo !== null) expect(sfi.queuedDaysAgo).toBeGreaterThan(sfi.startedDaysAgo);
    }
  });

  it('keeps every path in order and within its bounds', () => {
    for (const { path: p } of all) {
      const fc = p.firstContactDaysAgo;
      expect(fc).toBeGreaterThanOrEqual(0);
      expect(fc).toBeLessThanOrEqual(400);
      const steps = [p.firstMeetingAfterDays, p.planAfterDays, p.sectorChosenAfterDays].filter((d) => d !== null);
      expect([...steps].sort((a, b) => a - b)).toEqual(steps);
      for (const d of steps) expect(d).toBeLessThanOrEqual(p.exit?.afterDays ?? fc);
      if (p.firstMeetingAfterDays === null) {
        expect(p.planAfterDays).toBeNull();
        expect(p.activeJobSeeker).toBeNull();
      }
      if (p.planAfterDays === null) {
        expect(p.sectorChosenAfterDays).toBeNull();
        expect(p.followUpsEveryDays).toBeNull();
        expect(p.lastFollowUpDaysAgo).toBeNull();
      } else {
        expect(p.followUpsEveryDays).toBeGreaterThanOrEqual(5);
        expect(p.followUpsEveryDays).toBeLessThanOrEqual(8);
      }
      if (p.lastFollowUpDaysAgo !== null) {
        expect(p.lastFollowUpDaysAgo).toBeLessThan(fc - p.planAfterDays!);
        expect(p.lastFollowUpDaysAgo).toBeGreaterThanOrEqual(p.exit ? fc - p.exit.afterDays : 0);
      }
      if (p.exit) expect(p.exit.afterDays).toBeLessThan(fc); // exits lie in the past
      if (p.exit?.reason === 'SICKNESS_BENEFIT') expect(p.sickListed).toBe(true);
    }
  });

  it('mixes the stages: ~30 % exited, mostly to work, and open cases at every stage', () => {
    const work = ['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED'];
    const studies = ['STUDIES_STUDENT_AID', 'STUDIES_OTHER'];
    for (const generated of bySeed) {
      const exited = generated.filter((c) => c.path.exit);
      expect(exited.length / generated.length).toBeGreaterThanOrEqual(0.25);
      expect(exited.length / generated.length).toBeLessThanOrEqual(0.35);
      const toWork = share(exited, (c) => work.includes(c.path.exit!.reason));
      expect(toWork).toBeGreaterThanOrEqual(0.4);
      expect(toWork).toBeLessThanOrEqual(0.6);
      const toStudies = share(exited, (c) => studies.includes(c.path.exit!.reason));
      expect(toStudies).toBeGreaterThanOrEqual(0.1);
      expect(toStudies).toBeLessThanOrEqual(0.2);
      expect(new Set(exited.map((c) => c.path.exit!.reason)).size).toBe(Object.values(ExitReason).length);

      const open = generated.filter((c) => !c.path.exit);
      const overdue = share(open, (c) => (followUpDueIn(c.path) ?? 0) < 0);
      expect(overdue).toBeGreaterThanOrEqual(0.1);
      expect(overdue).toBeLessThanOrEqual(0.15);
      expect(open.filter((c) => c.path.firstMeetingAfterDays === null).length).toBeGreaterThan(0);
      const withoutPlan = open.filter((c) => c.path.planAfterDays === null).length;
      expect(withoutPlan).toBeGreaterThan(0);
      expect(withoutPlan / open.length).toBeLessThan(0.1);
      expect(open.filter((c) => c.path.planAfterDays !== null && c.path.sectorChosenAfterDays === null).length).toBeGreaterThan(0);
      const late = share(generated, (c) => (c.path.planAfterDays ?? 0) > 1);
      expect(late).toBeGreaterThan(0.02);
      expect(late).toBeLessThan(0.2);
      expect(share(generated, (c) => (c.path.sectorChosenAfterDays ?? 0) > 7)).toBeGreaterThan(0);
      expect(generated.some((c) => c.path.sickListed && !c.path.exit)).toBe(true);
    }
  });

  it("gives phone numbers from PTS's fictional series and unique addresses at .example domains", () => {
    for (const generated of bySeed) {
      const phones = generated.flatMap((c) => (c.phone ? [c.phone] : []));
      const emails = generated.flatMap((c) => (c.email ? [c.email] : []));
      expect(new Set(emails).size).toBe(emails.length);
      expect(phones.length).toBeGreaterThan(0.9 * generated.length);
      expect(emails.length).toBeGreaterThan(0.5 * generated.length);
    }
    for (const c of all) {
      if (c.phone) expect(c.phone).toMatch(FICTIONAL_PHONE_PATTERN);
      if (c.email) expect(c.email).toMatch(/^[a-z0-9.-]+@[a-z]+\.example$/);
    }
  });

  it('keeps licences, limitations and working hours consistent, most people having no limitation', () => {
    const drivers = new Set(
      DEMO_SECTOR_TEMPLATES.flatMap((s) => s.occupations.filter((o) => o.driving).map((o) => o.id)),
    );
    for (const generated of bySeed) {
      expect(share(generated, (c) => c.workLimitations.length === 0)).toBeGreaterThan(0.75);
      expect(share(generated, (c) => c.drivingLicenceConceptIds.length === 0)).toBeGreaterThan(0.4);
    }
    for (const c of all) {
      const licences = new Set(c.drivingLicenceConceptIds);
      if (licences.has(LICENCE.CE)) expect(licences.has(LICENCE.C)).toBe(true);
      if (licences.has(LICENCE.C)) expect(licences.has(LICENCE.B)).toBe(true);
      expect(new Set(c.workLimitations).size).toBe(c.workLimitations.length);
      if (c.workLimitations.includes('REDUCED_HOURS')) expect(c.wantedWorktimeConceptIds).toEqual([WORKTIME.partTime]);
      expect(c.wantedWorktimeConceptIds.length).toBeGreaterThan(0);
      const drives = [...c.experience.map((e) => e.occupationConceptId), ...c.wantedOccupationConceptIds].some((id) =>
        drivers.has(id),
      );
      if (drives) expect(c.workLimitations).not.toContain('NO_DRIVING');
    }
  });

  it("uses exactly the candidate model's enum values", () => {
    for (const c of all) {
      expect(Object.values(SwedishLevel)).toContain(c.swedishLevel);
      if (c.educationLevel !== null) expect(Object.values(EducationLevel)).toContain(c.educationLevel);
      for (const l of c.workLimitations) expect(Object.values(WorkLimitation)).toContain(l);
      if (c.path.exit) expect(Object.values(ExitReason)).toContain(c.path.exit.reason);
    }
    expect(DEMO_MUNICIPALITY_PROFILES.map((p) => p.municipality)).toEqual(['Trelleborg', 'Svedala']);
  });

  it('names no sex, gender, ethnicity, religion, children or diagnosis anywhere in the data', () => {
    const keys = [...keysDeep(all)];
    expect(keys).toContain('identityNumber');
    expect(keys).toContain('queuedDaysAgo');
    expect(keys.filter((k) => /sex|gender|ethnic|religio|child|diagnos/i.test(k))).toEqual([]);
  });
});
