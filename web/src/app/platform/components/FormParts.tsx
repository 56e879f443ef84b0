import { Alert, Button, Group, Radio, Text, Textarea, type TextareaProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Problem } from '../api/errors';
import type { PrincipalOption } from '../api/principals';
import { WarningIcon } from './icons';
import { ProblemAlert } from './ProblemAlert';

/** What must be put right before sending, said as an alert above the form. */
export function FixSummary({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert role="alert" color="red.9" variant="outline" icon={<WarningIcon />} title={title}>
      <Text size="sm" c="gray.9">
        {children}
      </Text>
    </Alert>
  );
}

interface PrincipalRadiosProps {
  id: string;
  label: string;
  description: string;
  principals: PrincipalOption[];
  value: string | null;
  onChange(value: string): void;
  error?: string;
}

/** Whose records the new one goes in: offered only when the viewer writes for several principals. */
export function PrincipalRadios({ id, label, description, principals, value, onChange, error }: PrincipalRadiosProps) {
  if (principals.length <= 1) return null;
  return (
    <Radio.Group
      id={id}
      label={label}
      description={description}
      descriptionProps={{ c: 'gray.8' }}
      value={value}
      onChange={onChange}
      error={error}
      withAsterisk
    >
      <Group gap="lg" mt="xs">
        {principals.map((p) => (
          <Radio key={p.value} value={p.value} label={p.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}

interface ChoiceRadiosProps<Choice extends string> {
  label: string;
  /** The choices in the order shown */
  choices: readonly Choice[];
  /** Each choice's words */
  labels: Readonly<Record<string, string>>;
  value: NoInfer<Choice>;
  onChange(value: NoInfer<Choice>): void;
  error?: string;
}

/** A required choice of one of a few kinds (an enum's values: a contact's kind, a follow-up's form), radio buttons in a row. */
export function ChoiceRadios<Choice extends string>({ label, choices, labels, value, onChange, error }: ChoiceRadiosProps<Choice>) {
  return (
    <Radio.Group label={label} value={value} onChange={(next) => onChange(next as Choice)} required error={error}>
      <Group gap="lg" mt={6}>
        {choices.map((choice) => (
          <Radio key={choice} value={choice} label={labels[choice]} color="blue.9" />
        ))}
      </Group>
    </Radio.Group>
  );
}

interface NoteFieldProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onChange(value: string): void;
}

/**
 * A free text as the API keeps it (a summary, a note: at most 4,000 characters unless told otherwise), growing with
 * what is written; its description, if any, in the forms' grey.
 */
export function NoteField({ value, onChange, ...textarea }: NoteFieldProps) {
  return (
    <Textarea
      descriptionProps={{ c: 'gray.8' }}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={3}
      maxLength={4000}
      {...textarea}
    />
  );
}

interface SaveInPlaceProps {
  problem: Problem | null;
  onRetry(): void;
  /** The submit button's words */
  submit: string;
  loading: boolean;
  /** Said once saved (role="status"), empty before */
  announcement: string;
}

/** The end of a form that stays on the page once saved: what went wrong with a retry, the submit button, and the news. */
export function SaveInPlace({ problem, onRetry, submit, loading, announcement }: SaveInPlaceProps) {
  return (
    <>
      {problem && <ProblemAlert problem={problem} onRetry={onRetry} />}
      <Group>
        <Button type="submit" color="blue.9" loading={loading}>
          {submit}
        </Button>
      </Group>
      <Text role="status" fw={700}>
        {announcement}
      </Text>
    </>
  );
}

/** Moves focus to the field with this id, or to the chosen (else the first) option of a group of radio buttons. */
export function focusField(id: string) {
  const element = document.getElementById(id);
  // a selector list would give the first input in the document's order, checked or not
  const target = element?.matches('input, textarea, select, button')
    ? element
    : (element?.querySelector<HTMLElement>('input:checked') ?? element?.querySelector<HTMLElement>('input'));
  target?.focus();
}
