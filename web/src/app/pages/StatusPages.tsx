import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from '../components/Page';
import { AnchorLink } from '../components/links';
import { sv } from '../i18n/sv';
import { mayUse, useViewer } from '../session/session';

/** A page the person's role does not give them: said plainly, with the way back. */
export function NotAllowedPage() {
  return (
    <Page title={sv.notAllowed.title}>
      <Text>{sv.notAllowed.text}</Text>
      <AnchorLink to="/">
        {sv.notAllowed.back}
      </AnchorLink>
    </Page>
  );
}

export function NotFoundPage() {
  return (
    <Page title={sv.notFound.title}>
      <Text>{sv.notFound.text}</Text>
      <AnchorLink to="/">
        {sv.notFound.back}
      </AnchorLink>
    </Page>
  );
}

/** The page when the viewer may call `operation` (the API's permissions), else the not-allowed page. */
export function Permitted({ operation, children }: { operation: string; children: ReactNode }) {
  const viewer = useViewer();
  return mayUse(viewer, operation) ? children : <NotAllowedPage />;
}

/** A screen that is in the menu but built in a later version. */
export function ComingSoonPage({ title }: { title: string }) {
  return (
    <Page title={title}>
      <Text>{sv.placeholder.comingSoon}</Text>
    </Page>
  );
}
