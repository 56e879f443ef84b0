import type { Picked } from '../platform/components/SearchPicker';
import type { OpeningDetail } from './documents';
import { openingsText } from './messages';
import { INTERNSHIP_KINDS, OPENING_KINDS, type OpeningKindValue } from './search';

export interface SkillValue extends Picked {
  /** 1 (nice to have) to 5 (essential) */
  weight: number;
}

type SwedishLevelValue = NonNullable<OpeningDetail['minSwedishLevel']>;

/** A language other than Swedish the work needs, as a row of the form: any part may still be missing. */
export interface LanguageNeedValue {
  /** Keeps a row's fields apart while rows are added and removed */
  key: number;
  language: Picked | null;
  minLevelConceptId: string | null;
  reason: string;
}

/** The most language needs an opening states (the API's ArrayMaxSize). */
export const MAX_LANGUAGE_NEEDS = 5;
/** The longest commute a recruiter may state, in minutes one way (the API's COMMUTE_LIMIT_RANGE). */
export const COMMUTE_RANGE = { min: 10, max: 180 } as const;
/** JobTech's concept for Swedish: a need for Swedish is the minimum Swedish level, never a language need. */
export const SWEDISH_LANGUAGE_ID = 'zSLA_vw2_FXN';

/**
 * The commute limit an opening of each kind applies when it states none (src/matching/commute.ts
 * DEFAULT_COMMUTE_LIMIT_MINUTES): an hour for a job, 45 minutes for internships and workplace learning.
 */
export const DEFAULT_COMMUTE_MINUTES: Record<OpeningKindValue, number> = {
  JOB_UNSUBSIDISED: 60,
  JOB_SUBSIDISED: 60,
  INTERNSHIP: 45,
  SFI_WORKPLACE_LEARNING: 45,
};

/** What the form holds while the person types: strings as typed, pickers' choices with their labels. */
export interface OpeningFormValues {
  employer: Picked | null;
  kind: OpeningKindValue | null;
  title: string;
  occupation: Picked | null;
  sectorId: string | null;
  municipalityConceptId: string | null;
  street: string;
  postalCode: string;
  startOn: string;
  applicationDeadline: string;
  places: number | string;
  hoursPerWeek: number | string;
  worktimeConceptId: string | null;
  requiredSkills: SkillValue[];
  preferredSkills: SkillValue[];
  licenceIds: string[];
  minSwedishLevel: SwedishLevelValue | null;
  swedishLevelReason: string;
  /** Minutes as typed; empty for the kind's default */
  maxCommuteMinutes: number | string;
  languageNeeds: LanguageNeedValue[];
  supervisorName: string;
  supervisorPhone: string;
  supervisorEmail: string;
  periodStartOn: string;
  periodEndOn: string;
}

/** Errors by the API's input field name, so that the form's own checks and the API's land on the same field. */
export type FormErrors = Partial<Record<string, string>>;

export const EMPTY_VALUES: OpeningFormValues = {
  employer: null,
  kind: null,
  title: '',
  occupation: null,
  sectorId: null,
  municipalityConceptId: null,
  street: '',
  postalCode: '',
  startOn: '',
  applicationDeadline: '',
  places: 1,
  hoursPerWeek: '',
  worktimeConceptId: null,
  requiredSkills: [],
  preferredSkills: [],
  licenceIds: [],
  minSwedishLevel: null,
  swedishLevelReason: '',
  maxCommuteMinutes: '',
  languageNeeds: [],
  supervisorName: '',
  supervisorPhone: '',
  supervisorEmail: '',
  periodStartOn: '',
  periodEndOn: '',
};

const skills = (list: OpeningDetail['requiredSkills']): SkillValue[] =>
  list.map((s) => ({ id: s.skillConceptId, label: s.skill?.label ?? s.skillConceptId, weight: s.weight }));

