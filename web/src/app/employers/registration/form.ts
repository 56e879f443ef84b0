import { sv } from '../../platform/i18n/sv';
import type { CreateEmployerInput, EmployerStatus } from './documents';
import { messages } from './messages';
import { checkOrganisationNumber } from './organisation-number';
import { numberCheckMessage } from '../../platform/components/number-check';

/** What the person has typed and chosen, kept as typed until sent (a failed request never loses it). */
export interface EmployerFormValues {
  name: string;
  organisationNumber: string;
  municipalityConceptId: string | null;
  street: string;
  postalCode: string;
  city: string;
  sectorIds: string[];
  sniCodes: string[];
  status: EmployerStatus;
  responsibleIsMe: boolean;
  principalId: string | null;
}

export type FieldName = keyof EmployerFormValues;

export const initialValues = (principalId: string | null): EmployerFormValues => ({
  name: '',
  organisationNumber: '',
  municipalityConceptId: null,
  street: '',
  postalCode: '',
  city: '',
  sectorIds: [],
  sniCodes: [],
  // a new employer is a prospect until the first agreement: the API's default too
  status: 'PROSPECT',
  responsibleIsMe: true,
  principalId,
});

/** The fields in the order of the form: the first one wrong gets focus. */
export const FIELD_ORDER: readonly FieldName[] = [
  'principalId',
  'name',
  'organisationNumber',
  'municipalityConceptId',
  'street',
  'postalCode',
  'city',
  'sectorIds',
  'sniCodes',
  'status',
  'responsibleIsMe',
];

/** Each field's element id, so that the error summary can move focus to it. */
export const fieldId = (field: FieldName) => `ny-arbetsgivare-${field}`;

export const FIELD_LABELS: Record<FieldName, string> = {
  principalId: messages.principal,
  name: messages.name,
  organisationNumber: messages.organisationNumber,
  municipalityConceptId: messages.municipality,
  street: messages.street,
  postalCode: messages.postalCode,
  city: messages.city,
  sectorIds: messages.sectors,
  sniCodes: messages.sniCodes,
  status: messages.status,
  responsibleIsMe: messages.responsible,
};

/** The API's rules (src/employers/employer.input.ts): a Swedish postal code, SNI 2007 codes, at most ten. */
const POSTAL_CODE = /^\d{3} ?\d{2}$/;
const SNI_CODE = /^([A-U]|\d{2,5})$/;
const MAX_SNI_CODES = 10;

/** What must be put right before sending, by field: the same rules the API checks, said in Swedish. */
export function validate(values: EmployerFormValues): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!values.name.trim()) errors.name = sv.errors.field.required;
  const organisationNumber = numberCheckMessage(
    checkOrganisationNumber(values.organisationNumber),
    sv.errors.field.required,
    messages.organisationNumberChecks,
  );
  if (organisationNumber) errors.organisationNumber = organisationNumber;
  if (!values.municipalityConceptId) errors.municipalityConceptId = sv.errors.field.required;
  if (values.postalCode.trim() && !POSTAL_CODE.test(values.postalCode.trim())) errors.postalCode = messages.postalCodeInvalid;
  if (values.sniCodes.some((code) => !SNI_CODE.test(code))) errors.sniCodes = messages.sniCodeFormat;
  else if (values.sniCodes.length > MAX_SNI_CODES) errors.sniCodes = messages.sniCodesTooMany;
  return errors;
}

/** The mutation's input from valid values: the organisationsnummer in its canonical form, empty text left out. */
export function toInput(values: EmployerFormValues, viewerId: string): CreateEmployerInput {
  const check = checkOrganisationNumber(values.organisationNumber);
  const optional = (text: string) => text.trim() || undefined;
  return {
    name: values.name.trim(),
    organisationNumber: check.kind === 'valid' ? check.normalised : values.organisationNumber.trim(),
    municipalityConceptId: values.municipalityConceptId ?? '',
    street: optional(values.street),
    postalCode: optional(values.postalCode),
    city: optional(values.city),
    sectorIds: values.sectorIds,
    sniCodes: values.sniCodes.length > 0 ? values.sniCodes : undefined,
    status: values.status,
    responsibleUserId: values.responsibleIsMe ? viewerId : undefined,
    principalId: values.principalId ?? undefined,
  };
}
