import { Paper, Text, Title, type MantineSpacing } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

interface FormPanelProps {
  /** The heading's id, which names the form */
  id: string;
  heading: string;
  /** A line under the heading on what the form does */
  intro?: string;
  onSubmit(event: FormEvent): void | Promise<void>;
  mt?: MantineSpacing;
  children: ReactNode;
}

/** A form on the person's page, framed and named by its level-3 heading. */
export function FormPanel({ id, heading, intro, onSubmit, mt, children }: FormPanelProps) {
  return (
    <Paper withBorder p="md" mt={mt}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={id}>
        <Title order={3} id={id} size="h4" mb={intro ? 'xs' : 'sm'}>
          {heading}
        </Title>
        {intro && (
          <Text size="sm" mb="sm">
            {intro}
          </Text>
        )}
        {children}
      </form>
    </Paper>
  );
}
