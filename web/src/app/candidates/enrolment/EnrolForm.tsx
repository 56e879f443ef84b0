import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import type { MunicipalityOption } from '../../platform/api/municipalities';
import type { PrincipalOption } from '../../platform/api/principals';
import { CheckedNumberField } from '../../platform/components/CheckedNumberField';
import { DateField } from '../../platform/components/DateField';
import { FixSummary, focusField, PrincipalRadios } from '../../platform/components/FormParts';
import { Section } from '../../platform/components/Section';
import { AnchorLink } from '../../platform/components/links';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { today } from '../../platform/i18n/dates';
import { sv } from '../../platform/i18n/sv';
import { EnrolCandidateMutation, LikelyDuplicatesQuery } from './documents';
import { Duplicates } from './Duplicates';
import { FIELD_LABELS, FIELD_ORDER, fieldId, toInput, validate, type EnrolField, type EnrolValues } from './form';
import { checkIdentityNumber } from './identity-number';
import { enrolText } from './messages';

const t = enrolText;
const descriptionProps = { c: 'gray.8' };
const NAME_FIELDS = ['firstName', 'lastName'] as const;

interface EnrolFormProps {
  municipalities: MunicipalityOption[];
  /** The principals the viewer writes for; the choice is offered only when there are several */
  principals: PrincipalOption[];
  homePrincipalId: string | null;
}

/**
 * The enrolment form: checked as the API checks it before anything is sent, people with the same name and birth
 * date shown as the secretary types, every API error next to its field, and the result page after enrolment.
 */
export function EnrolForm({ municipalities, principals, homePrincipalId }: EnrolFormProps) {
  const navigate = useNavigate();
  const day = today();
  const [values, setValues] = useState<EnrolValues>({
    principalId: homePrincipalId,
    identityNumber: '',
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
    homeMunicipalityConceptId: null,
    firstContactOn: day,
  });
  const [attempted, setAttempted] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, enrol] = useMutation(EnrolCandidateMutation);
  const errors = attempted ? validate(values, day) : {};

  const identity = checkIdentityNumber(values.identityNumber, day);
  const [lookup] = useDebouncedValue(
    identity.kind === 'valid' && values.firstName.trim() && values.lastName.trim()
      ? { firstName: values.firstName.trim(), lastName: values.lastName.trim(), birthDate: identity.birthDate }
      : null,
    400,
  );
  const [duplicates] = useQuery({ query: LikelyDuplicatesQuery, variables: lookup ?? { firstName: '', lastName: '', birthDate: '' }, pause: !lookup });

  function set<F extends EnrolField>(field: F, value: EnrolValues[F]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblem((previous) => (previous && fieldError(previous, field) ? null : previous));
  }

  function errorOf(field: EnrolField): string | undefined {
    if (errors[field]) return errors[field];
    const fromApi = fieldError(problem, field);
    if (!fromApi) return undefined;
    if (field === 'identityNumber' && problem?.kind === 'conflict') return t.alreadyEnrolled;
    if (field === 'firstContactOn') return t.firstContactInvalid;
    return fromApi;
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (fetching) return;
    setAttempted(true);
    const found = validate(values, day);
    const wrong = FIELD_ORDER.filter((field) => found[field]);
    if (wrong.length > 0) {
      setSummary(t.fixFields(wrong.map((field) => FIELD_LABELS[field])));
      focusField(fieldId(wrong[0]));
      return;
    }
    setSummary(null);
    setProblem(null);
    const result = await enrol({ input: toInput(values, day) });
    if (result.data) {
      void navigate({ to: '/inskrivning/$candidateId', params: { candidateId: result.data.enrolCandidate.candidate.id } });
      return;
    }
    if (!result.error) return;
    const described = describeProblem(result.error);
    setProblem(described);
    const first = FIELD_ORDER.find((field) => fieldError(described, field));
    if (first) focusField(fieldId(first));
  }

  const wrongNow = attempted && Object.keys(errors).length > 0;
  const fieldProblem = problem && FIELD_ORDER.some((field) => fieldError(problem, field));
  return (
    <form onSubmit={submit} noValidate aria-label={t.title}>
      <Stack gap="lg">
        {summary && wrongNow && <FixSummary title={t.fixHeading}>{summary}</FixSummary>}
        <Section id="inskrivning-personen" heading={t.identity} headingSize="h3">
          <PrincipalRadios
            id={fieldId('principalId')}
            label={t.principal}
            description={t.principalDescription}
            principals={principals}
            value={values.principalId}
            onChange={(value) => set('principalId', value)}
            error={errorOf('principalId')}
          />
          <CheckedNumberField
            id={fieldId('identityNumber')}
            label={t.identityNumber}
            description={t.identityNumberDescription}
            value={values.identityNumber}
            onChange={(value) => set('identityNumber', value)}
            check={identity}
            texts={t.identityChecks}
            required={sv.errors.field.required}
            confirmation={(valid) =>
              valid.coordination ? t.identityChecks.samordningsnummer(valid.canonical) : t.identityChecks.personnummer(valid.canonical)
            }
            attempted={attempted}
            serverError={errorOf('identityNumber')}
            w={420}
          />
          <Group align="flex-start" gap="sm" grow>
            {NAME_FIELDS.map((field) => (
              <TextInput
                key={field}
                id={fieldId(field)}
                label={t[field]}
                required
                value={values[field]}
                onChange={(e) => set(field, e.currentTarget.value)}
                maxLength={100}
                autoComplete="off"
                error={errorOf(field)}
              />
            ))}
          </Group>
          {lookup && duplicates.data && (
            <Duplicates found={duplicates.data.likelyDuplicates} canonical={identity.kind === 'valid' ? identity.canonical : null} />
          )}
          <Select
            id={fieldId('homeMunicipalityConceptId')}
            label={t.municipality}
            description={t.municipalityDescription}
            descriptionProps={descriptionProps}
            required
            data={municipalities}
            value={values.homeMunicipalityConceptId}
            onChange={(value) => set('homeMunicipalityConceptId', value)}
            searchable
            nothingFoundMessage={t.nothingFound}
            error={errorOf('homeMunicipalityConceptId')}
            w={300}
          />
          <div id={fieldId('firstContactOn')}>
            <DateField
              label={t.firstContactOn}
              description={t.firstContactDescription}
              value={values.firstContactOn}
              onChange={(value) => set('firstContactOn', value)}
              withAsterisk
              maxDate={day}
              error={errorOf('firstContactOn')}
            />
          </div>
        </Section>
        <Section id="inskrivning-kontakt" heading={t.contact} headingSize="h3">
          <Group align="flex-start" gap="sm" grow>
            <TextInput
              id={fieldId('phone')}
              label={t.phone}
              type="tel"
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              maxLength={20}
              autoComplete="off"
              error={errorOf('phone')}
            />
            <TextInput
              id={fieldId('email')}
              label={t.email}
              type="email"
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              maxLength={200}
              autoComplete="off"
              error={errorOf('email')}
            />
          </Group>
        </Section>
        {problem && !fieldProblem && <ProblemAlert problem={problem} onRetry={() => void submit()} />}
        <Group gap="md">
          <Button type="submit" variant="filled" color="blue.9" aria-disabled={fetching || undefined}>
            {fetching ? t.submitting : t.submit}
          </Button>
          <AnchorLink to="/min-dag">{t.cancel}</AnchorLink>
        </Group>
      </Stack>
    </form>
  );
}
