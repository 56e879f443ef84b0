import { Box, Burger, Button, Group, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { SignOutIcon } from '../components/icons';
import { sv } from '../i18n/sv';
import { useSession } from '../session/session';
import type { Viewer } from '../session/documents';
import classes from './shell.module.css';

interface AppHeaderProps {
  viewer: Viewer | null;
  menuOpen: boolean;
  onToggleMenu(): void;
}

/** The app's name, and for a signed-in person their name, organisation and the way out. */
export function AppHeader({ viewer, menuOpen, onToggleMenu }: AppHeaderProps) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        {viewer && (
          <Burger opened={menuOpen} onClick={onToggleMenu} hiddenFrom="sm" size="sm" aria-label={menuOpen ? sv.shell.closeMenu : sv.shell.openMenu} aria-expanded={menuOpen} aria-controls="huvudmeny" />
        )}
        <Link to="/" className={classes.brand}>
          {sv.app.name}
        </Link>
      </Group>
      {viewer && <SignedInAs viewer={viewer} />}
    </Group>
  );
}

/** The person's name and organisation; on a narrow screen it is shown in the menu instead of the header. */
export function WhoIsSignedIn({ viewer, visibleFrom, hiddenFrom }: { viewer: Viewer; visibleFrom?: 'sm'; hiddenFrom?: 'sm' }) {
  return (
    <Box visibleFrom={visibleFrom} hiddenFrom={hiddenFrom}>
      <Text size="sm" fw={700} c="gray.9" lh={1.3}>
        <span className="visually-hidden">{sv.shell.signedInAs} </span>
        {viewer.name}
      </Text>
      <Text size="sm" c="gray.7" lh={1.3}>
        {viewer.organisationName}
      </Text>
    </Box>
  );
}

function SignedInAs({ viewer }: { viewer: Viewer }) {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  return (
    <Group gap="md" wrap="nowrap">
      <WhoIsSignedIn viewer={viewer} visibleFrom="sm" />
      <Button
        variant="outline"
        color="blue.9"
        leftSection={<SignOutIcon />}
        loading={leaving}
        onClick={async () => {
          setLeaving(true);
          await signOut();
          await navigate({ to: '/logga-in', search: { orsak: 'utloggad' } });
        }}
      >
        {sv.shell.signOut}
      </Button>
    </Group>
  );
}
