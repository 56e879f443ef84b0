import { Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeProblem, type Problem } from '../../platform/api/errors';
import { CalendarIcon, CheckIcon } from '../../platform/components/icons';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate } from '../../platform/i18n/dates';
import { mayUse } from '../../platform/session/session';
import type { Viewer } from '../../platform/session/documents';
import { CloseContactFollowUpMutation, type TimelineContact } from './documents';
import { cardText } from './messages';

const t = cardText.timeline;

interface TimelineEntryProps {
  contact: TimelineContact;
  viewer: Viewer;
  /** Says (in the timeline's status region) which follow-up was closed */
  onClosed(announcement: string): void;
  onReload(): void;
}

/**
 * The API lets the contact's author close its follow-up (and a manager, but viewer.permissions cannot tell a
 * manager from another closer), so the card offers it to the author only; the API has the last word anyway.
 */
function mayClose(contact: TimelineContact, viewer: Viewer): boolean {
  return mayUse(viewer, 'closeFollowUp') && contact.authorId === viewer.userId;
}

/** One logged contact: kind, day, who, what was said, the skill needs, and its follow-up, open or closed. */
export function TimelineEntry({ contact, viewer, onClosed, onReload }: TimelineEntryProps) {
  /** Closed here just now; otherwise what the API last said (a contact logged since may have closed it) */
  const [closedAt, setClosedAt] = useState<string | null>(null);
  const doneAt = closedAt ?? contact.followUpDoneAt;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, close] = useMutation(CloseContactFollowUpMutation);
  const day = formatDate(contact.occurredAt);
  const headingId = `kontakt-${contact.id}`;

  async function closeIt() {
    setProblem(null);
    const result = await close({ contactId: contact.id });
    if (result.error || !result.data) return setProblem(result.error ? describeProblem(result.error) : null);
    setClosedAt(result.data.closeFollowUp.followUpDoneAt ?? new Date().toISOString());
    onClosed(t.closed(day));
  }

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId} data-contact={contact.id} tabIndex={-1}>
      <Stack gap="xs">
        <Group gap="xs" align="baseline">
          <Text component="h3" id={headingId} fw={700} size="md" m={0}>
            {cardText.kind[contact.kind] ?? contact.kind} {day}
          </Text>
          <Text size="sm" c="gray.8">
            {t.by} {contact.author.name}
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-line' }}>{contact.summary}</Text>
        {contact.skillNeeds.length > 0 && (
          <Group gap="xs" align="baseline">
            <Text size="sm" fw={700}>
              {t.needs}
            </Text>
            <Text component="ul" size="sm" m={0} p={0} style={{ listStyle: 'none', display: 'contents' }}>
              {contact.skillNeeds.map((need) => (
                <li key={need.id}>
                  {t.need(need.occupation?.label ?? need.occupationConceptId, need.headcount)}
                  {need.neededBy && `, ${t.neededBy(formatDate(need.neededBy))}`}
                </li>
              ))}
            </Text>
          </Group>
        )}
        {contact.nextFollowUpOn && (
          <Group gap="sm" justify="space-between">
            <Group gap="xs" wrap="nowrap">
              <Text span c="gray.8" lh={0}>
                {doneAt ? <CheckIcon size={16} /> : <CalendarIcon size={16} />}
              </Text>
              <Badge variant="outline" color={doneAt ? 'gray.8' : 'blue.9'} tt="none" size="lg">
                {doneAt ? t.followUpClosed(formatDate(contact.nextFollowUpOn)) : t.followUpOpen(formatDate(contact.nextFollowUpOn))}
              </Badge>
            </Group>
            {!doneAt && mayClose(contact, viewer) && (
              <Button size="xs" variant="outline" color="blue.9" onClick={closeIt} loading={fetching} leftSection={<CheckIcon size={14} />}>
                {t.close}
                <VisuallyHidden> {t.closeFor(day)}</VisuallyHidden>
              </Button>
            )}
          </Group>
        )}
        {problem && <ProblemAlert problem={problem} onReload={onReload} onRetry={closeIt} />}
      </Stack>
    </Paper>
  );
}
