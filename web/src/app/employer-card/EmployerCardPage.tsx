import { ComingSoonPage } from '../pages/StatusPages';

/** Placeholder until the screen is built. */
export function EmployerCardPage({ employerId: _id }: { employerId: string }) {
  return <ComingSoonPage title="EmployerCardPage" />;
}
