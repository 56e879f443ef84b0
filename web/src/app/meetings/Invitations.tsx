import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { Problem } from '../platform/api/errors';
import { DataTable } from '../platform/components/DataTable';
import { AnchorLink } from '../platform/components/links';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { Section } from '../platform/components/Section';
import { formatNumber } from '../platform/i18n/sv';
import { personName, RespondMutation, type Invitation } from './documents';
import { formatDateTime } from './format';
import { mt, type ResponseValue } from './messages';
import { meetingProblem } from './problems';

const t = mt.invitations;
const RESPONSES: readonly ResponseValue[] = ['INVITED', 'ACCEPTED', 'DECLINED', 'NO_ANSWER'];

interface InvitationsProps {
  invitations: readonly Invitation[];
  /** Whether the viewer may record answers (the meeting open for changes, and theirs to change) */
  editable: boolean;
  onChanged(announcement: string): void;
  onReload(): void;
}

/** The people invited: why (the ranking's explanation, or added by staff), their answer, and the reminders sent. */
export function Invitations({ invitations, editable, onChanged, onReload }: InvitationsProps) {
  return (
    <Section id="trff-inbjudna" heading={t.heading} headingSize="h3">
      {invitations.length === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <DataTable verticalSpacing="sm" caption={t.caption} columns={[t.person, t.why, t.response, t.reminders]}>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/arbetssokande/$candidateId" params={{ candidateId: invitation.candidateId }}>
                  {personName(invitation.candidate)}
                </AnchorLink>
              </Table.Th>
              <Table.Td>
                <Text size="sm">
                  {invitation.source === 'ADDED' || !invitation.explanation
                    ? t.addedByStaff
                    : `${formatNumber(Math.round(invitation.score ?? 0))} p${invitation.opening ? ` (${invitation.opening.title})` : ''}: ${invitation.explanation}`}
                </Text>
              </Table.Td>
              <Table.Td>
                {editable ? (
                  <ResponseForm key={invitation.version} invitation={invitation} onChanged={onChanged} onReload={onReload} />
                ) : (
                  mt.response[invitation.response]
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {invitation.reminders.length === 0
                    ? t.noReminders
                    : invitation.reminders.map((r) => `${t.reminderKind[r.kind] ?? r.kind} (${formatDateTime(r.sentAt)})`).join(', ')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}

/** The person's answer, chosen and saved with the version read. */
function ResponseForm({ invitation, onChanged, onReload }: { invitation: Invitation; onChanged(announcement: string): void; onReload(): void }) {
  const name = personName(invitation.candidate);
  const [response, setResponse] = useState<ResponseValue>(invitation.response);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, respond] = useMutation(RespondMutation);

  async function save() {
    setProblem(null);
    const result = await respond({ input: { invitationId: invitation.id, version: invitation.version, response } });
    if (result.error) return setProblem(meetingProblem(result.error));
    onChanged(t.saved(name, mt.response[response]));
  }

  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={t.responseLabel(name)}
          labelProps={{ className: 'visually-hidden' }}
          data={RESPONSES.map((r) => ({ value: r, label: mt.response[r] }))}
          value={response}
          onChange={(v) => v && setResponse(v as ResponseValue)}
          allowDeselect={false}
          w={210}
        />
        <Button
          size="sm"
          color="blue.9"
          variant="outline"
          loading={fetching}
          disabled={response === invitation.response}
          aria-label={t.saveFor(name)}
          onClick={() => void save()}
        >
          {t.save}
        </Button>
      </Group>
      {problem && <ProblemAlert problem={problem} onReload={onReload} />}
    </Stack>
  );
}