/** The form filled in from the opening as the API holds it now. */
export function valuesFromOpening(o: OpeningDetail): OpeningFormValues {
  return {
    employer: o.employer ? { id: o.employer.id, label: o.employer.name } : null,
    kind: OPENING_KINDS.find((k) => k === o.kind) ?? null,
    title: o.title,
    occupation: o.occupation ? { id: o.occupation.id, label: o.occupation.label } : null,
    sectorId: o.sectorId ?? null,
    municipalityConceptId: o.municipalityConceptId,
    street: o.street ?? '',
    postalCode: o.postalCode ?? '',
    startOn: o.startOn,
    applicationDeadline: o.applicationDeadline ?? '',
    places: o.places,
    hoursPerWeek: o.hoursPerWeek ?? '',
    worktimeConceptId: o.worktimeConceptId ?? null,
    requiredSkills: skills(o.requiredSkills),
    preferredSkills: skills(o.preferredSkills),
    licenceIds: o.requiredLicenceConceptIds,
    minSwedishLevel: o.minSwedishLevel ?? null,
    swedishLevelReason: o.swedishLevelReason ?? '',
    maxCommuteMinutes: o.maxCommuteMinutes ?? '',
    languageNeeds: o.languageNeeds.map((need, key) => ({
      key,
      language: { id: need.languageConceptId, label: need.language?.label ?? need.languageConceptId },
      minLevelConceptId: need.minLevelConceptId,
      reason: need.reason,
    })),
    supervisorName: o.supervisorName ?? '',
    supervisorPhone: o.supervisorPhone ?? '',
    supervisorEmail: o.supervisorEmail ?? '',
    periodStartOn: o.periodStartOn ?? '',
    periodEndOn: o.periodEndOn ?? '',
  };
}

