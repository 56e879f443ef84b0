import { Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { sv } from '../i18n/sv';

/** A page's heading, which also names the browser tab: "Mina uppföljningar – Brygga". */
export function Page({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – ${sv.app.name}`;
  }, [title]);
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        {intro && <Text c="gray.8">{intro}</Text>}
      </Stack>
      {children}
    </Stack>
  );
}

/** While a page's data is on its way; announced once, politely. */
export function PageLoader() {
  return (
    <Stack align="flex-start" gap="xs" role="status">
      <Loader size="sm" aria-hidden="true" />
      <Text c="gray.8">{sv.app.loading}</Text>
    </Stack>
  );
}
