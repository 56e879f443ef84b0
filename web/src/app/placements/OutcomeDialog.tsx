import { Button, Group, Modal, NumberInput, Radio, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { today } from '../platform/i18n/dates';
import { EmploymentTypesQuery, personName, RecordOutcomeMutation, type BoardPlacement } from './documents';
import { pm, type OutcomeValue } from './messages';
import { describeMoveProblem } from './problems';

interface OutcomeDialogProps {
  placement: BoardPlacement;
  outcomes: OutcomeValue[];
  opened: boolean;
  onClose(): void;
  onReload(): void;
  onRecorded(updated: BoardPlacement, outcome: OutcomeValue): void;
}

/** "Registrera utfall": a dialog titled with the person; closing it returns focus to the button that opened it. */
export function OutcomeDialog({ placement, opened, onClose, ...formProps }: OutcomeDialogProps) {
  const title = pm.outcomeForm.title(personName(placement));
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': pm.outcomeForm.close }}>
      {opened && <OutcomeForm placement={placement} onClose={onClose} {...formProps} />}
    </Modal>
  );
}

interface Values {
  outcome: OutcomeValue | null;
  on: string;
  employmentTypeConceptId: string | null;
  subsidised: string;
  municipal: string;
  startOn: string;
  hoursPerWeek: number | string;
  reason: string;
  endedOn: string;
  note: string;
}

const descriptionProps = { c: 'gray.8' };
/** The outcome's dates are needed (the form checks them) and their calendar opens inside the dialog. */
const DIALOG_DATE = { withAsterisk: true, inDialog: true, placeholder: pm.outcomeForm.datePlaceholder };

/**
 * The outcome and what it needs, as recordPlacementOutcome takes it: for a hire the terms the statistics need
 * (docs/rules.md: subsidised jobs count as work, a municipal labour-market employment never does), for the others
 * the reason, and for an early end the last day. What is missing is said next to its field before anything is sent;
 * the API's own field errors are shown the same way.
 */
