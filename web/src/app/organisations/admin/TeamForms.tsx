import { Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { DialogForm } from '../../platform/components/DialogForm';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { CreateTeamMutation, SetTeamMemberMutation, type AdminTeam, type TeamCandidateUser } from './documents';
import { adminText } from './messages';

const t = adminText.teams;

/** "Nytt team": a name and, for a sector team, its sector (one sector team per sector and municipality). */
export function CreateTeamForm({
  sectors,
  onCancel,
  onCreated,
}: {
  sectors: Array<{ id: string; name: string }>;
  onCancel(): void;
  onCreated(name: string): void;
}) {
  const [name, setName] = useState('');
  const [sectorId, setSectorId] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, create] = useMutation(CreateTeamMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setMissing(name.trim() ? undefined : adminText.users.field.required);
    if (!name.trim()) return;
    const result = await create({ input: { name: name.trim(), sectorId: sectorId ?? undefined } });
    if (result.error) return setProblem(describeProblem(result.error));
    onCreated(name.trim());
  }

  const sectorError =
    fieldError(problem, 'sectorId') && (problem?.kind === 'conflict' || problem?.kind === 'refused') ? t.sectorTaken : fieldError(problem, 'sectorId');
  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={adminText.save}>
      <TextInput
        label={t.name}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        withAsterisk
        maxLength={200}
        error={missing ?? fieldError(problem, 'name')}
        data-autofocus
      />
      <Select
        label={t.sector}
        description={t.sectorDescription}
        descriptionProps={{ c: 'gray.8' }}
        data={sectors.map((s) => ({ value: s.id, label: s.name }))}
        value={sectorId}
        onChange={setSectorId}
        clearable
        clearButtonProps={{ 'aria-label': t.clearSector }}
        error={sectorError}
        comboboxProps={{ withinPortal: false }}
      />
      {problem && !sectorError && !fieldError(problem, 'name') && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}

/** "Lägg till medlem": an active user of the team's organisation, with one of their roles as their role in the team. */
export function AddMemberForm({
  team,
  users,
  onCancel,
  onAdded,
}: {
  team: AdminTeam;
  users: TeamCandidateUser[];
  onCancel(): void;
  onAdded(name: string): void;
}) {
  const members = new Set(team.members.map((m) => m.userId));
  const choices = users.filter((u) => u.active && u.organisation.id === team.organisationId && !members.has(u.id));
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ userId?: string; role?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, add] = useMutation(SetTeamMemberMutation);
  const user = choices.find((u) => u.id === userId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const empty = { userId: userId ? undefined : adminText.users.field.required, role: role ? undefined : adminText.users.field.required };
    setMissing(empty);
    if (!userId || !role) return;
    const result = await add({ input: { teamId: team.id, userId, role: role as TeamCandidateUser['roles'][number] } });
    if (result.error) return setProblem(describeProblem(result.error));
    onAdded(user?.name ?? '');
  }

  const userError = missing.userId ?? (fieldError(problem, 'userId') ? t.notActive : undefined);
  const roleError = missing.role ?? (fieldError(problem, 'role') ? t.roleNotHeld : undefined);
  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={adminText.save}>
      <Select
        label={t.user}
        data={choices.map((u) => ({ value: u.id, label: `${u.name} (${u.username})` }))}
        value={userId}
        onChange={(value) => {
          setUserId(value);
          const next = choices.find((u) => u.id === value);
          setRole(next?.roles.length === 1 ? next.roles[0]! : null);
        }}
        searchable
        withAsterisk
        error={userError}
        comboboxProps={{ withinPortal: false }}
        data-autofocus
      />
      <Select
        label={t.memberRole}
        placeholder={user ? undefined : t.pickUserFirst}
        data={(user?.roles ?? []).map((r) => ({ value: r, label: adminText.role[r] ?? r }))}
        value={role}
        onChange={setRole}
        withAsterisk
        error={roleError}
        comboboxProps={{ withinPortal: false }}
      />
      {problem && !userError && !roleError && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}
