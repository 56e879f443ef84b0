import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from '../components/Page';
import { AnchorLink } from '../components/links';
import { sv } from '../i18n/sv';
import { mayUse, useViewer } from '../session/session';

/** A short page that says what happened and leads back to the start. */
function MessagePage({ text }: { text: { title: string; text: string; back: string } }) {
  return (
    <Page title={text.title}>
      <Text>{text.text}</Text>
      <AnchorLink to="/">{text.back}</AnchorLink>
    </Page>
  );
}

/** A page the person's role does not give them: said plainly, with the way back. */
export function NotAllowedPage() {
  return <MessagePage text={sv.notAllowed} />;
}

/** An address the app does not have. */
export function NotFoundPage() {
  return <MessagePage text={sv.notFound} />;
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