function OutcomeForm({ placement, outcomes, onClose, onReload, onRecorded }: Omit<OutcomeDialogProps, 'opened'>) {
  const [values, setValues] = useState<Values>({
    outcome: outcomes.length === 1 ? outcomes[0]! : null,
    on: today(),
    employmentTypeConceptId: null,
    subsidised: 'nej',
    municipal: 'nej',
    startOn: today(),
    hoursPerWeek: 40,
    reason: '',
    endedOn: '',
    note: '',
  });
  const [missing, setMissing] = useState<Partial<Record<keyof Values, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, record] = useMutation(RecordOutcomeMutation);
  const [types] = useQuery({ query: EmploymentTypesQuery, pause: values.outcome !== 'HIRED' });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (field: keyof Values, apiField: string = field) => missing[field] ?? fieldError(problem, apiField);
  const hired = values.outcome === 'HIRED';
  const endedEarly = values.outcome === 'ENDED_EARLY';

  function check(): Partial<Record<keyof Values, string>> {
    const required: Array<keyof Values> = ['outcome', 'on'];
    if (hired) required.push('employmentTypeConceptId', 'startOn', 'hoursPerWeek');
    if (values.outcome === 'NOT_HIRED' || endedEarly) required.push('reason');
    if (endedEarly) required.push('endedOn');
    const found: Partial<Record<keyof Values, string>> = {};
    for (const key of required) if (values[key] === null || String(values[key]).trim() === '') found[key] = pm.outcomeForm.required;
    const hours = Number(values.hoursPerWeek);
    if (hired && !found.hoursPerWeek && !(Number.isInteger(hours) && hours >= 1 && hours <= 80)) found.hoursPerWeek = pm.outcomeForm.hours;
    return found;
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const found = check();
    setMissing(found);
    setProblem(null);
    if (Object.keys(found).length > 0 || !values.outcome) return;
    const outcome = values.outcome;
    const result = await record({
      input: {
        id: placement.id,
        version: placement.version,
        outcome,
        on: values.on,
        note: values.note.trim() || undefined,
        reason: outcome === 'HIRED' ? undefined : values.reason.trim(),
        endedOn: endedEarly ? values.endedOn : undefined,
        hired: hired
          ? {
              employmentTypeConceptId: values.employmentTypeConceptId!,
              subsidised: values.subsidised === 'ja',
              municipalLabourMarketEmployment: values.municipal === 'ja',
              startOn: values.startOn,
              hoursPerWeek: Number(values.hoursPerWeek),
            }
          : undefined,
      },
    });
    if (result.error) return setProblem(describeMoveProblem(result.error));
    if (result.data) onRecorded(result.data.recordPlacementOutcome, outcome);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} onReload={onReload} onRetry={() => void submit()} />}
        <Radio.Group label={pm.outcomeForm.outcome} value={values.outcome} onChange={(v) => set('outcome', v as OutcomeValue)} error={errorOf('outcome')} withAsterisk>
          <Group gap="lg" mt="xs">
            {outcomes.map((o) => (
              <Radio key={o} value={o} label={pm.outcome[o]} />
            ))}
          </Group>
        </Radio.Group>
        <DateField {...DIALOG_DATE} label={pm.outcomeForm.on} description={pm.outcomeForm.onDescription} value={values.on} maxDate={today()} onChange={(v) => set('on', v)} error={errorOf('on')} />
        {hired && (
          <>
            <Select
              label={pm.outcomeForm.employmentType}
              placeholder={pm.outcomeForm.employmentTypePlaceholder}
              data={(types.data?.taxonomyConcepts.items ?? []).map((t) => ({ value: t.id, label: t.label }))}
              value={values.employmentTypeConceptId}
              onChange={(v) => set('employmentTypeConceptId', v)}
              error={errorOf('employmentTypeConceptId') ?? (types.error ? describeProblem(types.error).message : undefined)}
              withAsterisk
            />
            <Radio.Group label={pm.outcomeForm.subsidised} description={pm.outcomeForm.subsidisedDescription} descriptionProps={descriptionProps} value={values.subsidised} onChange={(v) => set('subsidised', v)} error={errorOf('subsidised')}>
              <Group gap="lg" mt="xs">
                <Radio value="ja" label={pm.outcomeForm.yes} />
                <Radio value="nej" label={pm.outcomeForm.no} />
              </Group>
            </Radio.Group>
            <Radio.Group
              label={pm.outcomeForm.municipal}
              description={pm.outcomeForm.municipalDescription}
              descriptionProps={descriptionProps}
              value={values.municipal}
              onChange={(v) => set('municipal', v)}
              error={errorOf('municipal', 'municipalLabourMarketEmployment')}
            >
              <Group gap="lg" mt="xs">
                <Radio value="ja" label={pm.outcomeForm.yes} />
                <Radio value="nej" label={pm.outcomeForm.no} />
              </Group>
            </Radio.Group>
            <Group grow align="flex-start">
              <DateField {...DIALOG_DATE} label={pm.outcomeForm.startOn} value={values.startOn} onChange={(v) => set('startOn', v)} error={errorOf('startOn')} />
              <NumberInput label={pm.outcomeForm.hoursPerWeek} description={pm.outcomeForm.hoursDescription} descriptionProps={descriptionProps} value={values.hoursPerWeek} onChange={(v) => set('hoursPerWeek', v)} min={1} max={80} allowDecimal={false} error={errorOf('hoursPerWeek')} withAsterisk />
            </Group>
          </>
        )}
        {values.outcome !== null && !hired && <Textarea label={pm.outcomeForm.reason} value={values.reason} onChange={(e) => set('reason', e.currentTarget.value)} error={errorOf('reason')} maxLength={2000} autosize minRows={2} withAsterisk />}
        {endedEarly && <DateField {...DIALOG_DATE} label={pm.outcomeForm.endedOn} value={values.endedOn} maxDate={today()} onChange={(v) => set('endedOn', v)} error={errorOf('endedOn')} />}
        <Textarea label={pm.outcomeForm.note} value={values.note} onChange={(e) => set('note', e.currentTarget.value)} error={errorOf('note')} maxLength={2000} autosize minRows={2} />
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" color="blue.9" onClick={onClose}>
            {pm.outcomeForm.cancel}
          </Button>
          <Button type="submit" color="blue.9" loading={fetching}>
            {pm.outcomeForm.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
