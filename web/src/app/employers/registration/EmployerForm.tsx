import { Button, Group, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { AnchorLink } from '../../platform/components/links';
import { FixSummary, focusField } from '../../platform/components/FormParts';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import type { Viewer } from '../../platform/session/documents';
import { ConflictAlert, type ExistingEmployer } from './ConflictAlert';
import { CreateEmployerMutation, ExistingEmployerQuery } from './documents';
import { EmployerFields, type Option } from './EmployerFields';
import { FIELD_LABELS, FIELD_ORDER, fieldId, initialValues, toInput, validate, type EmployerFormValues, type FieldName } from './form';
import { messages } from './messages';

interface EmployerFormProps {
  viewer: Viewer;
  municipalities: Option[];
  sectors: Option[];
  principals: Option[];
  /** The principal the API would choose (the viewer's own municipality) */
  homePrincipalId: string | null;
}

/** The API's name of each field whose name the form's state does not share. */
const API_FIELD: Partial<Record<FieldName, string>> = { responsibleIsMe: 'responsibleUserId' };

interface Conflict {
  organisationNumber: string;
  existing: ExistingEmployer | undefined;
}

/**
 * The new employer's form: checked as the API checks it before anything is sent, every API error shown next to its
 * field, a number already registered answered with a link to that employer, and what was typed kept through every
 * failure. A registered employer's card opens at once.
 */
export function EmployerForm({ viewer, municipalities, sectors, principals, homePrincipalId }: EmployerFormProps) {
  const navigate = useNavigate();
  const client = useClient();
  const [values, setValues] = useState<EmployerFormValues>(() => initialValues(homePrincipalId));
  const [attempted, setAttempted] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [{ fetching }, create] = useMutation(CreateEmployerMutation);
  const errors = attempted ? validate(values) : {};

  function set<F extends FieldName>(field: F, value: EmployerFormValues[F]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    // what the API said about a field no longer holds once it is changed
    setProblem((previous) => (previous ? withoutField(previous, API_FIELD[field] ?? field) : previous));
    if (field === 'organisationNumber') setConflict(null);
  }

  function errorOf(field: FieldName): string | undefined {
    if (errors[field]) return errors[field];
    if (field === 'organisationNumber' && conflict) return messages.alreadyRegistered;
    const fromApi = fieldError(problem, API_FIELD[field] ?? field);
    // the form checks the codes' form, so what the API refuses is a code SNI 2007 does not have
    return fromApi && field === 'sniCodes' ? messages.sniCodeUnknown : fromApi;
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (fetching) return;
    setAttempted(true);
    const found = validate(values);
    const wrong = FIELD_ORDER.filter((field) => found[field]);
    if (wrong.length > 0) {
      setSummary(messages.fixFields(wrong.map((field) => FIELD_LABELS[field])));
      focusField(fieldId(wrong[0]));
      return;
    }
    setSummary(null);
    setProblem(null);
    setConflict(null);
    const input = toInput(values, viewer.userId);
    const result = await create({ input });
    if (result.data) {
      void navigate({ to: '/arbetsgivare/$employerId', params: { employerId: result.data.createEmployer.id } });
      return;
    }
    if (!result.error) return;
    const described = describeProblem(result.error);
    if (described.reason === 'DUPLICATE_ORGANISATION_NUMBER') return void showConflict(input.organisationNumber);
    setProblem(described);
    const first = FIELD_ORDER.find((field) => fieldError(described, API_FIELD[field] ?? field));
    if (first) focusField(fieldId(first));
  }

  /** The API does not say which employer has the number: it is looked up in the registers the viewer may read. */
  async function showConflict(organisationNumber: string) {
    setConflict({ organisationNumber, existing: undefined });
    const found = await client.query(ExistingEmployerQuery, { organisationNumberPrefix: organisationNumber }, { requestPolicy: 'network-only' }).toPromise();
    const existing = found.data?.employers.items.find((e) => e.organisationNumber === organisationNumber) ?? null;
    setConflict((current) => (current?.organisationNumber === organisationNumber ? { organisationNumber, existing } : current));
  }

  const wrongNow = attempted && Object.keys(errors).length > 0;

  return (
    <form onSubmit={submit} noValidate aria-label={messages.title}>
      <Stack gap="lg">
        {summary && wrongNow && <FixSummary title={messages.fixHeading}>{summary}</FixSummary>}
        <EmployerFields
          values={values}
          set={set}
          errorOf={errorOf}
          attempted={attempted}
          municipalities={municipalities}
          sectors={sectors}
          principals={principals}
          viewerName={viewer.name}
        />
        {conflict && <ConflictAlert organisationNumber={conflict.organisationNumber} existing={conflict.existing} />}
        {problem && <ProblemAlert problem={problem} onRetry={() => void submit()} />}
        <Group gap="md">
          {/* not Mantine's loading state, which disables the button and so drops the focus the person had on it */}
          <Button type="submit" variant="filled" color="blue.9" aria-disabled={fetching || undefined}>
            {fetching ? messages.submitting : messages.submit}
          </Button>
          <AnchorLink to="/arbetsgivare">{messages.cancel}</AnchorLink>
        </Group>
      </Stack>
    </form>
  );
}

/** The problem without what it said about one field (the whole problem gone when nothing else is left in it). */
function withoutField(problem: Problem, field: string): Problem | null {
  const fields = Object.fromEntries(Object.entries(problem.fields).filter(([path]) => path !== field && !path.endsWith(`.${field}`)));
  if (Object.keys(fields).length === Object.keys(problem.fields).length) return problem;
  return Object.keys(fields).length === 0 && problem.kind === 'invalid' ? null : { ...problem, fields };
}
