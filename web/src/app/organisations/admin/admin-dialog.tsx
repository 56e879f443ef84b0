import { Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';

export interface AdminDialog<Dialog> {
  /** The dialog open, or null */
  dialog: Dialog | null;
  open(next: Dialog): void;
  close(): void;
  /** After the dialog did its work: closes it, says what was done, reads the page again and focuses the news (or `focus`). */
  done(message: string, focus?: HTMLElement | null): void;
  /** The line that says what was done (role="status"), drawn where the page wants it */
  announcement: ReactNode;
}

/**
 * The administration pages' way of changing a record: a dialog at a time, and once it is done the news said in a line
 * that takes the focus, since the button that opened the dialog may be gone (a removed member, a deactivated user).
 */
export function useAdminDialog<Dialog>(reload: () => void): AdminDialog<Dialog> {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState('');
  const announcer = useRef<HTMLParagraphElement>(null);
  return {
    dialog,
    open(next) {
      setMessage('');
      setDialog(next);
    },
    close: () => setDialog(null),
    done(text, focus) {
      setDialog(null);
      setMessage(text);
      reload();
      (focus ?? announcer.current)?.focus();
    },
    announcement: (
      <Text role="status" fw={700} ref={announcer} tabIndex={-1}>
        {message}
      </Text>
    ),
  };
}
