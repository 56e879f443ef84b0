/**
 * Deterministic generator of plausible, fictional demo employers in Trelleborg and Svedala, with contact persons and
 * a year of contact history. Pure: no database, no framework, no clock — every date is relative ("days ago"), so the
 * caller anchors the data to its own "today".
 *
 * The data is driven by a small set of industry templates (name patterns, SNI 2007 codes, SSYK 2012 codes, sector,
 * typical contact roles) combined with place and phrase banks through a seeded {@link DemoRng}; the contact persons'
 * names and the streets are faker's Swedish ones for keys drawn from the same stream (demo-identities.ts).
 */
import {
  CLOSING_CONTACTS,
  FAMILY_GENITIVES,
  FIRST_CONTACTS,
  FOLLOW_UP_CYCLE,
  GENERIC_ROLES,
  HISTORY_DAYS,
  INACTIVE_NEWEST_DAYS_AGO,
  MUNICIPALITIES,
  NATURE_WORDS,
  NEED_CHANCE,
  NEWEST_DAYS_AGO,
  ONGOING_KIND_WEIGHTS,
  STATUS_SHARES,
  SUMMARIES,
  type FollowUpCategory,
  type Locality,
  type MunicipalityProfile,
} from './demo-employer-banks.js';
import { NUMBER_WORDS, OCCUPATION_WORDS, ORG_PREFIXES, TEMPLATES, type IndustryTemplate, type LegalForm } from './demo-employer-templates.js';
import {
  DEFAULT_DEMO_SEED,
  type DemoContact,
  type DemoContactKind,
  type DemoContactPerson,
  type DemoEmployer,
  type DemoEmployerStatus,
  type DemoSkillNeed,
  type DemoStaffKey,
} from './demo-employer-types.js';
import { fictionalPhoneNumber, firstName, lastName, streetName } from './demo-identities.js';
import { DemoRng } from './demo-rng.js';

/**
 * Generates ~40 fictional employers (26 in Trelleborg, 14 in Svedala) with contact persons and up to a year of
 * contact history.
 *
 * - Organisation numbers are unique, `NNNNNN-NNNN`, with a correct Luhn check digit and a legal-form prefix
 *   (5 aktiebolag, 2 public body, 7 economic association, 8 non-profit, 9 partnership).
 * - SNI 2007 and SSYK 2012 codes come from the JobTech taxonomy and fit the industry.
 * - Status is mostly ACTIVE, some PROSPECT, a few INACTIVE.
 * - Each staff member's employers get a mix of follow-ups on their newest contact: overdue, due within 7 days,
 *   due later, or none (INACTIVE employers never have one).
 *
 * Pure and deterministic: the same seed always gives a deep-equal result.
 *
 * @param seed - PRNG seed; defaults to {@link DEFAULT_DEMO_SEED}.
 */
export function demoEmployers(seed: number = DEFAULT_DEMO_SEED): DemoEmployer[] {
  const rng = new DemoRng(seed);
  const registry: Registry = { orgNumbers: new Set(), names: new Set() };
  const followUpCounters = new Map<DemoStaffKey, number>();
  const employers: DemoEmployer[] = [];

  for (const profile of MUNICIPALITIES) {
    const templates = planTemplates(rng, profile);
    const statuses = rng.shuffle(apportion(STATUS_SHARES, templates.length - templates.filter((t) => t.pinned).length));
    const responsibles = rng.shuffle(apportion(profile.responsibleWeights, templates.length));

    templates.forEach((template, i) => {
      const status: DemoEmployerStatus = template.pinned ? 'ACTIVE' : statuses.shift()!;
      const responsibleKey = responsibles[i]!;
      let followUp: FollowUpCategory = 'none';
      if (status !== 'INACTIVE') {
        const n = followUpCounters.get(responsibleKey) ?? 0;
        followUp = FOLLOW_UP_CYCLE[n % FOLLOW_UP_CYCLE.length]!;
        followUpCounters.set(responsibleKey, n + 1);
      }
      employers.push(buildEmployer(rng, registry, profile, template, status, responsibleKey, followUp));
    });
  }
  return employers;
}

