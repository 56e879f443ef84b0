import { ComingSoonPage } from '../pages/StatusPages';
import type { OpeningSearch } from './search';

/** Placeholder until the screen is built. */
export function OpeningsPage({ search: _search }: { search: OpeningSearch }) {
  return <ComingSoonPage title="OpeningsPage" />;
}
