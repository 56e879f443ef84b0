import { Button, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, type Problem } from '../../platform/api/errors';
import { Facts } from '../../platform/components/Facts';
import { PageLoader } from '../../platform/components/Page';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { useAdminDialog } from './admin-dialog';
import { AdminPage } from './AdminPage';
import { RemoveTeamMemberMutation, TeamsQuery, type AdminTeam } from './documents';
import { adminText } from './messages';
import { AddMemberForm, CreateTeamForm } from './TeamForms';

const t = adminText.teams;

type Dialog = { kind: 'create' } | { kind: 'member'; team: AdminTeam } | null;

/** "Administration: Team": the teams and their members with their roles; members added and removed, teams created. */
export function TeamsPage() {
  const [{ data, error, fetching }, reload] = useQuery({ query: TeamsQuery });
  const dialogs = useAdminDialog<Dialog>(() => reload({ requestPolicy: 'network-only' }));
  const { dialog, close, done, announcement } = dialogs;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [, remove] = useMutation(RemoveTeamMemberMutation);

  const open = (next: Dialog) => {
    setProblem(null);
    dialogs.open(next);
  };
  async function removeMember(team: AdminTeam, userId: string, name: string) {
    setProblem(null);
    const result = await remove({ teamId: team.id, userId });
    if (result.error) return setProblem(describeProblem(result.error));
    done(t.removed(name, team.name));
  }

  const sectorName = new Map((data?.sectors ?? []).map((s) => [s.id, s.name]));
  const teams = data?.teams ?? [];
  const title = dialog?.kind === 'create' ? t.createTitle : dialog ? t.addMemberTitle(dialog.team.name) : '';
  return (
    <AdminPage section={adminText.sections.teams}>
      <Group>
        <Button color="blue.9" onClick={() => open({ kind: 'create' })} disabled={!data}>
          {t.create}
        </Button>
      </Group>
      {announcement}
      {problem && <ProblemAlert problem={problem} />}
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <PageLoader />}
      {data && (
        <Stack gap="md">
          <Text>{teams.length === 0 ? t.empty : t.count(teams.length)}</Text>
          {teams.map((team) => {
            const own = team.organisationId === data.viewer.organisationId;
            return (
              <Paper key={team.id} component="article" withBorder p="md" aria-labelledby={`team-${team.id}`}>
                <Stack gap="sm">
                  <Title order={2} size="h3" id={`team-${team.id}`}>
                    {team.name}
                  </Title>
                  <Facts items={[[t.sector, team.sectorId ? (sectorName.get(team.sectorId) ?? adminText.none) : t.noSector]]} />
                  {team.members.length === 0 ? (
                    <Text>{t.noMembers}</Text>
                  ) : (
                    <Table captionSide="top" withTableBorder verticalSpacing="xs">
                      <Table.Caption c="gray.9" style={{ textAlign: 'left', fontWeight: 700 }}>
                        {t.caption(team.name)}
                      </Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t.member}</Table.Th>
                          <Table.Th scope="col">{t.memberRole}</Table.Th>
                          {own && <Table.Th scope="col">{t.actions}</Table.Th>}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {team.members.map((m) => (
                          <Table.Tr key={m.userId}>
                            <Table.Th scope="row">
                              {m.user.name} ({m.user.username})
                            </Table.Th>
                            <Table.Td>{adminText.role[m.role] ?? m.role}</Table.Td>
                            {own && (
                              <Table.Td>
                                <Button size="xs" variant="outline" color="red.9" onClick={() => void removeMember(team, m.userId, m.user.name)}>
                                  {t.remove}
                                  <VisuallyHidden> {t.removeFor(m.user.name)}</VisuallyHidden>
                                </Button>
                              </Table.Td>
                            )}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                  {own ? (
                    <Group>
                      <Button size="xs" color="blue.9" onClick={() => open({ kind: 'member', team })}>
                        {t.addMember}
                        <VisuallyHidden> {t.addMemberFor(team.name)}</VisuallyHidden>
                      </Button>
                    </Group>
                  ) : (
                    <Text c="gray.8">{t.readOnly}</Text>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
      <Modal opened={dialog !== null} onClose={() => close()} title={title} size="lg" closeButtonProps={{ 'aria-label': adminText.closeDialog }}>
        {dialog?.kind === 'create' && data && (
          <CreateTeamForm sectors={data.sectors} onCancel={() => close()} onCreated={(name) => done(t.created(name))} />
        )}
        {dialog?.kind === 'member' && data && (
          <AddMemberForm team={dialog.team} users={data.users} onCancel={() => close()} onAdded={(name) => done(t.added(name, dialog.team.name))} />
        )}
      </Modal>
    </AdminPage>
  );
}