interface Registry {
  orgNumbers: Set<string>;
  names: Set<string>;
}

/** Pinned templates first, then a shuffled deck of the eligible ones, reshuffled when exhausted. */
function planTemplates(rng: DemoRng, profile: MunicipalityProfile): IndustryTemplate[] {
  const cities = profile.localities.map((l) => l.city);
  const eligible = TEMPLATES.filter(
    (t) =>
      (!t.municipalities || t.municipalities.includes(profile.municipality)) &&
      (!t.localities || t.localities.some((c) => cities.includes(c))),
  );
  const plan = eligible.filter((t) => t.pinned);
  const deck = eligible.filter((t) => !t.pinned);
  while (plan.length < profile.employerCount) {
    plan.push(...rng.shuffle(deck).slice(0, profile.employerCount - plan.length));
  }
  return plan;
}

/** Splits `n` into whole counts proportional to the weights (largest remainder), as a flat list of values. */
function apportion<T>(weights: readonly (readonly [T, number])[], n: number): T[] {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const exact = weights.map(([value, w]) => ({ value, exact: (w / total) * n }));
  const counts = exact.map((e) => Math.floor(e.exact));
  let rest = n - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, rem: e.exact - Math.floor(e.exact) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of byRemainder) {
    if (rest-- <= 0) break;
    counts[i]! += 1;
  }
  return exact.flatMap((e, i) => Array<T>(counts[i]!).fill(e.value));
}

function buildEmployer(
  rng: DemoRng,
  registry: Registry,
  profile: MunicipalityProfile,
  template: IndustryTemplate,
  status: DemoEmployerStatus,
  responsibleKey: DemoStaffKey,
  followUp: FollowUpCategory,
): DemoEmployer {
  const localities = profile.localities.filter((l) => !template.localities || template.localities.includes(l.city));
  const locality = rng.weighted(localities.map((l) => [l, l.weight] as const));
  // one key for the street and its postal code
  const address = rng.next();
  const postalCode = locality.postalCodes[Math.floor(address * locality.postalCodes.length)]!;
  const street = `${streetName(address)} ${rng.int(1, 48)}${rng.chance(0.15) ? rng.pick(['A', 'B', 'C']) : ''}`;
  const name = uniqueName(rng, registry, template, profile, locality);
  // Usually the template's main code is primary; sometimes another fitting one; sometimes a secondary code too.
  const primarySni = rng.chance(0.7) ? template.sni[0]! : rng.pick(template.sni);
  const otherSni = template.sni.filter((c) => c !== primarySni);
  const sniCodes = [primarySni, ...(rng.chance(0.4) ? rng.sample(otherSni, 1) : [])];
  const domain = emailDomain(name);
  // The main contact has an industry role; others may be HR/recruitment.
  const mainRole = rng.pick(template.roles);
  const otherRoles = [...new Set([...template.roles, ...GENERIC_ROLES])].filter((r) => r !== mainRole);
  const roles = [mainRole, ...rng.sample(otherRoles, rng.int(0, 2))];
  const usedNames = new Set<string>();
  const contactPersons = roles.map((role) => contactPerson(rng, usedNames, role, domain));

  return {
    organisationNumber: organisationNumber(rng, registry, template.legalForm),
    name,
    municipality: profile.municipality,
    sniCodes,
    street,
    postalCode,
    city: locality.city,
    sectorCodes: [...template.sectorCodes],
    status,
    responsibleKey,
    contactPersons,
    contacts: contactHistory(rng, profile, template, status, responsibleKey, followUp, contactPersons, locality.city),
  };
}

function uniqueName(
  rng: DemoRng,
  registry: Registry,
  template: IndustryTemplate,
  profile: MunicipalityProfile,
  locality: Locality,
): string {
  const fill = (pattern: string) =>
    pattern
      .replace('{P}', rng.pick(locality.places))
      .replace('{S}', rng.pick(FAMILY_GENITIVES))
      .replace('{N}', rng.pick(NATURE_WORDS))
      .replace('{T}', locality.city)
      .replace('{K}', profile.genitive);
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = fill(rng.pick(template.names));
    if (!registry.names.has(name)) {
      registry.names.add(name);
      return name;
    }
  }
  throw new Error(`Demo template "${template.key}" has too few name variants for ${locality.city}`);
}

