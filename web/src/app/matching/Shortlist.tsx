import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { Problem } from '../platform/api/errors';
import { shareConsent } from '../candidates/consent';
import { ConsentStatus } from '../candidates/ConsentStatus';
import { WarningIcon } from '../platform/components/icons';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatDate } from '../platform/i18n/dates';
import { mayUse, useViewer } from '../platform/session/session';
import { MarkPresentedMutation, RemoveFromShortlistMutation, type ShortlistEntry } from './documents';
import { rankingText } from './messages';
import { shortlistProblem } from './problems';
import { personName, type PersonLink } from './ShortlistButton';

interface ShortlistProps {
  openingId: string;
  entries: readonly ShortlistEntry[];
  PersonLink: PersonLink;
  /** After a change: the page reads the shortlist again and says what happened */
  onChanged(announcement: string): void;
}

/** The opening's shortlist: each person's consent to share the profile, presenting them, taking them off. */
export function Shortlist({ openingId, entries, PersonLink, onChanged }: ShortlistProps) {
  return (
    <section aria-labelledby="kortlista">
      <Title order={2} id="kortlista" mb="xs">
        {rankingText.shortlistHeading}
      </Title>
      <Text mb="sm">{rankingText.shortlistIntro}</Text>
      {entries.length === 0 ? (
        <Text>{rankingText.shortlistEmpty}</Text>
      ) : (
        <Table withTableBorder captionSide="top" verticalSpacing="sm">
          <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
            {rankingText.shortlistCaption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={160}>
                {rankingText.person}
              </Table.Th>
              <Table.Th scope="col">{rankingText.consent}</Table.Th>
              <Table.Th scope="col" miw={200}>
                {rankingText.status}
              </Table.Th>
              <Table.Th scope="col">{rankingText.actions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <ShortlistRow key={entry.id} openingId={openingId} entry={entry} PersonLink={PersonLink} onChanged={onChanged} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

function ShortlistRow({ openingId, entry, PersonLink, onChanged }: Omit<ShortlistProps, 'entries'> & { entry: ShortlistEntry }) {
  const viewer = useViewer();
  const [failed, setFailed] = useState<{
    problem: Problem;
    retry(): void;
  } | null>(null);
  const [presenting, present] = useMutation(MarkPresentedMutation);
  const [removing, remove] = useMutation(RemoveFromShortlistMutation);
  const name = personName(entry.candidate);
  const variables = { openingId, candidateId: entry.candidateId };

  async function presentIt() {
    setFailed(null);
    const result = await present(variables);
    if (result.error)
      return setFailed({
        problem: shortlistProblem(result.error),
        retry: presentIt,
      });
    onChanged(rankingText.presented(name));
  }

  async function removeIt() {
    setFailed(null);
    const result = await remove(variables);
    if (result.error)
      return setFailed({
        problem: shortlistProblem(result.error),
        retry: removeIt,
      });
    onChanged(rankingText.removed(name));
  }

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Text fw={700} span>
          <PersonLink candidateId={entry.candidateId}>{name}</PersonLink>
        </Text>
        <Text size="sm" c="gray.8" style={{ whiteSpace: 'nowrap' }}>
          {entry.candidate.identityNumber}
        </Text>
      </Table.Th>
      <Table.Td>{entry.consentToShare ? <ConsentStatus consents={entry.candidate.consents} /> : <ConsentMissing entry={entry} />}</Table.Td>
      <Table.Td>
        <Text size="sm">{rankingText.addedOn(formatDate(entry.addedAt), entry.addedBy?.name ?? null)}</Text>
        <Text size="sm" fw={entry.presentedAt ? 700 : 400}>
          {entry.presentedAt ? rankingText.presentedOn(formatDate(entry.presentedAt), entry.presentedBy?.name ?? null) : rankingText.notPresented}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap="xs" align="flex-start">
          {!entry.presentedAt && (
            <Group gap="xs">
              {mayUse(viewer, 'markPresented') && (
                <Button
                  size="compact-sm"
                  variant="filled"
                  color="blue.9"
                  loading={presenting.fetching}
                  onClick={presentIt}
                  aria-label={`${rankingText.present}: ${name}`}
                >
                  {rankingText.present}
                </Button>
              )}
              {mayUse(viewer, 'removeFromShortlist') && (
                <Button
                  size="compact-sm"
                  variant="outline"
                  color="red.9"
                  loading={removing.fetching}
                  onClick={removeIt}
                  aria-label={`${rankingText.remove}: ${name}`}
                >
                  {rankingText.remove}
                </Button>
              )}
            </Group>
          )}
          {failed && <ProblemAlert problem={failed.problem} onRetry={failed.retry} />}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The entry's person has no consent to share the profile in force (never given, or withdrawn after the entry was
 * made, as the API's consentToShare says): flagged, since presenting them is refused.
 */
function ConsentMissing({ entry }: { entry: ShortlistEntry }) {
  const { withdrawn } = shareConsent(entry.candidate.consents);
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text span c="red.9" lh={0} mt={2}>
          <WarningIcon size={16} />
        </Text>
        <Text size="sm" fw={700} c="red.9">
          {rankingText.consentMissing}
        </Text>
      </Group>
      {withdrawn?.withdrawnAt && <Text size="sm">{rankingText.consentWithdrawnOn(formatDate(withdrawn.withdrawnAt))}</Text>}
    </Stack>
  );
}
