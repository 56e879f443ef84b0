import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, type Problem } from '../platform/api/errors';
import { AnchorLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { AttendMutation, MeetingInvitationsQuery, MeetingQuery, personName, type Invitation } from './documents';
import { mt } from './messages';
import { meetingProblem } from './problems';

const t = mt.attendance;
/** Touch targets on a tablet: at least 44 px (WCAG 2.5.5), here 52. */
const TARGET = { mih: 52, miw: 120, size: 'md' as const };

type Recorded = Record<string, { version: number; attendance: string | null }>;

/**
 * "Närvarolista": on the day, on a tablet, one tap per person for came or did not come, saved at once. Everyone
 * invited who has not declined is listed; each button names the person, shows whether it is the one chosen
 * (aria-pressed), keeps the focus where it was, and the saving is announced.
 */
export function AttendancePage({ meetingId }: { meetingId: string }) {
  const [meeting] = useQuery({ query: MeetingQuery, variables: { id: meetingId } });
  const [{ data, error, fetching }, reload] = useQuery({ query: MeetingInvitationsQuery, variables: { meetingId } });
  const [recorded, setRecorded] = useState<Recorded>({});
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<{ invitationId: string; problem: Problem } | null>(null);
  const [, attend] = useMutation(AttendMutation);
  const title = meeting.data ? t.title(meeting.data.meeting.title) : mt.page.attendance;
  const people = (data?.meetingInvitations.items ?? []).filter((i) => i.response !== 'DECLINED');
  const state = (i: Invitation) => recorded[i.id] ?? { version: i.version, attendance: i.attendance };

  async function record(invitation: Invitation, came: boolean) {
    setProblem(null);
    const current = state(invitation);
    const result = await attend({ input: { invitationId: invitation.id, version: current.version, attendance: came ? 'ATTENDED' : 'ABSENT' } });
    if (result.error) return setProblem({ invitationId: invitation.id, problem: meetingProblem(result.error) });
    if (!result.data) return;
    const saved = result.data.recordMeetingAttendance;
    setRecorded((r) => ({ ...r, [invitation.id]: { version: saved.version, attendance: saved.attendance } }));
    setAnnouncement(t.recorded(personName(invitation.candidate), came));
  }

  const attended = people.filter((i) => state(i).attendance === 'ATTENDED').length;
  const absent = people.filter((i) => state(i).attendance === 'ABSENT').length;
  return (
    <Page title={title} intro={t.intro}>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <Group>
        <AnchorLink to="/moten/$meetingId" params={{ meetingId }}>
          {t.back}
        </AnchorLink>
      </Group>
      {(error ?? meeting.error) && (
        <ProblemAlert problem={describeProblem((error ?? meeting.error)!)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      )}
      {fetching && !data && <PageLoader />}
      {data && people.length === 0 && <Text>{t.empty}</Text>}
      {people.length > 0 && (
        <Stack gap="sm">
          <Text fw={700}>{t.summary(attended, absent, people.length - attended - absent)}</Text>
          <Table captionSide="top" withTableBorder verticalSpacing="md" fz="lg">
            <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
              {t.caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{mt.invitations.person}</Table.Th>
                <Table.Th scope="col">{mt.invitations.response}</Table.Th>
                <Table.Th scope="col">{mt.page.attendance}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((invitation) => {
                const name = personName(invitation.candidate);
                const now = state(invitation).attendance;
                return (
                  <Table.Tr key={invitation.id}>
                    <Table.Th scope="row">{name}</Table.Th>
                    <Table.Td>{mt.response[invitation.response]}</Table.Td>
                    <Table.Td>
                      <Stack gap="xs">
                        <Group gap="sm" wrap="nowrap">
                          <Button
                            {...TARGET}
                            color="blue.9"
                            variant={now === 'ATTENDED' ? 'filled' : 'outline'}
                            aria-pressed={now === 'ATTENDED'}
                            aria-label={t.cameFor(name)}
                            onClick={() => void record(invitation, true)}
                          >
                            {t.came}
                          </Button>
                          <Button
                            {...TARGET}
                            color="red.9"
                            variant={now === 'ABSENT' ? 'filled' : 'outline'}
                            aria-pressed={now === 'ABSENT'}
                            aria-label={t.notCameFor(name)}
                            onClick={() => void record(invitation, false)}
                          >
                            {t.notCame}
                          </Button>
                        </Group>
                        <Text size="sm">{now ? t.state[now] : t.notRecorded}</Text>
                        {problem?.invitationId === invitation.id && (
                          <ProblemAlert problem={problem.problem} onReload={() => reload({ requestPolicy: 'network-only' })} />
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Page>
  );
}
