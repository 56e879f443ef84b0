import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { memo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { ConsentStatus } from '../ConsentStatus';
import { candidatesText } from '../messages';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { TitledSection } from '../../platform/components/TitledSection';
import { formatDate } from '../../platform/i18n/dates';
import { ConsentPurposesQuery, GiveConsentMutation, WithdrawConsentMutation, type PersonConsent } from './documents';
import { FormPanel } from './FormPanel';
import { personText } from './messages';

const t = personText.consent;
type Purpose = 'SHARE_PROFILE_WITH_EMPLOYERS' | 'CONTACT_ARBETSFORMEDLINGEN' | 'CONTACT_FORSAKRINGSKASSAN' | 'CONTACT_HEALTH_CARE' | 'CONTACT_OTHER';
const PURPOSES = Object.keys(candidatesText.purpose) as Purpose[];

interface ConsentsSectionProps {
  candidateId: string;
  consents: readonly PersonConsent[];
  mayGive: boolean;
  mayWithdraw: boolean;
  onChanged(): void;
}

/** The consents the person gave, in force and withdrawn, with the share-with-employers consent said first. */
export const ConsentsSection = memo(function ConsentsSection({ candidateId, consents, mayGive, mayWithdraw, onChanged }: ConsentsSectionProps) {
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [, withdraw] = useMutation(WithdrawConsentMutation);
  const sorted = [...consents].sort((a, b) => b.givenAt.localeCompare(a.givenAt));

  async function withdrawOne(consent: PersonConsent) {
    setProblem(null);
    setAnnouncement('');
    const result = await withdraw({ consentId: consent.id });
    if (result.error) return setProblem(describeProblem(result.error));
    setAnnouncement(t.withdrawnMessage);
    onChanged();
  }

  return (
    <TitledSection id="samtycken" heading={t.heading}>
      <Stack gap="md">
        <ConsentStatus consents={consents} />
        <CaptionTable
          caption={t.caption}
          columns={[t.purpose, t.given, t.withdrawn, mayWithdraw && t.withdrawShort]}
          rows={sorted}
          empty={t.none}
          minWidth={560}
          plain
          striped
          row={(consent) => {
            const purpose = candidatesText.purpose[consent.purpose] ?? consent.purpose;
            return (
              <Table.Tr key={consent.id}>
                <Table.Th scope="row" fw={400}>
                  {purpose}
                  {consent.recipient ? ` (${consent.recipient})` : ''}
                  <Text size="sm" c="gray.8">
                    {consent.description}
                  </Text>
                  <Text size="sm" c="gray.8">
                    {t.legalBasis(consent.legalBasis)}
                  </Text>
                </Table.Th>
                <Table.Td>{formatDate(consent.givenAt)}</Table.Td>
                <Table.Td>{consent.withdrawnAt ? formatDate(consent.withdrawnAt) : t.inForce}</Table.Td>
                {mayWithdraw && (
                  <Table.Td>
                    {!consent.withdrawnAt && (
                      <Button size="xs" variant="outline" color="red.9" onClick={() => void withdrawOne(consent)} aria-label={t.withdraw(purpose)}>
                        {t.withdrawShort}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          }}
        />
        {problem && <ProblemAlert problem={problem} />}
        {mayGive && (
          <GiveConsentForm
            candidateId={candidateId}
            onGiven={() => {
              setAnnouncement(t.givenMessage);
              onChanged();
            }}
          />
        )}
        <Text role="status" fw={700}>
          {announcement}
        </Text>
      </Stack>
    </TitledSection>
  );
});

function GiveConsentForm({ candidateId, onGiven }: { candidateId: string; onGiven(): void }) {
  const [purpose, setPurpose] = useState<Purpose>('SHARE_PROFILE_WITH_EMPLOYERS');
  const [recipient, setRecipient] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, give] = useMutation(GiveConsentMutation);
  const [{ data }] = useQuery({ query: ConsentPurposesQuery });
  const rule = data?.consentPurposes.find((p) => p.purpose === purpose);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const result = await give({ input: { candidateId, purpose, recipient: recipient.trim() || undefined } });
    if (result.error) return setProblem(describeProblem(result.error));
    setRecipient('');
    onGiven();
  }

  return (
    <FormPanel id="registrera-samtycke" heading={t.giveHeading} onSubmit={submit}>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t.givePurpose}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value as Purpose)}
          data={PURPOSES.map((value) => ({ value, label: candidatesText.purpose[value] }))}
          error={fieldError(problem, 'purpose')}
        />
        <TextInput
          label={t.recipient}
          description={t.recipientDescription}
          descriptionProps={{ c: 'gray.8' }}
          value={recipient}
          onChange={(e) => setRecipient(e.currentTarget.value)}
          maxLength={200}
          error={fieldError(problem, 'recipient')}
        />
        <Button type="submit" color="blue.9" loading={fetching}>
          {t.give}
        </Button>
      </Group>
      {rule && (
        <Stack gap={2} aria-live="polite">
          <Text size="sm" fw={700}>
            {t.told}
          </Text>
          <Text size="sm">{rule.description}</Text>
          <Text size="sm" c="gray.8">
            {t.legalBasis(rule.legalBasis)}
          </Text>
        </Stack>
      )}
      {problem && <ProblemAlert problem={problem} />}
    </FormPanel>
  );
}
