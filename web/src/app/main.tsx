import '@mantine/core/styles.css';
import './app.css';
import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider as UrqlProvider } from 'urql';
import { declarePurposeByRoute } from './platform/api/access-purpose';
import { client } from './platform/api/client';
import { router } from './router';
import { SessionProvider } from './platform/session/session';

/** The system's own fonts: nothing is downloaded, and text looks as the person's other programs do. */
const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const theme = createTheme({
  fontFamily: SYSTEM_FONTS,
  headings: { fontFamily: SYSTEM_FONTS },
  primaryColor: 'blue',
  primaryShade: 9,
  focusRing: 'auto',
});

/** Mantine's red for errors is too light on white to read (WCAG 1.4.3): a darker one, the same in both places it shows. */
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-error': t.colors.red[9] },
  dark: {},
});

declarePurposeByRoute(() => router.state.matches.at(-1));

const container = document.getElementById('app');
if (!container) throw new Error('Brygga: the page has no #app element');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <UrqlProvider value={client}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </UrqlProvider>
    </MantineProvider>
  </StrictMode>,
);
