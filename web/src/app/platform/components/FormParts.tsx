import { Alert, Group, Radio, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PrincipalOption } from '../api/principals';
import { WarningIcon } from './icons';

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

/** Moves focus to the field with this id, or to the chosen (else the first) option of a group of radio buttons. */
export function focusField(id: string) {
  const element = document.getElementById(id);
  // a selector list would give the first input in the document's order, checked or not
  const target = element?.matches('input, textarea, select, button')
    ? element
    : (element?.querySelector<HTMLElement>('input:checked') ?? element?.querySelector<HTMLElement>('input'));
  target?.focus();
}
