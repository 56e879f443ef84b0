import { Button, Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, type Problem } from '../platform/api/errors';
import { AnchorLink } from '../platform/components/links';
import { PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatNumber } from '../platform/i18n/sv';
import { InviteMutation, personName, ProposedInvitationsQuery } from './documents';
import { mt } from './messages';
import { meetingProblem } from './problems';

const t = mt.proposals;
const LIMIT = 20;

interface ProposalsProps {
  meetingId: string;
  onInvited(announcement: string): void;
}

/**
 * The invite list the ranking proposes for the openings the employers bring, each person with the ranking's
 * explanation. Asked for on request (ranking a sector takes a moment, and every person listed is written to the
 * access log). The chosen are invited together; a person the API refuses (no consent, the venue full) is named
 * with the reason in their row.
 */
export function Proposals({ meetingId, onInvited }: ProposalsProps) {
  const [shown, setShown] = useState(false);
  const [{ data, error, fetching }, reload] = useQuery({ query: ProposedInvitationsQuery, variables: { meetingId, limit: LIMIT }, pause: !shown });
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invite, inviteToMeeting] = useMutation(InviteMutation);
  const result = data?.proposedMeetingInvitations;

  async function submit() {
    setProblem(null);
    const ids = [...chosen];
    const answer = await inviteToMeeting({ input: { meetingId, candidateIds: ids } });
    if (answer.error) return setProblem(meetingProblem(answer.error));
    setChosen([]);
    reload({ requestPolicy: 'network-only' });
    onInvited(t.invited(ids.length));
  }

  const rowError = (candidateId: string) => {
    const index = chosen.indexOf(candidateId);
    return index < 0 ? undefined : problem?.fields[`input.candidateIds.${index}`];
  };
  return (
    <section aria-labelledby="trff-forslag">
      <Stack gap="sm">
        <Title order={2} size="h3" id="trff-forslag">
          {t.heading}
        </Title>
        <Text size="sm" c="gray.8">
          {t.intro}
        </Text>
        {!shown && (
          <div>
            <Button color="blue.9" variant="outline" onClick={() => setShown(true)}>
              {t.show}
            </Button>
          </div>
        )}
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {shown && fetching && !result && <PageLoader />}
        {result && <Text size="sm">{t.considered(result.considered)}</Text>}
        {result && result.proposals.length === 0 && <Text>{t.none}</Text>}
        {result && result.proposals.length > 0 && (
          <Table captionSide="top" withTableBorder verticalSpacing="sm">
            <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
              {t.caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {[t.choose, t.person, t.score, t.opening, t.why].map((h) => (
                  <Table.Th key={h} scope="col">
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.proposals.map((p) => {
                const name = personName(p.candidate);
                const refused = rowError(p.candidate.id);
                return (
                  <Table.Tr key={p.candidate.id}>
                    <Table.Td>
                      {p.invited ? (
                        <Text size="sm">{t.alreadyInvited}</Text>
                      ) : (
                        <Checkbox
                          aria-label={t.selectPerson(name)}
                          checked={chosen.includes(p.candidate.id)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setChosen((c) => (on ? [...c, p.candidate.id] : c.filter((id) => id !== p.candidate.id)));
                          }}
                          error={refused}
                        />
                      )}
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to="/arbetssokande/$candidateId" params={{ candidateId: p.candidate.id }}>
                        {name}
                      </AnchorLink>
                    </Table.Th>
                    <Table.Td>{formatNumber(Math.round(p.score))}</Table.Td>
                    <Table.Td>{p.opening.title}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.explanation}</Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {problem && <ProblemAlert problem={problem} />}
        {result && result.proposals.some((p) => !p.invited) && (
          <div>
            <Button color="blue.9" disabled={chosen.length === 0} loading={invite.fetching} onClick={() => void submit()}>
              {t.invite(chosen.length)}
            </Button>
          </div>
        )}
      </Stack>
    </section>
  );
}
