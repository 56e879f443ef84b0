import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { NoteField } from '../platform/components/FormParts';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatDate, today } from '../platform/i18n/dates';
import { mayUse, useViewer } from '../platform/session/session';
import { AddCheckInMutation, type OpeningDetail } from './documents';
import { Section } from './Section';
import { openingsText } from './messages';

const t = openingsText.checkIns;

/**
 * An internship's check-ins with the workplace, oldest first, and adding one. Check-ins are kept while the
 * internship runs or after it is filled; a draft or closed internship takes none (the API refuses them).
 */
export function CheckInsSection({ opening, onAdded }: { opening: Pick<OpeningDetail, 'id' | 'status' | 'checkIns'>; onAdded(): void }) {
  const viewer = useViewer();
  const mayAdd = mayUse(viewer, 'addInternshipCheckIn') && (opening.status === 'OPEN' || opening.status === 'FILLED');
  return (
    <Section id="uppfoljningar" title={t.heading}>
      {opening.checkIns.length === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t.listLabel}>
          {opening.checkIns.map((c) => (
            <li key={c.id}>
              <Text fw={700} size="sm">
                {formatDate(c.on)} {c.author ? t.by(c.author.name) : ''}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c.note}</Text>
            </li>
          ))}
        </Stack>
      )}
      {mayAdd && <AddCheckInForm openingId={opening.id} onAdded={onAdded} />}
    </Section>
  );
}

function AddCheckInForm({ openingId, onAdded }: { openingId: string; onAdded(): void }) {
  const [on, setOn] = useState(today());
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<{ on?: string; note?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [{ fetching }, add] = useMutation(AddCheckInMutation);
  const required = openingsText.form.errors.required;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setAnnouncement('');
    const errors = { on: on ? undefined : required, note: note.trim() ? undefined : required };
    setMissing(errors);
    if (errors.on || errors.note) return;
    setProblem(null);
    const result = await add({ input: { openingId, on, note: note.trim() } });
    // a network error keeps what was typed
    if (result.error) return setProblem(describeProblem(result.error));
    setNote('');
    setAnnouncement(t.saved);
    onAdded();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="ny-uppfoljning">
      <Stack gap="sm" mt="sm">
        <Text component="h3" id="ny-uppfoljning" fw={700} m={0}>
          {t.add}
        </Text>
        <DateField label={t.on} value={on} onChange={setOn} required maxDate={today()} error={missing.on ?? fieldError(problem, 'on')} />
        <NoteField label={t.note} value={note} onChange={setNote} required minRows={2} error={missing.note ?? fieldError(problem, 'note')} />
        {problem && <ProblemAlert problem={problem} onRetry={() => void submit()} onReload={onAdded} />}
        <div role="status" className="visually-hidden">
          {announcement}
        </div>
        <Group>
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
