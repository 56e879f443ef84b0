import { TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { DialogForm } from '../../platform/components/DialogForm';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { UpdateContactPersonsMutation, type ContactPerson, type EmployerCard } from './documents';
import { cardText } from './messages';

const t = cardText.contactPersons;

interface ContactPersonFormProps {
  employer: EmployerCard;
  /** The person to change, or `null` to add one */
  person: ContactPerson | null;
  onCancel(): void;
  onSaved(name: string): void;
  onReload(): void;
}

type Fields = Record<'name' | 'role' | 'phone' | 'email', string>;

/** An optional field left empty is sent as absent, so the API does not store an empty string. */
function optional(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

/**
 * One contact person's name, role, phone and e-mail. The API keeps the list as a whole (updateEmployer replaces
 * it), so the whole list is sent with the version the card was read at: if someone changed the employer since,
 * the API answers CONFLICT rather than overwrite their change.
 */
export function ContactPersonForm({ employer, person, onCancel, onSaved, onReload }: ContactPersonFormProps) {
  const [fields, setFields] = useState<Fields>({
    name: person?.name ?? '',
    role: person?.role ?? '',
    phone: person?.phone ?? '',
    email: person?.email ?? '',
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, update] = useMutation(UpdateContactPersonsMutation);

  const set = (field: keyof Fields) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setFields((f) => ({ ...f, [field]: value }));
  };

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    const edited = { name: fields.name.trim(), role: optional(fields.role), phone: optional(fields.phone), email: optional(fields.email) };
    const others = employer.contactPersons.map((p) =>
      p.id === person?.id ? edited : { name: p.name, role: optional(p.role), phone: optional(p.phone), email: optional(p.email) },
    );
    const contactPersons = person ? others : [...others, edited];
    const result = await update({ input: { id: employer.id, version: employer.version, contactPersons } });
    if (result.error) return setProblem(describeProblem(result.error));
    onSaved(edited.name);
  }

  const error = (field: keyof Fields) => fieldError(problem, field);
  return (
    <DialogForm onSubmit={save} onCancel={onCancel} loading={fetching} cancel={t.cancel} confirm={t.save}>
      <TextInput label={t.name} value={fields.name} onChange={set('name')} required maxLength={200} error={error('name')} data-autofocus />
      <TextInput label={t.role} value={fields.role} onChange={set('role')} maxLength={100} error={error('role')} />
      <TextInput
        label={t.phone}
        description={t.phoneDescription}
        descriptionProps={{ c: 'gray.8' }}
        type="tel"
        value={fields.phone}
        onChange={set('phone')}
        error={error('phone')}
      />
      <TextInput label={t.email} type="email" value={fields.email} onChange={set('email')} maxLength={200} error={error('email')} />
      {problem && <ProblemAlert problem={problem} onReload={onReload} onRetry={() => void save()} />}
    </DialogForm>
  );
}
