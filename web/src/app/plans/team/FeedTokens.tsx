import { Button, CopyButton, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate } from '../../platform/i18n/dates';
import { CreateFeedTokenMutation, FeedTokensQuery, RevokeFeedTokenMutation, type FeedToken } from './documents';
import { tm } from './messages';

const t = tm.feed;

/**
 * The team calendar's subscription links: a new one is shown once, with a copy button (only its hash is kept, so it
 * cannot be shown again); the list names each link, never its secret; revoking asks first.
 */
export function FeedTokens({ teamId }: { teamId: string }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: FeedTokensQuery, variables: { teamId } });
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [revoking, setRevoking] = useState<FeedToken | null>(null);
  const revokeOpener = useRef<HTMLButtonElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [create, createToken] = useMutation(CreateFeedTokenMutation);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    const result = await createToken({ input: { teamId, label: label.trim() || undefined } });
    if (result.error) return setProblem(describeProblem(result.error));
    if (!result.data) return;
    setCreated(`${window.location.origin}${result.data.createMeetingFeedToken.path}`);
    setLabel('');
    setAnnouncement(t.created);
    reload();
  }

  const closeRevoke = () => {
    setRevoking(null);
    revokeOpener.current?.focus();
  };
  return (
    <section aria-labelledby="team-kalender">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-kalender" ref={headingRef} tabIndex={-1}>
          {t.heading}
        </Title>
        <div role="status" className="visually-hidden">
          {announcement}
        </div>
        <Text size="sm" c="gray.8">
          {t.intro}
        </Text>
        {created && (
          <Stack gap="xs" p="sm" style={{ border: '2px solid var(--mantine-color-green-9)', borderRadius: 4 }}>
            <Text fw={700}>{t.created}</Text>
            <Group align="flex-end" gap="sm">
              <TextInput label={t.url} value={created} readOnly w={520} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={created}>
                {({ copied, copy }) => (
                  <Button
                    color="blue.9"
                    onClick={() => {
                      copy();
                      setAnnouncement(t.copiedStatus);
                    }}
                  >
                    {copied ? t.copied : t.copy}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t.label}
              description={t.labelDescription}
              descriptionProps={{ c: 'gray.8' }}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={fieldError(problem, 'label')}
              maxLength={100}
              w={320}
            />
            <Button type="submit" color="blue.9" loading={create.fetching}>
              {t.create}
            </Button>
          </Group>
        </form>
        {problem && <ProblemAlert problem={problem} onRetry={() => void submit()} />}
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={reload} />}
        {fetching && !data && <PageLoader />}
        {data && data.meetingFeedTokens.length === 0 && <Text>{t.none}</Text>}
        {data && data.meetingFeedTokens.length > 0 && (
          <Table captionSide="top" withTableBorder verticalSpacing="xs">
            <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
              {t.caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {[t.what, t.createdBy, t.lastUsed, t.status, ''].map((h, i) => (
                  <Table.Th key={i} scope="col">
                    {h || <span className="visually-hidden">{t.revoke}</span>}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.meetingFeedTokens.map((token) => {
                const name = token.label ?? t.unnamed;
                return (
                  <Table.Tr key={token.id}>
                    <Table.Th scope="row" fw={400}>
                      {name}
                    </Table.Th>
                    <Table.Td>
                      {formatDate(token.createdAt)}
                      {token.createdBy ? `, ${token.createdBy.name}` : ''}
                    </Table.Td>
                    <Table.Td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : t.never}</Table.Td>
                    <Table.Td>{token.revokedAt ? t.revokedOn(formatDate(token.revokedAt)) : t.active}</Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <Button
                          size="xs"
                          color="red.9"
                          variant="outline"
                          aria-label={t.revokeNamed(name)}
                          onClick={(e) => {
                            revokeOpener.current = e.currentTarget;
                            setRevoking(token);
                          }}
                        >
                          {t.revoke}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={revoking !== null} onClose={closeRevoke} title={t.revokeTitle} closeButtonProps={{ 'aria-label': t.close }}>
        {revoking && (
          <RevokeConfirm
            token={revoking}
            onClose={closeRevoke}
            onRevoked={(name) => {
              setRevoking(null);
              setCreated(null);
              setAnnouncement(t.revoked(name));
              reload();
              headingRef.current?.focus();
            }}
          />
        )}
      </Modal>
    </section>
  );
}

function RevokeConfirm({ token, onClose, onRevoked }: { token: FeedToken; onClose(): void; onRevoked(name: string): void }) {
  const name = token.label ?? t.unnamed;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, revoke] = useMutation(RevokeFeedTokenMutation);
  async function confirm() {
    setProblem(null);
    const result = await revoke({ id: token.id });
    if (result.error) return setProblem(describeProblem(result.error));
    onRevoked(name);
  }
  return (
    <Stack gap="sm">
      <Text>{t.revokeText(name)}</Text>
      {problem && <ProblemAlert problem={problem} onRetry={() => void confirm()} />}
      <Group justify="flex-end">
        <Button variant="outline" color="blue.9" onClick={onClose} data-autofocus>
          {t.revokeKeep}
        </Button>
        <Button color="red.9" loading={fetching} onClick={() => void confirm()}>
          {t.revokeConfirm}
        </Button>
      </Group>
    </Stack>
  );
}
