import { ComingSoonPage } from '../pages/StatusPages';
import type { CandidateSearch } from './search';

/** Placeholder until the screen is built. */
export function CandidatesPage({ search: _search }: { search: CandidateSearch }) {
  return <ComingSoonPage title="CandidatesPage" />;
}
