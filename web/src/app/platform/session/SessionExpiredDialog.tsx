import { Modal, Stack, Text } from '@mantine/core';
import { sv } from '../i18n/sv';
import { SignInForm } from './SignInForm';

/**
 * Over a screen whose session ended (30 idle minutes, or ended on the server): the screen stays underneath with
 * what the person typed, and signing in again here carries on from it. It cannot be dismissed: nothing on the
 * screen works until the person has signed in.
 */
export function SessionExpiredDialog() {
  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={sv.signIn.expiredDialogTitle}
      centered
      size="md"
    >
      <Stack gap="md">
        <Text size="sm">{sv.signIn.expiredDialogText}</Text>
        <SignInForm autoFocus />
      </Stack>
    </Modal>
  );
}
