import { List, Text } from '@mantine/core';
import { Page } from '../components/Page';
import { FollowUpsPage } from '../follow-ups/FollowUpsPage';
import { AnchorLink, RedirectTo } from '../components/links';
import { sv } from '../i18n/sv';
import { useViewer } from '../session/session';
import { navItemsFor } from '../shell/navigation';

/**
 * Where each role's day starts: a business developer on their follow-ups due, a recruiter on the openings to fill;
 * everyone else on a welcome listing their screens until their own start page exists.
 */
export function HomePage() {
  const viewer = useViewer();
  if (viewer.roles.includes('BUSINESS_DEVELOPER')) return <FollowUpsPage />;
  if (viewer.roles.includes('RECRUITER')) return <RedirectTo path="/platser" />;
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
