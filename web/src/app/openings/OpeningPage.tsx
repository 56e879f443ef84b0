import { ComingSoonPage } from '../pages/StatusPages';

/** Placeholder until the screen is built. */
export function OpeningPage({ openingId: _id }: { openingId: string }) {
  return <ComingSoonPage title="OpeningPage" />;
}
