import { Group, Text } from '@mantine/core';
import { CheckIcon, WarningIcon } from '../platform/components/icons';
import { formatDate } from '../platform/i18n/dates';
import { shareConsent } from './consent';
import { candidatesText } from './messages';

interface ConsentStatusProps {
  consents: ReadonlyArray<{
    purpose: string;
    givenAt: string;
    withdrawnAt: string | null;
  }>;
}

/** Whether the person has consented to their profile being shared with employers: in words, with an icon. */
export function ConsentStatus({ consents }: ConsentStatusProps) {
  const { inForce, withdrawn } = shareConsent(consents);
  const text = inForce
    ? candidatesText.consent.given(formatDate(inForce.givenAt))
    : withdrawn?.withdrawnAt
      ? candidatesText.consent.withdrawn(formatDate(withdrawn.withdrawnAt))
      : candidatesText.consent.missing;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text span c={inForce ? 'green.9' : 'red.9'} lh={0} mt={2}>
        {inForce ? <CheckIcon size={16} /> : <WarningIcon size={16} />}
      </Text>
      <Text size="sm" fw={inForce ? 400 : 700}>
        {text}
      </Text>
    </Group>
  );
}
