import { sv } from '../../platform/i18n/sv';
import type { EnrolCandidateInput } from './documents';
import { numberCheckMessage } from '../../platform/components/number-check';
import { checkIdentityNumber } from './identity-number';
import { enrolText } from './messages';

/** What the secretary has typed and chosen, kept as typed until sent (a failed request never loses it). */
export interface EnrolValues {
  principalId: string | null;
  identityNumber: string;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  homeMunicipalityConceptId: string | null;
  firstContactOn: string;
}

export type EnrolField = keyof EnrolValues;

/** The fields in the order of the form: the first one wrong gets focus. */
export const FIELD_ORDER: readonly EnrolField[] = [
  'principalId',
  'identityNumber',
  'firstName',
  'lastName',
  'phone',
  'email',
  'homeMunicipalityConceptId',
  'firstContactOn',
];

export const fieldId = (field: EnrolField) => `inskrivning-${field}`;

export const FIELD_LABELS: Record<EnrolField, string> = {
  principalId: enrolText.principal,
  identityNumber: enrolText.identityNumber,
  firstName: enrolText.firstName,
  lastName: enrolText.lastName,
  phone: enrolText.phone,
  email: enrolText.email,
  homeMunicipalityConceptId: enrolText.municipality,
  firstContactOn: enrolText.firstContactOn,
};

/** The API's rules (src/candidates/candidate.input.ts, src/platform/validation/patterns.ts). */
const PHONE = /^\+?[0-9][0-9 ()-]{4,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What must be put right before sending, by field: the rules the API checks, said in Swedish. */
export function validate(values: EnrolValues, today: string): Partial<Record<EnrolField, string>> {
  const errors: Partial<Record<EnrolField, string>> = {};
  if (!values.principalId) errors.principalId = sv.errors.field.required;
  const identity = numberCheckMessage(checkIdentityNumber(values.identityNumber, today), sv.errors.field.required, enrolText.identityChecks);
  if (identity) errors.identityNumber = identity;
  if (!values.firstName.trim()) errors.firstName = sv.errors.field.required;
  if (!values.lastName.trim()) errors.lastName = sv.errors.field.required;
  if (values.phone.trim() && !PHONE.test(values.phone.trim())) errors.phone = enrolText.phoneInvalid;
  if (values.email.trim() && !EMAIL.test(values.email.trim())) errors.email = sv.errors.field.email;
  if (!values.homeMunicipalityConceptId) errors.homeMunicipalityConceptId = sv.errors.field.required;
  if (!DATE.test(values.firstContactOn)) errors.firstContactOn = sv.errors.field.date;
  else if (values.firstContactOn > today) errors.firstContactOn = enrolText.firstContactFuture;
  return errors;
}

/** The mutation's input from valid values: the identity number in its canonical form, empty text left out. */
export function toInput(values: EnrolValues, today: string): EnrolCandidateInput {
  const check = checkIdentityNumber(values.identityNumber, today);
  return {
    principalId: values.principalId ?? undefined,
    identityNumber: check.kind === 'valid' ? check.canonical : values.identityNumber.trim(),
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phone: values.phone.trim() || undefined,
    email: values.email.trim() || undefined,
    homeMunicipalityConceptId: values.homeMunicipalityConceptId ?? '',
    firstContactOn: values.firstContactOn,
  };
}
