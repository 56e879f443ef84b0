import { Stack, Text, Title, type TitleSize } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionProps {
  /** The heading's id, which names the section */
  id: string;
  heading: string;
  /** What the section is for, under the heading */
  intro?: string;
  /** The heading's look, where the page's own title is larger than usual (its level stays 2) */
  headingSize?: TitleSize;
  children: ReactNode;
}

/** A part of a page: a section named by its level-2 heading, with a line on what it is for when there is one. */
export function Section({ id, heading, intro, headingSize, children }: SectionProps) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size={headingSize} id={id}>
        {heading}
      </Title>
      {intro && <Text c="gray.8">{intro}</Text>}
      {children}
    </Stack>
  );
}
