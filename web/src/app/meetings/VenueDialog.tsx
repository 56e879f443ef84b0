import { Group, Modal, NumberInput, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, type Problem } from '../platform/api/errors';
import { DialogForm } from '../platform/components/DialogForm';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { CreateVenueMutation, type Venue } from './documents';
import { mt } from './messages';
import { meetingProblem } from './problems';

const t = mt.venueForm;

interface VenueDialogProps {
  opened: boolean;
  /** The municipalities the viewer may add a venue in */
  municipalities: ReadonlyArray<{ value: string; label: string }>;
  defaultPrincipalId: string | null;
  onClose(): void;
  onCreated(venue: Venue): void;
}

/** "Ny lokal": a venue with its capacity in a municipality the viewer acts for; the form picks it once saved. */
export function VenueDialog({ opened, onClose, ...props }: VenueDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={t.title} closeButtonProps={{ 'aria-label': t.close }}>
      {opened && <VenueForm onClose={onClose} {...props} />}
    </Modal>
  );
}

function VenueForm({ municipalities, defaultPrincipalId, onClose, onCreated }: Omit<VenueDialogProps, 'opened'>) {
  const [values, setValues] = useState({
    principalId: defaultPrincipalId ?? municipalities[0]?.value ?? null,
    name: '',
    street: '',
    postalCode: '',
    city: '',
    capacity: 30 as number | string,
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, create] = useMutation(CreateVenueMutation);
  const set = (key: keyof typeof values) => (value: string | number | null) => setValues((v) => ({ ...v, [key]: value }));

  async function save(event?: FormEvent) {
    event?.preventDefault();
    const found: Record<string, string> = {};
    if (!values.principalId) found.principalId = mt.form.required;
    if (!values.name.trim()) found.name = mt.form.required;
    if (!values.city.trim()) found.city = mt.form.required;
    if (!(Number(values.capacity) >= 1)) found.capacity = mt.form.required;
    setMissing(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    const result = await create({
      input: {
        principalId: values.principalId!,
        name: values.name.trim(),
        street: values.street.trim() || undefined,
        postalCode: values.postalCode.trim() || undefined,
        city: values.city.trim(),
        capacity: Number(values.capacity),
      },
    });
    if (result.error) {
      const p = meetingProblem(result.error);
      return setProblem(p.kind === 'conflict' ? { ...p, kind: 'refused', message: t.taken, fields: { 'input.name': t.taken } } : p);
    }
    if (result.data) onCreated(result.data.createMeetingVenue);
  }

  const error = (key: string) => missing[key] ?? fieldError(problem, key);
  return (
    <DialogForm onSubmit={save} onCancel={onClose} loading={fetching} cancel={t.cancel} confirm={t.save}>
      <Select
        label={t.municipality}
        data={municipalities}
        value={values.principalId}
        onChange={set('principalId')}
        error={error('principalId')}
        withAsterisk
        allowDeselect={false}
      />
      <TextInput
        label={t.name}
        value={values.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={error('name')}
        maxLength={200}
        withAsterisk
        data-autofocus
      />
      <TextInput label={t.street} value={values.street} onChange={(e) => set('street')(e.currentTarget.value)} error={error('street')} maxLength={200} />
      <Group grow>
        <TextInput
          label={t.postalCode}
          value={values.postalCode}
          onChange={(e) => set('postalCode')(e.currentTarget.value)}
          error={error('postalCode')}
          maxLength={20}
        />
        <TextInput label={t.city} value={values.city} onChange={(e) => set('city')(e.currentTarget.value)} error={error('city')} maxLength={100} withAsterisk />
      </Group>
      <NumberInput
        label={t.capacity}
        value={values.capacity}
        onChange={set('capacity')}
        min={1}
        max={10000}
        allowDecimal={false}
        error={error('capacity')}
        withAsterisk
      />
      {problem && <ProblemAlert problem={problem} onRetry={() => void save()} />}
    </DialogForm>
  );
}
