import { addDays, toLocalDate } from '../../src/platform/context/clock.js';
import type { TestApp } from './test-app.js';

let serial = 0;

/** The Luhn check digit of nine digits, as Swedish organisation and identity numbers use it. */
function luhn(nine: string): number {
  const sum = nine.split('').map(Number).reduce((acc, d, i) => {
    const v = i % 2 === 0 ? d * 2 : d;
    return acc + (v > 9 ? v - 9 : v);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

/**
 * A fresh, valid organisationsnummer for each call (an aktiebolag, 559xxx series, with its Luhn check digit),
 * so specs never collide with the demo's employers or each other.
 */
export function newOrganisationNumber(): string {
  serial += 1;
  const nine = `559${String((Date.now() % 10_000) * 100 + (serial % 100)).padStart(6, '0')}`.slice(0, 9);
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhn(nine)}`;
}

/**
 * A fresh, valid, fictional personnummer (YYYYMMDD-NNNN) for each call, with a serial in Skatteverket's test
 * range (980-999). `birthDate` (YYYY-MM-DD) fixes the date part; by default each call gets a birth date of its
 * own in the 1950s, which the demo's job seekers (born 1960-2006) never have, so no number collides with theirs.
 */
export function newIdentityNumber(birthDate?: string): string {
  serial += 1;
  const born = new Date(Date.UTC(1950, 0, 1));
  born.setUTCDate(born.getUTCDate() + serial * 23);
  const date = (birthDate ?? born.toISOString().slice(0, 10)).replaceAll('-', '');
  const three = String(980 + (serial % 20));
  return `${date}-${three}${luhn(date.slice(2) + three)}`;
}

/** The calendar date `n` days from today in Stockholm (the server's "today"), as YYYY-MM-DD. */
export function isoDaysFromToday(n: number): string {
  return addDays(toLocalDate(new Date(), 'Europe/Stockholm'), n);
}

/** Looks up the demo's ids by readable keys (usernames, sector codes, organisation names) through the API. */
export class Ids {
  private constructor(
    private readonly users: Map<string, string>,
    private readonly sectors: Map<string, string>,
    private readonly organisations: Map<string, string>,
    private readonly teams: Map<string, string>,
  ) {}

  static async load(t: TestApp): Promise<Ids> {
    const data = await t.ok(
      'manager1',
      `{ users { id username } sectors { id code } organisations { id name } teams { id name } }`,
    );
    const admin = await t.ok('reviewer.svedala', `{ organisations { id name } }`);
    return new Ids(
      new Map(data.users.map((u: { id: string; username: string }) => [u.username, u.id])),
      new Map(data.sectors.map((s: { id: string; code: string }) => [s.code, s.id])),
      new Map([...data.organisations, ...admin.organisations].map((o: { id: string; name: string }) => [o.name, o.id])),
      new Map(data.teams.map((x: { id: string; name: string }) => [x.name, x.id])),
    );
  }

  user(username: string): string {
    return must(this.users.get(username), `user ${username}`);
  }

  sector(code: string): string {
    return must(this.sectors.get(code), `sector ${code}`);
  }

  organisation(name: string): string {
    return must(this.organisations.get(name), `organisation ${name}`);
  }

  team(name: string): string {
    return must(this.teams.get(name), `team ${name}`);
  }
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`unknown ${what}`);
  return value;
}

/** An OPEN internship (praktik) at a demo employer in `municipalityConceptId`, created by `as`. */
export async function openInternship(t: TestApp, as: string, municipalityConceptId: string, title = 'Praktik lokalvård'): Promise<{ id: string; version: number }> {
  const employer = (await t.ok(as, `query($m: ID!) { employers(municipalityConceptId: $m, limit: 1) { items { id } } }`, { m: municipalityConceptId })).employers.items[0];
  const occupation = (await t.ok(as, `{ taxonomyConcepts(type: "occupation-name", search: "Städare") { items { id } } }`)).taxonomyConcepts.items[0];
  const { createOpening } = await t.ok(as, `mutation($i: CreateOpeningInput!) { createOpening(input: $i) { id version } }`, {
    i: { employerId: employer.id, kind: 'INTERNSHIP', title, occupationConceptId: occupation.id, startOn: isoDaysFromToday(14), places: 5 },
  });
  const { setOpeningStatus } = await t.ok(as, `mutation($i: SetOpeningStatusInput!) { setOpeningStatus(input: $i) { id version } }`, {
    i: { id: createOpening.id, version: createOpening.version, status: 'OPEN' },
  });
  return setOpeningStatus;
}

/** Demo job seekers of a principal with an open enrolment period that has a plan: `{ candidateId, enrolmentId, planId }`. */
export async function enrolledWithPlan(t: TestApp, principalId: string): Promise<Array<{ candidateId: string; enrolmentId: string; planId: string }>> {
  const found: Array<{ candidateId: string; enrolmentId: string; planId: string }> = [];
  for (let offset = 0; offset < 1000; offset += 100) {
    const page = (
      await t.ok('secretary1', `query($o: Int!) { candidates(openOnly: true, limit: 100, offset: $o) { hasNextPage items { id principalId enrolments { id exitOn plan { id } } } } }`, { o: offset })
    ).candidates;
    for (const c of page.items as Array<{ id: string; principalId: string; enrolments: Array<{ id: string; exitOn: string | null; plan: { id: string } | null }> }>) {
      const open = c.enrolments.find((e) => e.exitOn === null);
      if (c.principalId === principalId && open?.plan) found.push({ candidateId: c.id, enrolmentId: open.id, planId: open.plan.id });
    }
    if (!page.hasNextPage) break;
  }
  return found;
}

/** The demo's open openings in a municipality, grouped by employer (first opening first): `[{ employerId, openings }]`. */
export async function openOpeningsByEmployer(
  t: TestApp,
  as: string,
  municipalityConceptId: string,
): Promise<Array<{ employerId: string; openings: Array<{ id: string; title: string; sectorId: string | null; principalId: string }> }>> {
  const { openings } = await t.ok(as, `{ openings(status: OPEN, limit: 100) { items { id title employerId sectorId principalId municipalityConceptId } } }`);
  const byEmployer = new Map<string, Array<{ id: string; title: string; sectorId: string | null; principalId: string }>>();
  for (const o of openings.items as Array<{ id: string; title: string; employerId: string; sectorId: string | null; principalId: string; municipalityConceptId: string }>) {
    if (o.municipalityConceptId !== municipalityConceptId) continue;
    byEmployer.set(o.employerId, [...(byEmployer.get(o.employerId) ?? []), { id: o.id, title: o.title, sectorId: o.sectorId, principalId: o.principalId }]);
  }
  return [...byEmployer.entries()].map(([employerId, list]) => ({ employerId, openings: list }));
}

/** A venue for recruitment meetings in `principalId`, created by `as` (a planner). */
export async function meetingVenue(t: TestApp, as: string, principalId: string, capacity: number, name = `Lokal ${Date.now()}`): Promise<{ id: string; version: number }> {
  const { createMeetingVenue } = await t.ok(as, `mutation($i: MeetingVenueInput!) { createMeetingVenue(input: $i) { id version } }`, {
    i: { principalId, name, street: 'Storgatan 1', postalCode: '233 31', city: 'Svedala', capacity },
  });
  return createMeetingVenue;
}
