import { Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useRef } from 'react';
import { useQuery } from 'urql';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { QueryState } from '../../platform/components/QueryState';
import { useViewer } from '../../platform/session/session';
import { useAdminDialog } from './admin-dialog';
import { AdminPage } from './AdminPage';
import { UsersQuery, type AdminUser } from './documents';
import { adminText } from './messages';
import { CreateUserForm, DeactivateForm, RolesForm } from './UserForms';

const t = adminText.users;

type Dialog = { kind: 'create' } | { kind: 'roles' | 'deactivate'; user: AdminUser } | null;

/** "Administration: Användare": the users of the municipality's organisations, created, given roles and deactivated. */
export function UsersPage() {
  const viewer = useViewer();
  const [query, reload] = useQuery({ query: UsersQuery });
  const data = query.data;
  const dialogs = useAdminDialog<Dialog>(() => reload({ requestPolicy: 'network-only' }));
  const { dialog, open, close, announcement } = dialogs;
  const createButton = useRef<HTMLButtonElement>(null);

  // the row's button may be gone (a deactivated user has none): focus goes where the news is said
  const done = (message: string) => dialogs.done(message, dialog?.kind === 'create' ? createButton.current : null);
  const title =
    dialog?.kind === 'create' ? t.createTitle : dialog?.kind === 'roles' ? t.rolesTitle(dialog.user.name) : dialog ? t.deactivateTitle(dialog.user.name) : '';

  return (
    <AdminPage section={adminText.sections.users}>
      <Group>
        <Button ref={createButton} color="blue.9" onClick={() => open({ kind: 'create' })} disabled={!data}>
          {t.create}
        </Button>
      </Group>
      {announcement}
      <QueryState state={query} reload={reload}>
        {({ users }) => (
          <Stack gap="xs">
            <Text>{t.count(users.length)}</Text>
            <CaptionTable
              caption={t.caption}
              columns={[t.name, t.username, t.organisation, t.roles, t.active, t.actions]}
              rows={users}
              empty={t.empty}
              striped
              row={(user) => (
                <Table.Tr key={user.id}>
                  <Table.Th scope="row">{user.name}</Table.Th>
                  <Table.Td>{user.username}</Table.Td>
                  <Table.Td>{user.organisation.name}</Table.Td>
                  <Table.Td>{user.roles.map((r) => adminText.role[r] ?? r).join(', ')}</Table.Td>
                  <Table.Td>{user.active ? t.yes : t.no}</Table.Td>
                  <Table.Td>
                    {user.active && (
                      <Group gap="xs">
                        <Button size="xs" variant="outline" color="blue.9" onClick={() => open({ kind: 'roles', user })}>
                          {t.editRoles}
                          <VisuallyHidden> {t.forUser(user.name)}</VisuallyHidden>
                        </Button>
                        {user.id !== viewer.userId && (
                          <Button size="xs" variant="outline" color="red.9" onClick={() => open({ kind: 'deactivate', user })}>
                            {t.deactivate}
                            <VisuallyHidden> {user.name}</VisuallyHidden>
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              )}
            />
          </Stack>
        )}
      </QueryState>
      <Modal opened={dialog !== null} onClose={() => close()} title={title} size="lg" closeButtonProps={{ 'aria-label': adminText.closeDialog }}>
        {dialog?.kind === 'create' && data && (
          <CreateUserForm organisations={data.organisations} onCancel={() => close()} onCreated={(name) => done(t.created(name))} />
        )}
        {dialog?.kind === 'roles' && <RolesForm user={dialog.user} onCancel={() => close()} onSaved={() => done(t.rolesSaved(dialog.user.name))} />}
        {dialog?.kind === 'deactivate' && (
          <DeactivateForm user={dialog.user} onCancel={() => close()} onDone={() => done(t.deactivated(dialog.user.name))} />
        )}
      </Modal>
    </AdminPage>
  );
}
