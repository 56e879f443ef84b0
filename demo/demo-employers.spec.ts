import { describe, expect, it } from '@jest/globals';
import { FICTIONAL_PHONE_PATTERN } from './demo-identities.js';
import { readFileSync } from 'node:fs';
import organisationsnummer from 'organisationsnummer';
import { demoEmployers, luhnCheckDigit } from './demo-employers.js';
import { DEFAULT_DEMO_SEED, DEMO_STAFF_KEYS, type DemoEmployer } from './demo-employer-types.js';
import { DemoRng } from './demo-rng.js';

interface TaxonomyNode {
  type?: string;
  sni_level_code_2007?: string;
  ssyk_code_2012?: string;
  narrower?: TaxonomyNode[];
}

// The package is CommonJS with `module.exports = Organisationsnummer` (the class), but its typings declare
// `export default`, so under NodeNext TypeScript types the default import as `{ default: class }`. At runtime the
// default import is the class itself; accept either shape.
type OrganisationsnummerClass = typeof organisationsnummer.default;
const Organisationsnummer: OrganisationsnummerClass =
  (organisationsnummer as { default?: OrganisationsnummerClass }).default ??
  (organisationsnummer as unknown as OrganisationsnummerClass);

const TAXONOMY_DIR = new URL('../taxonomy/jobtech/', import.meta.url);

/** Codes of all concepts of `type` anywhere in a JobTech taxonomy tree file. */
function taxonomyCodes(file: string, type: string, field: 'sni_level_code_2007' | 'ssyk_code_2012'): Set<string> {
  const root = JSON.parse(readFileSync(new URL(file, TAXONOMY_DIR), 'utf8')) as { data: { concepts: TaxonomyNode[] } };
  const codes = new Set<string>();
  const stack = [...root.data.concepts];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === type && node[field]) codes.add(node[field]);
    stack.push(...(node.narrower ?? []));
  }
  return codes;
}

/** Days from today until the follow-up of the newest contact is due (negative: overdue); null when none. */
function followUpDueIn(employer: DemoEmployer): number | null {
  const newest = employer.contacts.reduce((a, b) => (b.daysAgo < a.daysAgo ? b : a));
  return newest.nextFollowUpInDays === null ? null : newest.nextFollowUpInDays - newest.daysAgo;
}

/** A few seeds besides the default, to exercise more template combinations. */
const SEEDS = [DEFAULT_DEMO_SEED, 1, 2, 3, 99, 123_456];

