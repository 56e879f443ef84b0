import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs as a description list, so a screen reader reads each value with its label. */
export function Facts({ items }: { items: Array<[label: string, value: ReactNode]> }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
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
