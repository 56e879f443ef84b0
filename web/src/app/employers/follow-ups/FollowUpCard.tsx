import { Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeProblem, type Problem } from '../../platform/api/errors';
import { CalendarIcon, CheckIcon, WarningIcon } from '../../platform/components/icons';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { daysBetween, formatDate } from '../../platform/i18n/dates';
import { AnchorLink } from '../../platform/components/links';
import { sv } from '../../platform/i18n/sv';
import { CloseFollowUpMutation, type FollowUpItem } from './documents';

interface FollowUpCardProps {
  followUp: FollowUpItem;
  today: string;
  onClosed(followUp: FollowUpItem): void;
  onReload(): void;
}

/** One follow-up: the employer, when it is due (overdue said in words, not by colour alone), what was agreed, and closing it. */
export function FollowUpCard({ followUp, today, onClosed, onReload }: FollowUpCardProps) {
  const [closed, setClosed] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, close] = useMutation(CloseFollowUpMutation);
  const closedRef = useRef<HTMLParagraphElement>(null);
  const due = followUp.nextFollowUpOn ?? today;
  const overdueDays = daysBetween(due, today);
  const headingId = `uppfoljning-${followUp.id}`;

  useEffect(() => {
    if (closed) closedRef.current?.focus();
  }, [closed]);

  async function closeIt() {
    setProblem(null);
    const result = await close({ contactId: followUp.id });
    if (result.error) return setProblem(describeProblem(result.error));
    setClosed(true);
    onClosed(followUp);
  }

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId} bg={closed ? 'gray.0' : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text component="h3" id={headingId} fw={700} size="lg" m={0}>
            <AnchorLink to="/arbetsgivare/$employerId" params={{ employerId: followUp.employer.id }}>
              {followUp.employer.name}
            </AnchorLink>
          </Text>
          {!closed && overdueDays > 0 && (
            <Badge color="red.9" variant="filled" size="lg" tt="none" leftSection={<WarningIcon size={14} />}>
              {sv.followUps.overdueBadge} {sv.followUps.overdueDays(overdueDays)}
            </Badge>
          )}
        </Group>
        <Group gap="xs" c="gray.8" wrap="nowrap" align="flex-start">
          <CalendarIcon size={16} />
          <Text size="sm">
            {sv.followUps.dueOn} {formatDate(due)}
            {overdueDays === 0 && ` · ${sv.followUps.dueToday}`} · {sv.followUps.lastContact} {formatDate(followUp.occurredAt)}
          </Text>
        </Group>
        <Text>{followUp.summary}</Text>
        {problem && <ProblemAlert problem={problem} onReload={onReload} onRetry={closeIt} />}
        {closed ? (
          <Group gap="xs">
            <Text span c="green.9" lh={0}>
              <CheckIcon />
            </Text>
            <Text ref={closedRef} tabIndex={-1} fw={700} c="gray.9">
              {sv.followUps.closed}
            </Text>
          </Group>
        ) : (
          <Group>
            <Button variant="outline" color="blue.9" onClick={closeIt} loading={fetching} leftSection={<CheckIcon />}>
              {sv.followUps.close}
              <VisuallyHidden> {sv.followUps.closeFor(followUp.employer.name)}</VisuallyHidden>
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
