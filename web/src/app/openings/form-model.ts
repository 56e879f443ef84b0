import type { Picked } from '../components/SearchPicker';
import type { OpeningDetail } from './documents';
import { openingsText } from './messages';
import { INTERNSHIP_KINDS, OPENING_KINDS, type OpeningKindValue } from './search';

export interface SkillValue extends Picked {
  /** 1 (nice to have) to 5 (essential) */
  weight: number;
}

type SwedishLevelValue = NonNullable<OpeningDetail['minSwedishLevel']>;

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
 * fields, whole numbers, dates, a deadline not after the start, a period that does not end before it starts, and a
 * minimum Swedish level only with its reason (docs/rules.md: a language requirement must be justified by the work).
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
  if (isInternship(v.kind) && v.periodStartOn && v.periodEndOn && v.periodEndOn < v.periodStartOn) errors.periodEndOn = e.periodEnd;
  return errors;
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
