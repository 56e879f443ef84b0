import { List, Text } from '@mantine/core';
import { Page } from '../components/Page';
import { FollowUpsPage } from '../../employers/follow-ups/FollowUpsPage';
import { AnchorLink, RedirectTo } from '../components/links';
import { sv } from '../i18n/sv';
import type { Viewer } from '../session/documents';
import { useViewer } from '../session/session';
import { navItemsFor } from '../shell/navigation';

/** Where each role's day starts, in the order a person with several roles is most likely to want first. */
const START_PAGES: readonly { role: Viewer['roles'][number]; path: string }[] = [
  { role: 'LABOUR_MARKET_SECRETARY', path: '/min-dag' },
  { role: 'RECRUITER', path: '/platser' },
  { role: 'TEACHER', path: '/sfi' },
  { role: 'CAREER_COUNSELLOR', path: '/sfi' },
  { role: 'MANAGER', path: '/statistik' },
  { role: 'PRINCIPAL_REVIEWER', path: '/statistik' },
  { role: 'ADMINISTRATOR', path: '/administration' },
];

/**
 * Where each role's day starts: a business developer on their follow-ups due (shown here, it is the first page
 * after sign-in), a secretary on their day, a recruiter on the openings to fill, SFI staff on their courses, managers
 * and reviewers on the figures, an administrator on the users; anyone else on a welcome listing their screens.
 */
export function HomePage() {
  const viewer = useViewer();
  if (viewer.roles.includes('BUSINESS_DEVELOPER')) return <FollowUpsPage />;
  const start = START_PAGES.find((page) => viewer.roles.includes(page.role));
  if (start) return <RedirectTo path={start.path} />;
  return <WelcomePage />;
}

function WelcomePage() {
  const viewer = useViewer();
  const items = navItemsFor(viewer);
  return (
    <Page title={sv.home.welcomeTitle(viewer.name)} intro={sv.home.welcomeText}>
      {items.length === 0 ? (
        <Text>{sv.home.nothingYet}</Text>
      ) : (
        <>
          <Text>{sv.home.navIntro}</Text>
          <List>
            {items.map((item) => (
              <List.Item key={item.to}>
                <AnchorLink to={item.to}>{item.label}</AnchorLink>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Page>
  );
}
