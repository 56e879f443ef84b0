import { Group, List, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { DataTable } from '../../platform/components/DataTable';
import { AnchorLink, ButtonLink } from '../../platform/components/links';
import { ListPager, useFocusAfterPaging } from '../../platform/components/ListPager';
import { Page, PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { Section } from '../../platform/components/Section';
import { daysBetween, formatDate, today } from '../../platform/i18n/dates';
import { formatNumber } from '../../platform/i18n/sv';
import { formatSpan } from '../../meetings/format';
import { mt } from '../../meetings/messages';
import { mayUse, useViewer } from '../../platform/session/session';
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
    <Section id="team-medlemmar" heading={t.members} headingSize="h3">
      <DataTable plainCaption caption={t.membersCaption} columns={[t.name, t.role]}>
        {members.map((m) => (
          <Table.Tr key={m.userId}>
            <Table.Th scope="row" fw={400}>
              {m.user.name} {!m.user.active && t.inactive}
            </Table.Th>
            <Table.Td>{tm.role[m.role] ?? m.role}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Section>
  );
}

function Caseload({ teamId }: { teamId: string }) {
  const t = tm.caseload;
  const [{ data, error, fetching }, reload] = useQuery({ query: TeamCaseloadQuery, variables: { teamId } });
  const caseload = data?.teamCaseload;
  return (
    <Section id="team-arenden" heading={t.heading} headingSize="h3">
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {caseload && (
        <>
          <Text>{t.summary(caseload.openCandidates, caseload.overdueFollowUps)}</Text>
          <DataTable plainCaption caption={t.caption} columns={[t.secretary, t.open, t.overdue, t.withoutPlan]}>
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
          </DataTable>
        </>
      )}
    </Section>
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
    <Section id="team-forsenade" heading={t.heading} headingSize="h3">
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {result && result.totalCount === 0 && <Text>{t.none}</Text>}
      {result && result.items.length > 0 && (
        <>
          <DataTable
            ref={table.ref}
            tabIndex={-1}
            striped
            opacity={fetching ? 0.6 : 1}
            plainCaption
            caption={t.caption(result.totalCount)}
            columns={[t.person, t.secretary, t.due, t.late]}
          >
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
          </DataTable>
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
    </Section>
  );
}

function TeamMeetings({ teamId }: { teamId: string }) {
  const t = tm.meetings;
  const viewer = useViewer();
  const from = useMemo(() => new Date().toISOString(), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: TeamMeetingsQuery, variables: { teamId, from } });
  const items = data?.meetings.items ?? [];
  return (
    <Section id="team-moten" heading={t.heading} headingSize="h3">
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
    </Section>
  );
}
