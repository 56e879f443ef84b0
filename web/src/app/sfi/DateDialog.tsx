import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CombinedError } from '@urql/core';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { today } from '../platform/i18n/dates';
import { sfiText } from './messages';

interface DateDialogProps {
  title: string;
  dateLabel: string;
  confirm: string;
  /** The API field the date is sent as (startedOn, endedOn) */
  field: string;
  /** The person's refusal in the screen's words, for a rule the API names by reason (COURSE_FULL) */
  refusal?(problem: Problem): string | null;
  onClose(): void;
  /** Sends the step; resolves with the API's error, if any */
  onConfirm(day: string): Promise<CombinedError | undefined>;
}

/**
 * One step on a day (a start, a completion, leaving), confirmed in a dialog: the day defaults to today, and a refusal
 * is said in Swedish beside the button that asked for it.
 */
export function DateDialog({ title, dateLabel, confirm, field, refusal, onClose, onConfirm }: DateDialogProps) {
  const [day, setDay] = useState(today());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!day) return setProblem({ kind: 'invalid', message: sfiText.form.required, fields: { [field]: sfiText.form.required } });
    setSending(true);
    const error = await onConfirm(day);
    setSending(false);
    if (error) setProblem(describeProblem(error));
  }

  const refused = problem && refusal ? refusal(problem) : null;
  const dateError = fieldError(problem, field);
  return (
    <Modal opened onClose={onClose} title={title} size="md" closeButtonProps={{ 'aria-label': sfiText.closeDialog }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DateField label={dateLabel} value={day} onChange={setDay} withAsterisk inDialog maxDate={today()} error={dateError} />
          {refused ? (
            <ProblemAlert problem={{ ...problem!, message: refused }} />
          ) : (
            problem && !dateError && <ProblemAlert problem={problem} onRetry={() => setProblem(null)} />
          )}
          <Group justify="flex-end">
            <Button variant="outline" color="blue.9" onClick={onClose}>
              {sfiText.cancel}
            </Button>
            <Button type="submit" color="blue.9" loading={sending} data-autofocus>
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
