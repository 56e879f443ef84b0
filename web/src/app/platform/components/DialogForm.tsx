import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

interface DialogFormProps {
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  /** While the change is on its way */
  loading: boolean;
  cancel: string;
  confirm: string;
  children: ReactNode;
}

/** A form in a dialog: its fields, then "Avbryt" and the confirming button at the end. */
export function DialogForm({ onSubmit, onCancel, loading, cancel, confirm, children }: DialogFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {children}
        <Group justify="flex-end">
          <Button variant="outline" color="blue.9" onClick={onCancel}>
            {cancel}
          </Button>
          <Button type="submit" color="blue.9" loading={loading}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
