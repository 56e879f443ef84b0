import { Alert, Button, Group, Text } from '@mantine/core';
import type { Problem } from '../api/errors';
import { sv } from '../i18n/sv';
import { WarningIcon } from './icons';

interface ProblemAlertProps {
  problem: Problem;
  /** Offered when someone else changed the record (CONFLICT): loads it again */
  onReload?(): void;
  /** Offered when the network was lost or the server failed */
  onRetry?(): void;
}

/** A problem the person should know about, said in Swedish and announced at once. */
export function ProblemAlert({ problem, onReload, onRetry }: ProblemAlertProps) {
  const action =
    problem.kind === 'conflict' && onReload
      ? { label: sv.errors.reload, run: onReload }
      : (problem.kind === 'network' || problem.kind === 'server') && onRetry
        ? { label: sv.errors.retry, run: onRetry }
        : null;
  return (
    <Alert role="alert" color="red.9" variant="outline" icon={<WarningIcon />} title={sv.errors.heading}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="gray.9">
          {problem.message}
        </Text>
        {action && (
          <Button size="xs" variant="filled" color="blue.9" onClick={action.run}>
            {action.label}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
