import { ComingSoonPage } from '../pages/StatusPages';
import type { PlacementSearch } from './search';

/** Placeholder until the screen is built. */
export function PlacementsBoardPage({ search: _search }: { search: PlacementSearch }) {
  return <ComingSoonPage title="PlacementsBoardPage" />;
}
