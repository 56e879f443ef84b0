import { Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { sv } from '../i18n/sv';
import type { Viewer } from '../session/documents';
import { navItemsFor } from './navigation';
import classes from './shell.module.css';

/** The screens this person may use, from the API's permissions. */
export function MainNav({ viewer, onNavigate }: { viewer: Viewer; onNavigate(): void }) {
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      <li>
        <Link to="/" className={classes.navLink} activeOptions={{ exact: true }} onClick={onNavigate}>
          {sv.nav.start}
        </Link>
      </li>
      {navItemsFor(viewer).map((item) => (
        <li key={item.to}>
          <Link to={item.to} className={classes.navLink} onClick={onNavigate}>
            {item.label}
          </Link>
        </li>
      ))}
    </Stack>
  );
}
