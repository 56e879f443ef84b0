import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { checkIdentityNumber, shouldTell, type IdentityNumberCheck } from './identity-number';
import { enrolText } from './messages';
import { sv } from '../i18n/sv';

const c = enrolText.identityChecks;

/** The Swedish sentence for a number that cannot be sent, or undefined when it can. */
export function identityNumberMessage(check: IdentityNumberCheck): string | undefined {
  switch (check.kind) {
    case 'valid':
      return undefined;
    case 'empty':
      return sv.errors.field.required;
    case 'incomplete':
      return c.incomplete;
    case 'characters':
      return c.characters;
    case 'too-long':
      return c.tooLong;
    case 'date':
      return c.date;
    case 'future':
      return c.future;
    case 'check-digit':
      return c.checkDigit;
    case 'invalid':
      return c.invalid;
  }
}

interface IdentityNumberFieldProps {
  id: string;
  value: string;
  onChange(value: string): void;
  today: string;
  /** Set once the person tried to send: an incomplete or empty number is then said to be so as well */
  attempted: boolean;
  /** What the API said about the number (already enrolled, say) */
  serverError?: string;
}

/**
 * The personnummer or samordningsnummer, checked as it is typed by the API's rules: a whole number that cannot be
 * valid is said to be so at once, next to the field; a valid one is shown in its canonical form; the verdict is
 * also announced politely.
 */
export function IdentityNumberField({ id, value, onChange, today, attempted, serverError }: IdentityNumberFieldProps) {
  const [leftField, setLeftField] = useState(false);
  const check = checkIdentityNumber(value, today);
  const ownError = shouldTell(check, leftField || attempted) || (attempted && check.kind === 'empty') ? identityNumberMessage(check) : undefined;
  const error = ownError ?? serverError;
  const valid = check.kind === 'valid' ? (check.coordination ? c.samordningsnummer(check.canonical) : c.personnummer(check.canonical)) : undefined;
  return (
    <>
      <TextInput
        id={id}
        label={enrolText.identityNumber}
        description={
          valid && !error ? (
            <Text span size="xs" fw={700} c="gray.9">
              {valid}
            </Text>
          ) : (
            enrolText.identityNumberDescription
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
        w={420}
      />
      <div role="status" className="visually-hidden">
        {ownError ?? valid ?? ''}
      </div>
    </>
  );
}
