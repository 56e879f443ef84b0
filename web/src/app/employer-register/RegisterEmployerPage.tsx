import { ComingSoonPage } from '../pages/StatusPages';

/** Placeholder until the screen is built. */
export function RegisterEmployerPage() {
  return <ComingSoonPage title="RegisterEmployerPage" />;
}
