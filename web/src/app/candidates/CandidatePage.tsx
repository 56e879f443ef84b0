import { ComingSoonPage } from '../pages/StatusPages';

/** Placeholder until the screen is built. */
export function CandidatePage({ candidateId: _id }: { candidateId: string }) {
  return <ComingSoonPage title="CandidatePage" />;
}
