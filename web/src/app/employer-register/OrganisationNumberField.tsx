import { Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CheckIcon } from '../components/icons';
import { fieldId, organisationNumberMessage } from './form';
import { messages } from './messages';
import { checkOrganisationNumber, shouldTell } from './organisation-number';

interface OrganisationNumberFieldProps {
  value: string;
  onChange(value: string): void;
  /** Set once the person tried to send: then an incomplete number is said to be so as well */
  attempted: boolean;
  /** What the API said about the number (already registered, say) */
  serverError?: string;
}

/**
 * The organisationsnummer, checked as it is typed with the library the API checks it with: a whole number that
 * cannot be valid is said to be so at once, a valid one is shown in its canonical form, and a number still being
 * typed is left alone until the person leaves the field. The verdict is also announced politely.
 */
export function OrganisationNumberField({ value, onChange, attempted, serverError }: OrganisationNumberFieldProps) {
  const [leftField, setLeftField] = useState(false);
  const check = checkOrganisationNumber(value);
  const ownError = shouldTell(check, leftField || attempted) || (attempted && check.kind === 'empty') ? organisationNumberMessage(check) : undefined;
  const error = ownError ?? serverError;
  const valid =
    check.kind === 'valid'
      ? check.soleTrader
        ? messages.organisationNumberChecks.soleTrader(check.normalised)
        : messages.organisationNumberChecks.valid(check.normalised)
      : undefined;

  return (
    <>
      <TextInput
        id={fieldId('organisationNumber')}
        label={messages.organisationNumber}
        description={
          valid && !error ? (
            <Group component="span" gap={4} wrap="nowrap">
              {/* the colour is the icon's; the text beside it says the same, dark enough to read */}
              <Text span c="green.9" lh={0}>
                <CheckIcon size={14} />
              </Text>
              <Text span size="xs" fw={700} c="gray.9">
                {valid}
              </Text>
            </Group>
          ) : (
            messages.organisationNumberDescription
          )
        }
        descriptionProps={{ c: 'gray.8' }}
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={() => setLeftField(value.trim() !== '')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        error={error}
        w={340}
      />
      <div role="status" className="visually-hidden">
        {ownError ?? valid ?? ''}
      </div>
    </>
  );
}
