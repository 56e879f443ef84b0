import { AppShell, Box } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { sv } from '../i18n/sv';
import { useSession } from '../session/session';
import { AppFooter } from './AppFooter';
import { AppHeader, WhoIsSignedIn } from './AppHeader';
import { MainNav } from './MainNav';
import { MAIN_ID, SkipLink } from './SkipLink';
import classes from './shell.module.css';

/** Every page's frame: skip link, header, the menu for a signed-in person, the content and the footer. */
export function AppLayout() {
  const { state } = useSession();
  const viewer = state.status === 'signed-in' || state.status === 'expired' ? state.viewer : null;
  const [menuOpen, menu] = useDisclosure(false);
  useFocusOnNavigation();

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 64 }}
        navbar={viewer ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !menuOpen } } : undefined}
        padding="lg"
        transitionDuration={0}
      >
        <AppShell.Header>
          <AppHeader viewer={viewer} menuOpen={menuOpen} onToggleMenu={menu.toggle} />
        </AppShell.Header>
        {viewer && (
          <AppShell.Navbar p="sm" id="huvudmeny" style={{ gap: 'var(--mantine-spacing-md)' }} aria-label={sv.shell.navLabel}>
            <WhoIsSignedIn viewer={viewer} hiddenFrom="sm" />
            <MainNav viewer={viewer} onNavigate={menu.close} />
          </AppShell.Navbar>
        )}
        <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
          <Outlet />
        </AppShell.Main>
        {/* in the flow after the content, not fixed: at 400 % zoom a fixed footer would cover what is read */}
        <Box component="footer" className={classes.footer} aria-label={sv.shell.footerLabel}>
          <AppFooter />
        </Box>
      </AppShell>
    </>
  );
}

/**
 * After the person moves to another page, focus goes to its content, as a page load would put them at its start.
 * Not before they have pressed a key or a pointer: the redirect of a first visit to sign-in must leave Tab's first
 * stop at the skip link.
 */
function useFocusOnNavigation() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const interacted = useRef(false);
  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    document.addEventListener('keydown', mark, true);
    document.addEventListener('pointerdown', mark, true);
    return () => {
      document.removeEventListener('keydown', mark, true);
      document.removeEventListener('pointerdown', mark, true);
    };
  }, []);
  useEffect(() => {
    if (interacted.current) document.getElementById(MAIN_ID)?.focus();
  }, [pathname]);
}
