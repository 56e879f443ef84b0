import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface TitledSectionProps {
  /** The heading's id, which names the section */
  id: string;
  heading: ReactNode;
  /** 2 for a part of the page, 3 for a part of such a part */
  order?: 2 | 3;
  /** Whether focus may be moved to the heading after a change */
  focusable?: boolean;
  children: ReactNode;
}

/** A part of a page named by its heading (section aria-labelledby). */
export function TitledSection({ id, heading, order = 2, focusable, children }: TitledSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Title order={order} id={id} size={order === 2 ? 'h3' : 'h4'} mb="sm" tabIndex={focusable ? -1 : undefined}>
        {heading}
      </Title>
      {children}
    </section>
  );
}
