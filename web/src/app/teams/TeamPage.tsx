import { Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../api/errors';
import { AnchorLink, ButtonLink } from '../components/links';
import { ListPager, useFocusAfterPaging } from '../components/ListPager';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { daysBetween, formatDate, today } from '../i18n/dates';
import { formatNumber } from '../i18n/sv';
import { formatSpan } from '../meetings/format';
import { mt } from '../meetings/messages';
import { mayUse, useViewer } from '../session/session';
import { TeamCaseloadQuery, TeamMeetingsQuery, TeamOverdueQuery, TeamsQuery, type Team } from './documents';
import { FeedTokens } from './FeedTokens';
import { tm } from './messages';

const OVERDUE_PAGE = 10;

/** A team's page: members and roles, the caseload per secretary, the overdue follow-ups, the meetings and the calendar links. */
export function TeamPage({ teamId }: { teamId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({ query: TeamsQuery });
  const team = data?.teams.find((x) => x.id === teamId);
  if (!team) {
    return (
      <Page title={tm.team.loadingTitle}>
        {fetching && <PageLoader />}
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {data && <Text>{tm.team.notFound}</Text>}
      </Page>
    );
  }
  const sectorTeam = Boolean(team.sectorId);
  return (
    <Page title={team.name}>
      <Group>
        <AnchorLink to="/team">{tm.team.back}</AnchorLink>
      </Group>
      <Members team={team} />
      {sectorTeam && mayUse(viewer, 'teamCaseload') && <Caseload teamId={team.id} />}
      {sectorTeam && mayUse(viewer, 'teamOverdueCandidateFollowUps') && <OverdueFollowUps teamId={team.id} />}
      {sectorTeam && mayUse(viewer, 'meetings') && <TeamMeetings teamId={team.id} />}
      {sectorTeam && mayUse(viewer, 'meetingFeedTokens') && mayUse(viewer, 'createMeetingFeedToken') && <FeedTokens teamId={team.id} />}
    </Page>
  );
}

function Members({ team }: { team: Team }) {
  const t = tm.team;
  const members = [...team.members].sort((a, b) => a.user.name.localeCompare(b.user.name, 'sv'));
  return (
    <section aria-labelledby="team-medlemmar">
      <Title order={2} size="h3" mb="sm" id="team-medlemmar">
        {t.members}
      </Title>
      <Table captionSide="top" withTableBorder verticalSpacing="xs">
        <Table.Caption style={{ textAlign: 'left' }} c="gray.9">
          {t.membersCaption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.name}</Table.Th>
            <Table.Th scope="col">{t.role}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Th scope="row" fw={400}>
                {m.user.name} {!m.user.active && t.inactive}
              </Table.Th>
              <Table.Td>{tm.role[m.role] ?? m.role}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function Caseload({ teamId }: { teamId: string }) {
  const t = tm.caseload;
  const [{ data, error, fetching }, reload] = useQuery({ query: TeamCaseloadQuery, variables: { teamId } });
  const caseload = data?.teamCaseload;
  return (
    <section aria-labelledby="team-arenden">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-arenden">
          {t.heading}
        </Title>
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {fetching && !data && <PageLoader />}
        {caseload && (
          <>
            <Text>{t.summary(caseload.openCandidates, caseload.overdueFollowUps)}</Text>
            <Table captionSide="top" withTableBorder verticalSpacing="xs">
              <Table.Caption style={{ textAlign: 'left' }} c="gray.9">
                {t.caption}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {[t.secretary, t.open, t.overdue, t.withoutPlan].map((h) => (
                    <Table.Th key={h} scope="col">
                      {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {caseload.secretaries.map((s) => (
                  <Table.Tr key={s.secretaryId ?? 'ingen'}>
                    <Table.Th scope="row" fw={400}>
                      {s.secretary?.name ?? t.noSecretary}
                    </Table.Th>
                    <Table.Td>{formatNumber(s.openCandidates)}</Table.Td>
                    <Table.Td>{formatNumber(s.overdueFollowUps)}</Table.Td>
                    <Table.Td>{formatNumber(s.withoutPlan)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t.total}</Table.Th>
                  <Table.Td fw={700}>{formatNumber(caseload.openCandidates)}</Table.Td>
                  <Table.Td fw={700}>{formatNumber(caseload.overdueFollowUps)}</Table.Td>
                  <Table.Td fw={700}>{formatNumber(caseload.withoutPlan)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </section>
  );
}

function OverdueFollowUps({ teamId }: { teamId: string }) {
  const t = tm.overdue;
  const [page, setPage] = useState(1);
  const [{ data, error, fetching }, reload] = useQuery({
    query: TeamOverdueQuery,
    variables: { teamId, limit: OVERDUE_PAGE, offset: (page - 1) * OVERDUE_PAGE },
  });
  const table = useFocusAfterPaging<HTMLTableElement>(Boolean(data) && !fetching);
  const result = data?.teamOverdueCandidateFollowUps;
  const now = today();
  return (
    <section aria-labelledby="team-forsenade">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-forsenade">
          {t.heading}
        </Title>
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {fetching && !data && <PageLoader />}
        {result && result.totalCount === 0 && <Text>{t.none}</Text>}
        {result && result.items.length > 0 && (
          <>
            <Table ref={table.ref} tabIndex={-1} captionSide="top" withTableBorder striped verticalSpacing="xs" opacity={fetching ? 0.6 : 1}>
              <Table.Caption style={{ textAlign: 'left' }} c="gray.9">
                {t.caption(result.totalCount)}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {[t.person, t.secretary, t.due, t.late].map((h) => (
                    <Table.Th key={h} scope="col">
                      {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId: e.candidateId }}>
                        {e.candidate.firstName} {e.candidate.lastName}
                      </AnchorLink>
                    </Table.Th>
                    <Table.Td>{e.secretary?.name ?? t.noSecretary}</Table.Td>
                    <Table.Td>{e.nextFollowUpDue ? formatDate(e.nextFollowUpDue) : ''}</Table.Td>
                    <Table.Td>{e.nextFollowUpDue ? t.days(daysBetween(e.nextFollowUpDue, now)) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ListPager
              label={t.pager}
              page={page}
              pages={Math.max(1, Math.ceil(result.totalCount / OVERDUE_PAGE))}
              onChange={(next) => {
                table.focusWhenLoaded();
                setPage(next);
              }}
            />
          </>
        )}
      </Stack>
    </section>
  );
}

function TeamMeetings({ teamId }: { teamId: string }) {
  const t = tm.meetings;
  const viewer = useViewer();
  const from = useMemo(() => new Date().toISOString(), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: TeamMeetingsQuery, variables: { teamId, from } });
  const items = data?.meetings.items ?? [];
  return (
    <section aria-labelledby="team-moten">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-moten">
          {t.heading}
        </Title>
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {fetching && !data && <PageLoader />}
        {data && items.length === 0 && <Text>{t.none}</Text>}
        {items.length > 0 && (
          <List spacing="xs">
            {items.map((m) => (
              <List.Item key={m.id}>
                <AnchorLink to="/moten/$meetingId" params={{ meetingId: m.id }} fw={700}>
                  {m.title}
                </AnchorLink>
                {`, ${formatSpan(m.startsAt, m.endsAt)}, ${m.principal.name}${m.venue ? `, ${m.venue.name}` : ''} – ${mt.status[m.status]}`}
              </List.Item>
            ))}
          </List>
        )}
        <Group gap="md">
          {mayUse(viewer, 'planMeeting') && (
            <ButtonLink to="/moten/ny" variant="outline">
              {t.plan}
            </ButtonLink>
          )}
          <AnchorLink to="/moten" search={{ team: teamId }}>
            {t.all}
          </AnchorLink>
        </Group>
      </Stack>
    </section>
  );
}
