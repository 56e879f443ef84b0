import { Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs as a description list, so a screen reader reads each value with its label. */
export function Facts({ items }: { items: Array<[label: string, value: ReactNode]> }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs" m={0}>
      {items.map(([label, value]) => (
        <Box key={label}>
          <Text component="dt" fw={700} size="sm" c="gray.8">
            {label}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}

/** A titled part of the opening page, a landmark named by its h2. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
