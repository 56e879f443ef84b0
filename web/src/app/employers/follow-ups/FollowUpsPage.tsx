import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { today as todayDate } from '../../platform/i18n/dates';
import { sv } from '../../platform/i18n/sv';
import { MyFollowUpsQuery, PAGE_SIZE, type FollowUpItem } from './documents';
import { FollowUpCard } from './FollowUpCard';

/** "Mina uppföljningar": the business developer's follow-ups due within a week, overdue first. */
export function FollowUpsPage() {
  const [{ data, error, fetching }, reload] = useQuery({ query: MyFollowUpsQuery, variables: { limit: PAGE_SIZE } });
  const [announcement, setAnnouncement] = useState('');
  const today = todayDate();
  const refetch = () => reload({ requestPolicy: 'network-only' });

  let content;
  if (fetching && !data) content = <PageLoader />;
  else if (error && !data) content = <ProblemAlert problem={describeProblem(error)} onRetry={refetch} onReload={refetch} />;
  else if (data) {
    const { items, totalCount } = data.myFollowUpsDue;
    const overdue = items.filter((f) => (f.nextFollowUpOn ?? today) < today);
    const upcoming = items.filter((f) => (f.nextFollowUpOn ?? today) >= today);
    const cardProps = { today, onReload: refetch, onClosed: (f: FollowUpItem) => setAnnouncement(sv.followUps.closedAnnouncement(f.employer.name)) };
    content =
      items.length === 0 ? (
        <Text size="lg">{sv.followUps.empty}</Text>
      ) : (
        <Stack gap="xl">
          {totalCount > items.length && <Text>{sv.followUps.showingOf(items.length, totalCount)}</Text>}
          <FollowUpSection id="forsenade" title={sv.followUps.overdueHeading} items={overdue} {...cardProps} />
          <FollowUpSection id="inom-sju-dagar" title={sv.followUps.upcomingHeading} items={upcoming} {...cardProps} />
        </Stack>
      );
  }

  return (
    <Page title={sv.followUps.title} intro={sv.followUps.intro}>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {content}
    </Page>
  );
}

interface FollowUpSectionProps {
  id: string;
  title: string;
  items: FollowUpItem[];
  today: string;
  onClosed(followUp: FollowUpItem): void;
  onReload(): void;
}

function FollowUpSection({ id, title, items, ...cardProps }: FollowUpSectionProps) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} size="h3" mb="sm">
        {title}{' '}
        <Text span fw={400} c="gray.8">
          ({sv.followUps.count(items.length)})
        </Text>
      </Title>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((followUp) => (
          <li key={followUp.id}>
            <FollowUpCard followUp={followUp} {...cardProps} />
          </li>
        ))}
      </Stack>
    </section>
  );
}
