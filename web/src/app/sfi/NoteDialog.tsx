import { Button, Group, Modal, Radio, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { NoteField } from '../platform/components/FormParts';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { today } from '../platform/i18n/dates';
import { AddSfiNoteMutation, personName, type Participant } from './documents';
import { sfiText } from './messages';

const t = sfiText.noteForm;

type Attendance = 'attended' | 'absent' | 'none';

/**
 * The teacher's note on a day: attendance, a progress note, or both (addSfiNote). Attendance already noted that day,
 * or noted for someone not on the course, is refused by the API and said next to its field.
 */
export function NoteDialog({ participant, onClose, onSaved }: { participant: Participant; onClose(): void; onSaved(name: string): void }) {
  const name = personName(participant);
  const [on, setOn] = useState(today());
  const [attendance, setAttendance] = useState<Attendance>('attended');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddSfiNoteMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const text = note.trim();
    if (attendance === 'none' && !text) return setMissing(t.needOne);
    setMissing(null);
    const attended = attendance === 'none' ? undefined : attendance === 'attended';
    const result = await add({ input: { sfiEnrolmentId: participant.id, on, attended, note: text || undefined } });
    if (result.error) return setProblem(describeProblem(result.error));
    onSaved(name);
  }

  const attendanceError =
    missing ?? (problem?.kind === 'refused' || problem?.kind === 'conflict' ? attendanceConflict(problem) : fieldError(problem, 'attended'));
  const dayError = problem?.kind === 'conflict' && fieldError(problem, 'on') ? t.alreadyNoted : fieldError(problem, 'on');
  const shown = attendanceError || dayError || fieldError(problem, 'note');
  return (
    <Modal opened onClose={onClose} title={t.title(name)} size="lg" closeButtonProps={{ 'aria-label': sfiText.closeDialog }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DateField label={t.on} value={on} onChange={setOn} withAsterisk inDialog maxDate={today()} error={dayError} />
          <Radio.Group label={t.attendance} value={attendance} onChange={(v) => setAttendance(v as Attendance)} error={attendanceError}>
            <Group mt="xs">
              <Radio value="attended" label={t.attended} />
              <Radio value="absent" label={t.absent} />
              <Radio value="none" label={t.notNoted} />
            </Group>
          </Radio.Group>
          <NoteField label={t.note} description={t.noteDescription} value={note} onChange={setNote} error={missing ?? fieldError(problem, 'note')} />
          {problem && !shown && <ProblemAlert problem={problem} onRetry={() => setProblem(null)} />}
          <Group justify="flex-end">
            <Button variant="outline" color="blue.9" onClick={onClose}>
              {sfiText.cancel}
            </Button>
            <Button type="submit" color="blue.9" loading={fetching}>
              {sfiText.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Attendance refused by the rules: for someone who has not started, or already noted that day (said at the day). */
function attendanceConflict(problem: Problem): string | undefined {
  return fieldError(problem, 'attended') ? t.notStarted : undefined;
}