describe('demoEmployers', () => {
  const employers = demoEmployers();
  const contacts = employers.flatMap((e) => e.contacts);
  const allSeeds = SEEDS.flatMap((seed) => demoEmployers(seed));

  it('generates about 40 employers in both municipalities', () => {
    expect(employers.length).toBeGreaterThanOrEqual(35);
    expect(employers.length).toBeLessThanOrEqual(45);
    const trelleborg = employers.filter((e) => e.municipality === 'Trelleborg');
    const svedala = employers.filter((e) => e.municipality === 'Svedala');
    expect(trelleborg.length).toBeGreaterThan(svedala.length);
    expect(svedala.length).toBeGreaterThan(0);
    expect(trelleborg.length + svedala.length).toBe(employers.length);
  });

  it('is deterministic per seed and varies between seeds', () => {
    expect(demoEmployers()).toEqual(employers);
    expect(demoEmployers(7)).toEqual(demoEmployers(7));
    expect(demoEmployers(7).map((e) => e.name)).not.toEqual(employers.map((e) => e.name));
  });

  it('gives every employer a unique, valid organisation number matching its legal form', () => {
    for (const seed of SEEDS) {
      const numbers = demoEmployers(seed).map((e) => e.organisationNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
    }
    for (const employer of allSeeds) {
      const nr = employer.organisationNumber;
      expect(nr).toMatch(/^\d{6}-\d{4}$/);
      expect(Number(nr[2])).toBeGreaterThanOrEqual(2);
      expect(Organisationsnummer.valid(nr)).toBe(true);
      const parsed = Organisationsnummer.parse(nr);
      expect(parsed.isPersonnummer()).toBe(false);
      expect(parsed.format(true)).toBe(nr);
      if (employer.name.endsWith(' AB')) expect(nr[0]).toBe('5');
      if (employer.name.includes(' kommun')) expect(nr[0]).toBe('2');
      if (employer.name.endsWith(' HB')) expect(nr[0]).toBe('9');
      if (employer.name.endsWith(' ek. för.')) expect(nr[0]).toBe('7');
    }
  });

  it('uses unique, non-demo-looking names', () => {
    for (const seed of SEEDS) {
      const names = demoEmployers(seed).map((e) => e.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).not.toMatch(/demo|test/i);
    }
  });

  it('uses only SNI level-5 codes that exist in the taxonomy', () => {
    const sni = taxonomyCodes('sni-hierarchy.json', 'sni-level-5', 'sni_level_code_2007');
    expect(sni.size).toBeGreaterThan(500);
    for (const employer of allSeeds) {
      expect(employer.sniCodes.length).toBeGreaterThan(0);
      expect(new Set(employer.sniCodes).size).toBe(employer.sniCodes.length);
      for (const code of employer.sniCodes) {
        expect(code).toMatch(/^\d{5}$/);
        expect(sni.has(code)).toBe(true);
      }
    }
  });

  it('uses only SSYK level-4 codes that exist in the taxonomy', () => {
    const ssyk = taxonomyCodes('the-ssyk-hierarchy-with-occupations.json', 'ssyk-level-4', 'ssyk_code_2012');
    expect(ssyk.size).toBe(400);
    expect(contacts.flatMap((c) => c.skillNeeds).length).toBeGreaterThan(10);
    const needs = allSeeds.flatMap((e) => e.contacts).flatMap((c) => c.skillNeeds);
    for (const need of needs) {
      expect(ssyk.has(need.ssyk4Code)).toBe(true);
      expect(need.headcount).toBeGreaterThanOrEqual(1);
      expect(need.neededInDays).toBeGreaterThan(0);
    }
  });

  it('places employers at postcodes of their municipality', () => {
    for (const employer of employers) {
      expect(employer.postalCode).toMatch(employer.municipality === 'Trelleborg' ? /^231 \d\d$/ : /^233 \d\d$/);
      expect(employer.street).toMatch(/^\S.* \d+[A-C]?$/);
      expect(employer.city.length).toBeGreaterThan(0);
    }
  });

  it('covers all sectors, mostly ACTIVE with some PROSPECT and a few INACTIVE', () => {
    const sectors = new Set(employers.flatMap((e) => e.sectorCodes));
    for (const code of [
      'VARD_OMSORG', 'HANDEL', 'HOTELL_RESTAURANG', 'TRANSPORT_LOGISTIK', 'INDUSTRI',
      'BYGG', 'LOKALVARD_FASTIGHET', 'BARN_UTBILDNING', 'GRONA_NARINGAR', 'KONTOR_IT',
    ]) {
      expect(sectors.has(code as DemoEmployer['sectorCodes'][number])).toBe(true);
    }
    const count = (status: DemoEmployer['status']) => employers.filter((e) => e.status === status).length;
    expect(count('ACTIVE')).toBeGreaterThan(employers.length / 2);
    expect(count('PROSPECT')).toBeGreaterThan(0);
    expect(count('INACTIVE')).toBeGreaterThan(0);
    expect(count('INACTIVE')).toBeLessThan(count('PROSPECT'));
  });

  it('assigns staff keys, Svedala mostly to bd.svedala', () => {
    for (const employer of employers) {
      expect(DEMO_STAFF_KEYS).toContain(employer.responsibleKey);
      for (const contact of employer.contacts) expect(DEMO_STAFF_KEYS).toContain(contact.authorKey);
      if (employer.municipality === 'Trelleborg') expect(employer.responsibleKey).not.toBe('bd.svedala');
    }
    const svedala = employers.filter((e) => e.municipality === 'Svedala');
    expect(svedala.filter((e) => e.responsibleKey === 'bd.svedala').length).toBeGreaterThan(svedala.length / 2);
  });

  it("gives 1-3 contact persons with numbers from PTS's fictional series and .example addresses", () => {
    for (const employer of employers) {
      expect(employer.contactPersons.length).toBeGreaterThanOrEqual(1);
      expect(employer.contactPersons.length).toBeLessThanOrEqual(3);
      const emails = employer.contactPersons.map((p) => p.email);
      expect(new Set(emails).size).toBe(emails.length);
      for (const person of employer.contactPersons) {
        expect(person.name).toMatch(/^\S+( \S+)+$/); // Swedish double surnames too
        expect(person.role.length).toBeGreaterThan(0);
        expect(person.phone).toMatch(FICTIONAL_PHONE_PATTERN);
        expect(person.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
      }
    }
  });

  it('keeps 1-6 contacts per employer within the last year, oldest first', () => {
    for (const employer of employers) {
      const days = employer.contacts.map((c) => c.daysAgo);
      expect(days.length).toBeGreaterThanOrEqual(1);
      expect(days.length).toBeLessThanOrEqual(6);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      expect(new Set(days).size).toBe(days.length);
      for (const contact of employer.contacts) {
        expect(contact.daysAgo).toBeGreaterThanOrEqual(0);
        expect(contact.daysAgo).toBeLessThanOrEqual(365);
        expect(contact.summary).toMatch(/^[A-ZÅÄÖ].*\.$/);
        expect(contact.summary).not.toMatch(/[{}]/);
        if (contact.nextFollowUpInDays !== null) expect(contact.nextFollowUpInDays).toBeGreaterThan(0);
      }
      // Follow-ups of older contacts fell due before the next contact took place.
      employer.contacts.slice(0, -1).forEach((c, i) => {
        if (c.nextFollowUpInDays !== null) {
          expect(c.daysAgo - c.nextFollowUpInDays).toBeGreaterThanOrEqual(employer.contacts[i + 1]!.daysAgo);
        }
      });
      if (employer.status === 'INACTIVE') expect(followUpDueIn(employer)).toBeNull();
    }
    expect(new Set(contacts.map((c) => c.kind))).toEqual(new Set(['VISIT', 'PHONE', 'EMAIL', 'MEETING', 'EVENT']));
    expect(new Set(contacts.map((c) => c.summary)).size).toBeGreaterThan(40);
  });

  it('gives bd.trelleborg.1 an overdue, a due-soon and a later follow-up', () => {
    const due = employers.filter((e) => e.responsibleKey === 'bd.trelleborg.1').map(followUpDueIn);
    expect(due.some((d) => d !== null && d < 0)).toBe(true);
    expect(due.some((d) => d !== null && d >= 0 && d <= 7)).toBe(true);
    expect(due.some((d) => d !== null && d > 7)).toBe(true);
    expect(employers.map(followUpDueIn).some((d) => d === null)).toBe(true);
  });

  it('holds the follow-up mix for other seeds too', () => {
    for (const seed of SEEDS) {
      const due = demoEmployers(seed)
        .filter((e) => e.responsibleKey === 'bd.trelleborg.1')
        .map(followUpDueIn);
      expect(due.some((d) => d !== null && d < 0)).toBe(true);
      expect(due.some((d) => d !== null && d >= 0 && d <= 7)).toBe(true);
      expect(due.some((d) => d !== null && d > 7)).toBe(true);
    }
  });
});

describe('luhnCheckDigit', () => {
  it('computes the check digit of known organisation numbers', () => {
    expect(luhnCheckDigit('556016068')).toBe(0); // 556016-0680, the library's own example
    expect(luhnCheckDigit('212000116')).toBe(5); // 212000-1165
    expect(() => luhnCheckDigit('12345')).toThrow(RangeError);
  });
});

describe('DemoRng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new DemoRng(42);
    const b = new DemoRng(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(new Set(seqA).size).toBe(20);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('keeps int within inclusive bounds and reaches both ends', () => {
    const rng = new DemoRng(1);
    const values = Array.from({ length: 500 }, () => rng.int(3, 6));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(6);
  });

  it('samples distinct elements and shuffles without mutating', () => {
    const rng = new DemoRng(5);
    const input = [1, 2, 3, 4, 5, 6, 7, 8] as const;
    const sample = rng.sample(input, 5);
    expect(sample).toHaveLength(5);
    expect(new Set(sample).size).toBe(5);
    expect(rng.sample(input, 20)).toHaveLength(8);
    const shuffled = rng.shuffle(input);
    expect([...shuffled].sort()).toEqual([...input]);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('honours chance and weights at the extremes', () => {
    const rng = new DemoRng(9);
    expect(Array.from({ length: 50 }, () => rng.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 50 }, () => rng.chance(1)).every(Boolean)).toBe(true);
    expect(Array.from({ length: 50 }, () => rng.weighted([['a', 0], ['b', 1]]))).toEqual(Array(50).fill('b'));
  });
});