/** Luhn check digit for a 9-digit string (weights 2,1,2,… from the left), as used in Swedish organisation numbers. */
export function luhnCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError(`Expected 9 digits, got "${nineDigits}"`);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

function organisationNumber(rng: DemoRng, registry: Registry, form: LegalForm): string {
  for (;;) {
    const prefix = rng.pick(ORG_PREFIXES[form]);
    let body = prefix;
    while (body.length < 9) body += String(rng.int(0, 9));
    const digits = body + String(luhnCheckDigit(body));
    const formatted = `${digits.slice(0, 6)}-${digits.slice(6)}`;
    if (!registry.orgNumbers.has(formatted)) {
      registry.orgNumbers.add(formatted);
      return formatted;
    }
  }
}

/** ASCII slug: lower case, diacritics stripped, anything else collapsed to single hyphens. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łđøæı]/g, (c) => ({ ł: 'l', đ: 'd', ø: 'o', æ: 'ae', ı: 'i' })[c] ?? c)
    .replace(/&/g, ' och ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Trelleborgs Hamnlogistik AB" → `trelleborgs-hamnlogistik.example`; a public body uses the part before the comma. */
function emailDomain(companyName: string): string {
  const base = companyName
    .split(',')[0]!
    .replace(/\s+(AB|HB|ek\. för\.)$/u, '')
    .replace(/^Föreningen\s+/u, '');
  return `${slug(base)}.example`;
}

function contactPerson(
  rng: DemoRng,
  usedNames: Set<string>,
  role: string,
  domain: string,
): DemoContactPerson {
  let first: string;
  let last: string;
  do {
    first = firstName(rng.chance(0.5) ? 'female' : 'male', rng.next());
    last = lastName(rng.next());
  } while (usedNames.has(`${first} ${last}`));
  usedNames.add(`${first} ${last}`);
  return { name: `${first} ${last}`, role, phone: fictionalPhoneNumber(rng), email: `${slug(first)}.${slug(last)}@${domain}` };
}

interface PhraseContext {
  person: DemoContactPerson;
  town: string;
  peak: string;
  needs: DemoSkillNeed[];
}

