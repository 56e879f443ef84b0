import { ComingSoonPage } from '../pages/StatusPages';

/** Placeholder until the screen is built. */
export function PlacementPage({ placementId: _id }: { placementId: string }) {
  return <ComingSoonPage title="PlacementPage" />;
}
