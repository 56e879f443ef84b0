import { Button, Group, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldError, type Problem } from '../platform/api/errors';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { rankingText } from './messages';
import css from './ranking.module.css';

/** The longest reason the API keeps (PassOverInput.reason). */
const REASON_MAX = 500;

/** Passes a person over for the opening, with the reason if one is given; answers with what went wrong, or null. */
export type PassOver = (candidateId: string, name: string, reason: string | null) => Promise<Problem | null>;

/** A person passed over from this page: the reason given, if any. */
export interface PassedOver {
  reason: string | null;
}

/** The id of a ranked person's "Förbigå" button, where the keyboard goes back to when the form is left. */
export const passOverButtonId = (cardId: string) => `${cardId}-forbiga`;

interface PassOverButtonProps {
  cardId: string;
  name: string;
  passedOver?: PassedOver;
  /** Whether the form is open */
  open: boolean;
  onOpen(): void;
}

/** "Förbigå", opening the form under the card, or that the person was passed over, with the reason. */
export function PassOverButton({ cardId, name, passedOver, open, onOpen }: PassOverButtonProps) {
  const noteRef = useRef<HTMLSpanElement>(null);
  // once passed over from here, the keyboard stays where the button was: on the words that replace it
  useEffect(() => {
    if (passedOver) noteRef.current?.focus();
  }, [passedOver]);
  if (passedOver) {
    return (
      <span className={css.passedOver} ref={noteRef} tabIndex={-1}>
        <strong>{rankingText.passedOver}</strong>
        {passedOver.reason && <span> – {rankingText.passedOverReason(passedOver.reason)}</span>}
      </span>
    );
  }
  return (
    <button
      type="button"
      id={passOverButtonId(cardId)}
      className={css.button}
      aria-expanded={open}
      aria-controls={`${cardId}-forbiga-form`}
      aria-label={rankingText.passOverFor(name)}
      onClick={onOpen}
    >
      {rankingText.passOver}
    </button>
  );
}

interface PassOverFormProps {
  cardId: string;
  candidateId: string;
  name: string;
  onPassOver: PassOver;
  /** The form is left without passing over: the keyboard goes back to "Förbigå" */
  onCancel(): void;
}

/** The reason (optional) and the confirmation, under the ranked person's card. Escape leaves it. */
export function PassOverForm({ cardId, candidateId, name, onPassOver, onCancel }: PassOverFormProps) {
  const [reason, setReason] = useState('');
  const [tooLong, setTooLong] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const headingId = `${cardId}-forbiga-rubrik`;
  useEffect(() => fieldRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const trimmed = reason.trim();
    setProblem(null);
    if (trimmed.length > REASON_MAX) {
      setTooLong(rankingText.passOverErrors.tooLong(trimmed.length));
      return fieldRef.current?.focus();
    }
    setBusy(true);
    const refused = await onPassOver(candidateId, name, trimmed === '' ? null : trimmed);
    setBusy(false);
    if (refused) {
      setProblem(refused);
      fieldRef.current?.focus();
    }
  }

  // the API's refusals in the page's words, next to the field
  const reasonError = tooLong ?? fieldError(problem, 'reason');
  const notShown = fieldError(problem, 'candidateId') && rankingText.passOverErrors.notShown;
  const general = problem && !reasonError && !notShown ? problem : null;
  return (
    <form
      id={`${cardId}-forbiga-form`}
      className={css.passOverForm}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h4 id={headingId} className={css.formTitle}>
        {rankingText.passOverHeading(name)}
      </h4>
      <p className={css.small}>{rankingText.passOverIntro}</p>
      <Textarea
        ref={fieldRef}
        id={`${cardId}-forbiga-skal`}
        label={rankingText.passOverReason}
        description={rankingText.passOverReasonHint}
        descriptionProps={{ c: 'gray.8' }}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setTooLong(undefined);
          setProblem(null);
        }}
        error={reasonError ?? notShown}
        autosize
        minRows={2}
        maxRows={6}
      />
      {general && <ProblemAlert problem={general} />}
      <Group gap="sm">
        <Button type="submit" color="blue.9" size="xs" loading={busy}>
          {rankingText.passOverConfirm}
        </Button>
        <Button variant="outline" color="blue.9" size="xs" onClick={onCancel}>
          {rankingText.passOverCancel}
        </Button>
      </Group>
    </form>
  );
}
