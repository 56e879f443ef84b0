import { Group, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { numberCheckMessage, shouldTell, type NumberCheck, type NumberCheckTexts } from './number-check';

interface CheckedNumberFieldProps<C extends NumberCheck> {
  id: string;
  label: string;
  /** What the field asks for, shown under the label until the number is valid */
  description: string;
  value: string;
  onChange(value: string): void;
  /** The verdict on what is typed now */
  check: C;
  /** The sentence for each verdict that keeps the number from being sent */
  texts: NumberCheckTexts<C>;
  /** The sentence for an empty field, said only once the person tried to send */
  required: string;
  /** What a valid number is said to be, in its canonical form */
  confirmation(check: Extract<C, { kind: 'valid' }>): string;
  /** Shown before the confirmation (its colour is the icon's; the text beside it says the same) */
  confirmationIcon?: ReactNode;
  /** Set once the person tried to send: an incomplete or empty number is then said to be so as well */
  attempted: boolean;
  /** What the API said about the number (already there, say) */
  serverError?: string;
  w: number;
}

/**
 * A number checked as it is typed by the API's rules: a whole number that cannot be valid is said to be so at once,
 * next to the field; a number still being typed is left alone until the person leaves the field; a valid one is shown
 * in its canonical form; the verdict is also announced politely.
 */
export function CheckedNumberField<C extends NumberCheck>(props: CheckedNumberFieldProps<C>) {
  const { id, label, description, value, onChange, check, texts, required, confirmation, confirmationIcon, attempted, serverError, w } = props;
  const [leftField, setLeftField] = useState(false);
  const ownError = shouldTell(check, leftField || attempted) || (attempted && check.kind === 'empty') ? numberCheckMessage(check, required, texts) : undefined;
  const error = ownError ?? serverError;
  const valid = check.kind === 'valid' ? confirmation(check as Extract<C, { kind: 'valid' }>) : undefined;
  const confirmed = (
    <Text span size="xs" fw={700} c="gray.9">
      {valid}
    </Text>
  );
  return (
    <>
      <TextInput
        id={id}
        label={label}
        description={
          valid && !error ? (
            confirmationIcon ? (
              <Group component="span" gap={4} wrap="nowrap">
                <Text span c="green.9" lh={0}>
                  {confirmationIcon}
                </Text>
                {confirmed}
              </Group>
            ) : (
              confirmed
            )
          ) : (
            description
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
        w={w}
      />
      <div role="status" className="visually-hidden">
        {ownError ?? valid ?? ''}
      </div>
    </>
  );
}
