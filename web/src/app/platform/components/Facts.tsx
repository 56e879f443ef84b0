import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label and its value; false (or null) for a fact that does not apply, such as an outcome's reason before there is one. */
export type Fact = [label: string, value: ReactNode] | false | null;

/** Label–value pairs as a description list, so a screen reader reads each value with its label. */
export function Facts({ items }: { items: Fact[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {items.filter(applies).map(([label, value]) => (
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

function applies(fact: Fact): fact is [string, ReactNode] {
  return fact !== false && fact !== null;
}
