import { Alert, Stack, Text } from '@mantine/core';
import { AnchorLink } from '../../platform/components/links';
import { WarningIcon } from '../../platform/components/icons';
import { messages } from './messages';

/** The employer already registered under the number, once looked up: null when it is in a register the viewer cannot read. */
export type ExistingEmployer = { id: string; name: string } | null;

interface ConflictAlertProps {
  organisationNumber: string;
  /** undefined while it is being looked up */
  existing: ExistingEmployer | undefined;
}

/**
 * The API refuses a second employer with the same organisationsnummer (CONFLICT): said at once, with a link to the
 * card of the one already there, so the person goes on with it instead of registering it again.
 */
export function ConflictAlert({ organisationNumber, existing }: ConflictAlertProps) {
  return (
    <Alert role="alert" color="red.9" variant="outline" icon={<WarningIcon />} title={messages.conflict.heading}>
      <Stack gap="xs">
        <Text size="sm" c="gray.9">
          {messages.conflict.text(organisationNumber)}
        </Text>
        {existing === undefined ? (
          <Text size="sm" c="gray.8">
            {messages.conflict.searching}
          </Text>
        ) : existing === null ? (
          <Text size="sm" c="gray.9">
            {messages.conflict.notReadable}
          </Text>
        ) : (
          <AnchorLink to="/arbetsgivare/$employerId" params={{ employerId: existing.id }} fw={700} size="sm">
            {messages.conflict.open(existing.name)}
          </AnchorLink>
        )}
      </Stack>
    </Alert>
  );
}
