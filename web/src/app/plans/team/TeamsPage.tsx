import { List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { AnchorLink } from '../../platform/components/links';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { useViewer } from '../../platform/session/session';
import { TeamsQuery } from './documents';
import { tm } from './messages';

const t = tm.list;

/** "Bransch-team": the teams the viewer belongs to, each leading to its page. */
export function TeamsPage() {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({ query: TeamsQuery });
  const teams = data?.teams ?? [];
  const mine = teams.filter((team) => team.members.some((m) => m.userId === viewer.userId));
  return (
    <Page title={t.title} intro={t.intro}>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {data && (
        <section aria-labelledby="team-mina">
          <Stack gap="sm">
            <Title order={2} size="h3" id="team-mina">
              {t.mine}
            </Title>
            {mine.length === 0 ? (
              <Text>{t.none}</Text>
            ) : (
              <List spacing="xs">
                {mine.map((team) => (
                  <List.Item key={team.id}>
                    <AnchorLink to="/team/$teamId" params={{ teamId: team.id }} fw={700}>
                      {team.name}
                    </AnchorLink>{' '}
                    ({t.members(team.members.length)})
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </section>
      )}
    </Page>
  );
}