function contactHistory(
  rng: DemoRng,
  profile: MunicipalityProfile,
  template: IndustryTemplate,
  status: DemoEmployerStatus,
  responsibleKey: DemoStaffKey,
  followUp: FollowUpCategory,
  persons: DemoContactPerson[],
  town: string,
): DemoContact[] {
  const count = status === 'ACTIVE' ? rng.int(2, 6) : status === 'PROSPECT' ? rng.int(1, 2) : rng.int(1, 3);
  const newest = rng.int(...(status === 'INACTIVE' ? INACTIVE_NEWEST_DAYS_AGO : NEWEST_DAYS_AGO[followUp]));
  // Older contacts spread out before the newest; prospects are recent acquaintances.
  const oldest = status === 'PROSPECT' ? Math.min(HISTORY_DAYS, newest + 120) : HISTORY_DAYS;
  const olderDays = rng
    .sample(range(newest + 1, oldest), count - 1)
    .sort((a, b) => b - a);
  const days = [...olderDays, newest];
  const staff = [...new Set(profile.responsibleWeights.map(([k]) => k))];
  const usedTexts = new Set<string>();
  /** Prefer a phrase not yet used for this employer. */
  const pickText = <T>(options: readonly T[], text: (o: T) => string): T => {
    const fresh = options.filter((o) => !usedTexts.has(text(o)));
    const chosen = rng.pick(fresh.length > 0 ? fresh : options);
    usedTexts.add(text(chosen));
    return chosen;
  };

  return days.map((daysAgo, i) => {
    const isFirst = i === 0;
    const isLast = i === days.length - 1;
    const closing = isLast && status === 'INACTIVE';
    const ctx: Omit<PhraseContext, 'needs'> = { person: rng.pick(persons), town, peak: rng.pick(template.peaks) };

    let kind: DemoContactKind;
    let text: string;
    let needs: DemoSkillNeed[] = [];
    if (closing) {
      [kind, text] = pickText(CLOSING_CONTACTS, ([, t]) => t);
    } else if (isFirst) {
      [kind, text] = pickText(FIRST_CONTACTS, ([, t]) => t);
      if (rng.chance(0.4)) {
        needs = skillNeeds(rng, template);
        text += ' Nämnde ett kommande behov av {need}.';
      }
    } else {
      kind = rng.weighted(ONGOING_KIND_WEIGHTS);
      if (rng.chance(NEED_CHANCE[kind])) needs = skillNeeds(rng, template);
      text = pickText(needs.length > 0 ? SUMMARIES[kind].withNeed : SUMMARIES[kind].without, (t) => t);
    }

    let nextFollowUpInDays: number | null = null;
    if (!isLast) {
      // Sometimes a follow-up was planned; it always fell due no later than the next contact, which closed it.
      const gap = daysAgo - days[i + 1]!;
      if (rng.chance(0.6)) nextFollowUpInDays = gap <= 60 ? gap - rng.int(0, Math.min(3, gap - 1)) : rng.int(14, 45);
    } else if (!closing) {
      nextFollowUpInDays = newestFollowUp(rng, followUp, daysAgo);
    }

    return {
      daysAgo,
      kind,
      summary: phrase(text, { ...ctx, needs }),
      skillNeeds: needs,
      nextFollowUpInDays,
      authorKey: rng.chance(0.75) ? responsibleKey : rng.pick(staff),
    };
  });
}

/** Follow-up (days after the contact) such that its due date relative to today falls in `category`. */
function newestFollowUp(rng: DemoRng, category: FollowUpCategory, daysAgo: number): number | null {
  switch (category) {
    case 'overdue':
      return daysAgo - rng.int(1, Math.min(21, daysAgo - 1)); // due 1–21 days ago, still >= 1 day after the contact
    case 'soon':
      return daysAgo + rng.int(daysAgo === 0 ? 1 : 0, 7); // due today … in 7 days
    case 'later':
      return daysAgo + rng.int(8, 60);
    case 'none':
      return null;
  }
}

function skillNeeds(rng: DemoRng, template: IndustryTemplate): DemoSkillNeed[] {
  return rng.sample(template.ssyk, rng.chance(0.8) ? 1 : 2).map((ssyk4Code) => ({
    ssyk4Code,
    headcount: rng.chance(0.15) ? rng.int(4, 8) : rng.int(1, 3),
    neededInDays: rng.pick([7, 14, 21, 30, 45, 60, 90, 120]),
  }));
}

function phrase(text: string, ctx: PhraseContext): string {
  const need = ctx.needs
    .map(({ ssyk4Code, headcount }) => {
      const words = OCCUPATION_WORDS[ssyk4Code];
      if (!words) throw new Error(`No Swedish wording for SSYK ${ssyk4Code}; add it to OCCUPATION_WORDS`);
      const [one, many] = words;
      return headcount === 1 ? one : `${NUMBER_WORDS[headcount] ?? headcount} ${many}`;
    })
    .join(' och ');
  const soonest = Math.min(...ctx.needs.map((n) => n.neededInDays));
  const when =
    soonest <= 14
      ? 'så snart som möjligt'
      : soonest <= 45
        ? 'inom en månad'
        : soonest <= 90
          ? 'inom ett par månader'
          : 'på längre sikt';
  const filled = text
    .replaceAll('{need}', need)
    .replaceAll('{when}', when)
    .replaceAll('{peak}', ctx.peak)
    .replaceAll('{person}', ctx.person.name)
    .replaceAll('{role}', ctx.person.role)
    .replaceAll('{town}', ctx.town);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

function range(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
