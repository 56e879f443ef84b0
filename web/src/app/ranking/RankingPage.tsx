import { ComingSoonPage } from '../pages/StatusPages';

/** Placeholder until the screen is built. */
export function RankingPage({ openingId: _id }: { openingId: string }) {
  return <ComingSoonPage title="RankingPage" />;
}
