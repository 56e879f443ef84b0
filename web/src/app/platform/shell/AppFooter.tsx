import { Group, Text } from '@mantine/core';
import { AnchorLink } from '../components/links';
import { sv } from '../i18n/sv';

export function AppFooter() {
  return (
    <Group mih="3.25rem" px="md" py="xs" justify="space-between">
      <Text size="sm" c="gray.8">
        {sv.shell.owner}
      </Text>
      <AnchorLink to="/tillganglighet" size="sm">
        {sv.shell.accessibility}
      </AnchorLink>
    </Group>
  );
}
