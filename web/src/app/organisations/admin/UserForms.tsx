import { Checkbox, PasswordInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, type Problem } from '../../platform/api/errors';
import { DialogForm } from '../../platform/components/DialogForm';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { CreateUserMutation, DeactivateUserMutation, ROLES, SetUserRolesMutation, type AdminUser, type RoleValue } from './documents';
import { adminText } from './messages';
import { userFieldError } from './user-errors';

const t = adminText.users;

function RoleChoices({ value, onChange, error }: { value: RoleValue[]; onChange(roles: RoleValue[]): void; error?: string }) {
  return (
    <Checkbox.Group label={t.roles} value={value} onChange={(v) => onChange(v as RoleValue[])} withAsterisk error={error}>
      <SimpleGrid cols={2} mt="xs" spacing="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={adminText.role[role]} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

const hasFieldError = (problem: Problem | null) => problem !== null && Object.keys(problem.fields).length > 0;

interface NewUser {
  name: string;
  username: string;
  email: string;
  organisationId: string | null;
  roles: RoleValue[];
  password: string;
}

/** "Ny användare": name, username, e-mail, organisation, roles and a first password, as createUser takes them. */
export function CreateUserForm({
  organisations,
  onCancel,
  onCreated,
}: {
  organisations: Array<{ id: string; name: string }>;
  onCancel(): void;
  onCreated(name: string): void;
}) {
  const [v, setValues] = useState<NewUser>({
    name: '',
    username: '',
    email: '',
    organisationId: organisations.length === 1 ? organisations[0]!.id : null,
    roles: [],
    password: '',
  });
  const [missing, setMissing] = useState<Partial<Record<keyof NewUser, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, create] = useMutation(CreateUserMutation);
  const set = <K extends keyof NewUser>(key: K, value: NewUser[K]) => setValues((old) => ({ ...old, [key]: value }));
  const err = (key: keyof NewUser) => missing[key] ?? userFieldError(problem, key);
  const required = (key: 'name' | 'username', maxLength: number) => ({
    label: t[key],
    value: v[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value),
    withAsterisk: true,
    maxLength,
    error: err(key),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const empty: Partial<Record<keyof NewUser, string>> = {};
    for (const key of ['name', 'username', 'organisationId', 'password'] as const) if (!v[key]?.trim()) empty[key] = t.field.required;
    if (v.roles.length === 0) empty.roles = t.field.rolesRequired;
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    const result = await create({
      input: {
        name: v.name.trim(),
        username: v.username.trim(),
        email: v.email.trim() || undefined,
        organisationId: v.organisationId!,
        roles: v.roles,
        password: v.password,
      },
    });
    if (result.error) return setProblem(describeProblem(result.error));
    onCreated(v.name.trim());
  }

  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={adminText.save}>
      <TextInput {...required('name', 200)} data-autofocus />
      <TextInput {...required('username', 60)} autoComplete="off" />
      <TextInput label={t.email} type="email" value={v.email} onChange={(e) => set('email', e.currentTarget.value)} error={err('email')} />
      <Select
        label={t.organisation}
        data={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={v.organisationId}
        onChange={(value) => set('organisationId', value)}
        withAsterisk
        error={err('organisationId')}
        comboboxProps={{ withinPortal: false }}
      />
      <RoleChoices value={v.roles} onChange={(roles) => set('roles', roles)} error={err('roles')} />
      <PasswordInput
        label={t.password}
        description={t.passwordDescription}
        descriptionProps={{ c: 'gray.8' }}
        value={v.password}
        onChange={(e) => set('password', e.currentTarget.value)}
        withAsterisk
        error={err('password')}
        autoComplete="new-password"
      />
      {problem && !hasFieldError(problem) && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}

/** "Ändra roller": the user's roles, replaced as a whole (setUserRoles). */
export function RolesForm({ user, onCancel, onSaved }: { user: AdminUser; onCancel(): void; onSaved(): void }) {
  const [roles, setRoles] = useState<RoleValue[]>(user.roles as RoleValue[]);
  const [missing, setMissing] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, save] = useMutation(SetUserRolesMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setMissing(roles.length === 0 ? t.field.rolesRequired : undefined);
    if (roles.length === 0) return;
    const result = await save({ input: { userId: user.id, roles } });
    if (result.error) return setProblem(describeProblem(result.error));
    onSaved();
  }

  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={adminText.save}>
      <RoleChoices value={roles} onChange={setRoles} error={missing ?? userFieldError(problem, 'roles')} />
      {problem && !hasFieldError(problem) && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}

/** "Inaktivera": what it means, then deactivateUser; the user can no longer sign in, and their name stays on their work. */
export function DeactivateForm({ user, onCancel, onDone }: { user: AdminUser; onCancel(): void; onDone(): void }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, deactivate] = useMutation(DeactivateUserMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const result = await deactivate({ userId: user.id });
    if (result.error) return setProblem(describeProblem(result.error));
    onDone();
  }

  const self = userFieldError(problem, 'userId');
  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={t.confirmDeactivate}>
      <Text>{t.deactivateText}</Text>
      {problem && <ProblemAlert problem={self ? { ...problem, message: self } : problem} />}
    </DialogForm>
  );
}