export function isInternship(kind: string | null): boolean {
  return kind !== null && INTERNSHIP_KINDS.includes(kind);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const POSTAL_CODE = /^\d{3} ?\d{2}$/;
const e = openingsText.form.errors;

function wholeNumber(value: number | string, min: number, max: number): boolean {
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= min && n <= max;
}

/**
 * What the form checks before sending, as the API would (opening.input.ts and the service's rules): the required
 * fields, whole numbers, dates, a deadline not after the start, a period that does not end before it starts, a
 * minimum Swedish level only with its reason (docs/rules.md: a language requirement must be justified by the work),
 * a commute limit of 10 to 180 whole minutes, and every language need with its language, lowest level and reason.
 */
export function validate(v: OpeningFormValues, creating: boolean): FormErrors {
  const errors: FormErrors = {};
  if (creating && !v.employer) errors.employerId = e.choose;
  if (creating && !v.kind) errors.kind = e.required;
  if (!v.title.trim()) errors.title = e.required;
  if (!v.occupation) errors.occupationConceptId = e.choose;
  if (!v.startOn) errors.startOn = e.required;
  else if (!DATE.test(v.startOn)) errors.startOn = e.date;
  if (v.applicationDeadline && !DATE.test(v.applicationDeadline)) errors.applicationDeadline = e.date;
  else if (v.applicationDeadline && v.startOn && v.applicationDeadline > v.startOn) errors.applicationDeadline = e.deadlineAfterStart;
  if (!wholeNumber(v.places, 1, 1000)) errors.places = e.positive;
  if (v.hoursPerWeek !== '' && !wholeNumber(v.hoursPerWeek, 1, 80)) errors.hoursPerWeek = e.hours;
  if (v.postalCode.trim() && !POSTAL_CODE.test(v.postalCode.trim())) errors.postalCode = e.postalCode;
  if (v.minSwedishLevel && !v.swedishLevelReason.trim()) errors.swedishLevelReason = e.reasonNeeded;
  if (v.maxCommuteMinutes !== '' && !wholeNumber(v.maxCommuteMinutes, COMMUTE_RANGE.min, COMMUTE_RANGE.max)) errors.maxCommuteMinutes = e.commute;
  Object.assign(errors, languageNeedErrors(v.languageNeeds));
  if (isInternship(v.kind) && v.periodStartOn && v.periodEndOn && v.periodEndOn < v.periodStartOn) errors.periodEndOn = e.periodEnd;
  return errors;
}

/**
 * Each row's missing language, level or reason under the API's field path (`languageNeeds.0.reason`), a language
 * listed twice on its second row, and more rows than the API takes on the list itself.
 */
function languageNeedErrors(needs: readonly LanguageNeedValue[]): FormErrors {
  const errors: FormErrors = {};
  if (needs.length > MAX_LANGUAGE_NEEDS) errors.languageNeeds = e.tooManyLanguages;
  const seen = new Set<string>();
  needs.forEach((need, i) => {
    const field = `languageNeeds.${i}`;
    if (!need.language) errors[`${field}.languageConceptId`] = e.choose;
    else if (seen.has(need.language.id)) errors[`${field}.languageConceptId`] = e.languageTwice;
    if (need.language) seen.add(need.language.id);
    if (!need.minLevelConceptId) errors[`${field}.minLevelConceptId`] = e.choose;
    if (!need.reason.trim()) errors[`${field}.reason`] = e.languageReasonNeeded;
  });
  return errors;
}

/**
 * Whether a change of the form's values touches the field of that API name, so that its message goes: a language
 * need's own fields by row, and every row's when a row is added or removed (the rows' numbers then shift).
 */
export function touchedBy(before: OpeningFormValues, patch: Partial<OpeningFormValues>): (field: string) => boolean {
  const names: Record<string, string> = { employer: 'employerId', occupation: 'occupationConceptId', licenceIds: 'requiredLicenceConceptIds' };
  const fields = new Set(Object.keys(patch).map((key) => names[key] ?? key));
  const needs = patch.languageNeeds;
  if (!needs) return (field) => fields.has(field);
  const rowsMoved = needs.length !== before.languageNeeds.length;
  const changed = new Set<string>();
  needs.forEach((need, i) => {
    const was = before.languageNeeds[i];
    if (need.language?.id !== was?.language?.id) changed.add(`languageNeeds.${i}.languageConceptId`);
    if (need.minLevelConceptId !== was?.minLevelConceptId) changed.add(`languageNeeds.${i}.minLevelConceptId`);
    if (need.reason !== was?.reason) changed.add(`languageNeeds.${i}.reason`);
  });
  return (field) => fields.has(field) || (field.startsWith('languageNeeds.') && (rowsMoved || changed.has(field)));
}

const orNull = (s: string) => s.trim() || null;

/** The fields create and update share; the supervisor and period only for internship kinds (the API refuses them on jobs). */
function sharedFields(v: OpeningFormValues) {
  const internship = isInternship(v.kind);
  return {
    title: v.title.trim(),
    occupationConceptId: v.occupation?.id ?? '',
    sectorId: v.sectorId,
    municipalityConceptId: v.municipalityConceptId ?? undefined,
    street: orNull(v.street),
    postalCode: orNull(v.postalCode),
    startOn: v.startOn,
    applicationDeadline: v.applicationDeadline || null,
    places: Number(v.places),
    hoursPerWeek: v.hoursPerWeek === '' ? null : Number(v.hoursPerWeek),
    worktimeConceptId: v.worktimeConceptId,
    requiredSkills: v.requiredSkills.map((s) => ({ skillConceptId: s.id, weight: s.weight })),
    preferredSkills: v.preferredSkills.map((s) => ({ skillConceptId: s.id, weight: s.weight })),
    requiredLicenceConceptIds: v.licenceIds,
    minSwedishLevel: v.minSwedishLevel,
    swedishLevelReason: v.minSwedishLevel ? v.swedishLevelReason.trim() : null,
    maxCommuteMinutes: v.maxCommuteMinutes === '' ? null : Number(v.maxCommuteMinutes),
    languageNeeds: v.languageNeeds.map((need) => ({
      languageConceptId: need.language?.id ?? '',
      minLevelConceptId: need.minLevelConceptId ?? '',
      reason: need.reason.trim(),
    })),
    ...(internship
      ? {
          supervisorName: orNull(v.supervisorName),
          supervisorPhone: orNull(v.supervisorPhone),
          supervisorEmail: orNull(v.supervisorEmail),
          periodStartOn: v.periodStartOn || null,
          periodEndOn: v.periodEndOn || null,
        }
      : {}),
  };
}

/** createOpening's input; call after {@link validate} found nothing. */
export function createInput(v: OpeningFormValues) {
  const { sectorId, ...fields } = sharedFields(v);
  return { ...fields, sectorId: sectorId ?? undefined, employerId: v.employer?.id ?? '', kind: v.kind ?? 'JOB_UNSUBSIDISED' };
}

/** updateOpening's input, with the version read: a stale one is refused with CONFLICT. */
export function updateInput(v: OpeningFormValues, id: string, version: number) {
  return { ...sharedFields(v), id, version };
}
