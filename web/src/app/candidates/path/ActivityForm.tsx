import { Button, Checkbox, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { DateField } from '../../platform/components/DateField';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { today } from '../../platform/i18n/dates';
import { AddActivityMutation, UpdateActivityMutation, type PersonPlan } from './documents';
import { personText } from './messages';

const t = personText.plan;
const f = t.activityForm;

type Activity = PersonPlan['activities'][number];
type ActivityType =
  'ACTIVE_JOB_SEARCH' | 'INTERNSHIP' | 'OPEN_RECEPTION' | 'RECRUITMENT_MEETING' | 'REHABILITATION_ADAPTED' | 'SECTOR_SFI' | 'STUDY' | 'TRAINING';
type ActivityStatus = 'PLANNED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED';

const TYPES = Object.keys(personText.activityType) as ActivityType[];
const STATUSES = Object.keys(personText.activityStatus) as ActivityStatus[];

interface ActivityFormProps {
  planId: string;
  /** The activity to change; none to add one */
  activity: Activity | null;
  onSaved(message: string): void;
  onCancel(): void;
}

/** Adds an activity (insats) to the plan or changes one; the API writes the revision with what changed. */
export function ActivityForm({ planId, activity, onSaved, onCancel }: ActivityFormProps) {
  const [type, setType] = useState<ActivityType>((activity?.type as ActivityType) ?? 'ACTIVE_JOB_SEARCH');
  const [status, setStatus] = useState<ActivityStatus>((activity?.status as ActivityStatus) ?? 'PLANNED');
  const [startOn, setStartOn] = useState(activity?.startOn ?? today());
  const [endOn, setEndOn] = useState(activity?.endOn ?? '');
  const [note, setNote] = useState(activity?.note ?? '');
  const [adapted, setAdapted] = useState(activity?.adapted ?? false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [added, add] = useMutation(AddActivityMutation);
  const [changed, change] = useMutation(UpdateActivityMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const fields = { type, status, startOn, endOn: endOn || null, note: note.trim() || null, adapted };
    const result = activity
      ? await change({ input: { activityId: activity.id, ...fields } })
      : await add({ input: { planId, ...fields, endOn: fields.endOn ?? undefined, note: fields.note ?? undefined } });
    if (result.error) return setProblem(describeProblem(result.error));
    onSaved(activity ? t.activityChanged : t.activityAdded);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <NativeSelect
          label={t.type}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as ActivityType)}
          data={TYPES.map((value) => ({ value, label: personText.activityType[value] }))}
          error={fieldError(problem, 'type')}
          required
        />
        <NativeSelect
          label={t.status}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ActivityStatus)}
          data={STATUSES.map((value) => ({ value, label: personText.activityStatus[value] }))}
          error={fieldError(problem, 'status')}
          required
        />
        <Group align="flex-start">
          <DateField label={f.startOn} value={startOn} onChange={setStartOn} error={fieldError(problem, 'startOn')} required inDialog />
          <DateField label={f.endOn} value={endOn} onChange={setEndOn} error={fieldError(problem, 'endOn')} inDialog />
        </Group>
        <Textarea
          label={t.note}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={fieldError(problem, 'note')}
        />
        <Checkbox label={t.adapted} checked={adapted} onChange={(e) => setAdapted(e.currentTarget.checked)} color="blue.9" />
        {problem && <ProblemAlert problem={problem} />}
        <Group>
          <Button type="submit" color="blue.9" loading={added.fetching || changed.fetching}>
            {f.save}
          </Button>
          <Button variant="outline" color="blue.9" onClick={onCancel}>
            {f.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
