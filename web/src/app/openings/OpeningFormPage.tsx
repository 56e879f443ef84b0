import { Button, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { Facts } from '../platform/components/Facts';
import { ButtonLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { CreateOpeningMutation, OpeningFormOptionsQuery, OpeningQuery, UpdateOpeningMutation, type OpeningDetail } from './documents';
import { createInput, EMPTY_VALUES, touchedBy, updateInput, validate, valuesFromOpening, type FormErrors, type OpeningFormValues } from './form-model';
import { openingsText } from './messages';
import { BasicsSection, RequirementsSection, SupervisorSection, WhereWhenSection } from './OpeningFormSections';

const f = openingsText.form;

/** The API's field messages are for developers; where the form knows the rule behind one, it says that rule. */
const RULE_BY_FIELD: Record<string, string> = {
  swedishLevelReason: f.errors.reasonNeeded,
  applicationDeadline: f.errors.deadlineAfterStart,
  periodEndOn: f.errors.periodEnd,
  maxCommuteMinutes: f.errors.commute,
  languageNeeds: f.errors.languageNeeds,
};

/** The rule behind an API field message, a language need's fields (`languageNeeds.0.reason`) by their last part. */
function ruleFor(field: string): string | undefined {
  const need = /^languageNeeds\.\d+\.(\w+)$/.exec(field);
  if (!need) return RULE_BY_FIELD[field];
  return need[1] === 'reason' ? f.errors.languageReasonNeeded : f.errors.choose;
}

/** "Ny plats" when there is no openingId, else "Redigera": the same form, filled in from the opening. */
export function OpeningFormPage({ openingId }: { openingId?: string }) {
  const [existing, reload] = useQuery({ query: OpeningQuery, variables: { id: openingId ?? '' }, pause: !openingId });
  if (!openingId) return <OpeningForm />;
  if (existing.data) return <OpeningForm opening={existing.data.opening} onReload={() => reload({ requestPolicy: 'network-only' })} />;
  if (existing.error && !existing.fetching) {
    return (
      <Page title={f.editTitle('')}>
        <ProblemAlert problem={describeProblem(existing.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  return <PageLoader />;
}

function OpeningForm({ opening, onReload }: { opening?: OpeningDetail; onReload?(): void }) {
  const creating = !opening;
  const navigate = useNavigate();
  const [values, setValues] = useState<OpeningFormValues>(() => (opening ? valuesFromOpening(opening) : EMPTY_VALUES));
  const [errors, setErrors] = useState<FormErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focusError, setFocusError] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [options] = useQuery({ query: OpeningFormOptionsQuery });
  const [created, create] = useMutation(CreateOpeningMutation);
  const [updated, update] = useMutation(UpdateOpeningMutation);

  // after a reload (CONFLICT) the form shows the opening as it is now, keeping nothing stale
  useEffect(() => {
    if (opening) setValues(valuesFromOpening(opening));
  }, [opening]);
  useEffect(() => {
    if (focusError) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

  function set(patch: Partial<OpeningFormValues>) {
    const touched = touchedBy(values, patch);
    setValues((v) => ({ ...v, ...patch }));
    // a corrected field no longer shows its message
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !touched(field))));
  }

  function err(field: string): string | undefined {
    const api = fieldError(problem, field);
    return errors[field] ?? (api && (ruleFor(field) ?? api));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const found = validate(values, creating);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return setFocusError((n) => n + 1);
    const result = opening ? await update({ input: updateInput(values, opening.id, opening.version) }) : await create({ input: createInput(values) });
    if (result.error) {
      setProblem(describeProblem(result.error));
      return setFocusError((n) => n + 1);
    }
    const id = opening?.id ?? (result.data && 'createOpening' in result.data ? result.data.createOpening.id : undefined);
    if (id) void navigate({ to: '/platser/$openingId', params: { openingId: id } });
  }

  function reload() {
    setProblem(null);
    setErrors({});
    onReload?.();
  }

  const hasErrors = Object.keys(errors).length > 0;
  const sectionProps = { values, set, err, creating, options: options.data };
  return (
    <Page title={opening ? f.editTitle(opening.title) : f.newTitle} intro={f.intro}>
      <form ref={formRef} onSubmit={submit} noValidate aria-label={opening ? f.editTitle(opening.title) : f.newTitle}>
        <Stack gap="lg">
          {opening && (
            <Facts
              items={[
                [f.employer, opening.employer?.name ?? openingsText.none],
                [f.kind, openingsText.kind[opening.kind] ?? opening.kind],
              ]}
            />
          )}
          <BasicsSection {...sectionProps} />
          <WhereWhenSection {...sectionProps} />
          <RequirementsSection {...sectionProps} />
          <SupervisorSection {...sectionProps} />
          {options.error && <ProblemAlert problem={describeProblem(options.error)} />}
          {hasErrors && (
            <Text role="alert" c="red.9" fw={700}>
              {f.errors.invalid}
            </Text>
          )}
          {problem && <ProblemAlert problem={problem} onReload={reload} onRetry={() => void submit()} />}
          <Group gap="sm">
            <Button type="submit" color="blue.9" loading={created.fetching || updated.fetching}>
              {creating ? f.create : f.save}
            </Button>
            {opening ? (
              <ButtonLink to="/platser/$openingId" params={{ openingId: opening.id }} variant="outline">
                {f.cancel}
              </ButtonLink>
            ) : (
              <ButtonLink to="/platser" variant="outline">
                {f.cancel}
              </ButtonLink>
            )}
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
