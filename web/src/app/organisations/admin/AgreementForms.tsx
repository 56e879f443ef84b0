import { Checkbox, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, errorExtensions, type Problem } from '../../platform/api/errors';
import { DateField } from '../../platform/components/DateField';
import { DialogForm } from '../../platform/components/DialogForm';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { today } from '../../platform/i18n/dates';
import { agreementText as t } from './agreement-messages';
import { AmendAgreementMutation, CreateAgreementMutation, EndAgreementMutation, type AdminAgreement, type AgreementParty } from './agreement-documents';
import { ROLES, type RoleValue } from './documents';
import { adminText } from './messages';

/** The roles staff act in under an agreement: every staff role; a principal's reviewers act for their own municipality only. */
const AGREEMENT_ROLES = ROLES.filter((r) => r !== 'PRINCIPAL_REVIEWER');

type Field = 'name' | 'actingOrganisationId' | 'principalId' | 'roles' | 'validFrom' | 'validTo' | 'lastDay' | 'id';
type Errors = Partial<Record<Field, string>>;

/** The API says what is wrong with a field in English; the administrator reads it in Swedish, next to the field. */
function swedish(message: string): string {
  const m = message.toLowerCase();
  if (m.includes('in the past')) return t.errors.past;
  if (m.includes('before the first day')) return t.errors.beforeFrom;
  if (m.includes('overlaps')) return t.errors.overlap;
  if (m.includes('not a municipality')) return t.errors.notMunicipality;
  if (m.includes("principal's own municipality")) return t.errors.sameMunicipality;
  if (m.includes('not a party')) return t.errors.notParty;
  if (m.includes('has begun')) return t.errors.started;
  if (m === 'ended') return t.errors.ended;
  return message;
}

/** The failed call as the form shows it: field messages next to their fields, anything else in an alert. */
function failure(error: CombinedError): { problem: Problem; fields: Errors } {
  const fields: Errors = {};
  for (const f of errorExtensions(error).fields ?? []) fields[f.field.replace(/^input\./, '') as Field] = swedish(f.message);
  return { problem: describeProblem(error), fields };
}

function RoleChoices({ value, onChange, error }: { value: RoleValue[]; onChange(roles: RoleValue[]): void; error?: string }) {
  return (
    <Checkbox.Group label={t.roles} value={value} onChange={(v) => onChange(v as RoleValue[])} withAsterisk error={error}>
      <SimpleGrid cols={2} mt="xs" spacing="xs">
        {AGREEMENT_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={adminText.role[role]} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

interface Draft {
  name: string;
  actingOrganisationId: string | null;
  principalId: string | null;
  roles: RoleValue[];
  validFrom: string;
  validTo: string;
}

/** "Nytt avtal": the parties, the roles that act under it, and from which day (today or later) to which. */
export function CreateAgreementForm({ parties, onCancel, onDone }: { parties: AgreementParty[]; onCancel(): void; onDone(name: string): void }) {
  const [v, setValues] = useState<Draft>({
    name: '',
    actingOrganisationId: null,
    principalId: null,
    roles: [...AGREEMENT_ROLES],
    validFrom: today(),
    validTo: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, create] = useMutation(CreateAgreementMutation);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing: Errors = {};
    for (const key of ['name', 'actingOrganisationId', 'principalId', 'validFrom'] as const) if (!v[key]?.trim()) missing[key] = t.errors.required;
    if (v.roles.length === 0) missing.roles = t.errors.rolesRequired;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const input = {
      name: v.name.trim(),
      actingOrganisationId: v.actingOrganisationId!,
      principalId: v.principalId!,
      roles: v.roles,
      validFrom: v.validFrom,
      validTo: v.validTo || null,
    };
    const result = await create({ input });
    if (!result.error) return onDone(input.name);
    const { problem: p, fields } = failure(result.error);
    setErrors(fields);
    if (Object.keys(fields).length === 0) setProblem(p);
  }

  const options = (municipalities: boolean) =>
    parties.filter((o) => (o.kind === 'MUNICIPALITY') === municipalities).map((o) => ({ value: o.id, label: o.name }));
  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={adminText.save}>
      <TextInput
        label={t.name}
        value={v.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        withAsterisk
        maxLength={200}
        error={errors.name}
        data-autofocus
      />
      <Select
        label={t.acting}
        data={options(false)}
        value={v.actingOrganisationId}
        onChange={(x) => set('actingOrganisationId', x)}
        withAsterisk
        error={errors.actingOrganisationId}
        comboboxProps={{ withinPortal: false }}
      />
      <Select
        label={t.principal}
        data={options(true)}
        value={v.principalId}
        onChange={(x) => set('principalId', x)}
        withAsterisk
        error={errors.principalId}
        comboboxProps={{ withinPortal: false }}
      />
      <RoleChoices value={v.roles} onChange={(roles) => set('roles', roles)} error={errors.roles} />
      <DateField label={t.validFrom} value={v.validFrom} onChange={(x) => set('validFrom', x)} withAsterisk error={errors.validFrom} inDialog />
      <DateField label={t.validTo} description={t.validToHint} value={v.validTo} onChange={(x) => set('validTo', x)} error={errors.validTo} inDialog />
      {problem && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}

/** "Ändra": the name, the roles, and the first day while the agreement has not begun. */
export function AmendAgreementForm({ agreement, onCancel, onDone }: { agreement: AdminAgreement; onCancel(): void; onDone(): void }) {
  const begun = agreement.validFrom <= today();
  const [name, setName] = useState(agreement.name);
  const [roles, setRoles] = useState<RoleValue[]>(agreement.roles as RoleValue[]);
  const [validFrom, setValidFrom] = useState(agreement.validFrom);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, amend] = useMutation(AmendAgreementMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing: Errors = {};
    if (!name.trim()) missing.name = t.errors.required;
    if (roles.length === 0) missing.roles = t.errors.rolesRequired;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const result = await amend({ input: { id: agreement.id, name: name.trim(), roles, ...(begun ? {} : { validFrom }) } });
    if (!result.error) return onDone();
    const { problem: p, fields } = failure(result.error);
    setErrors(fields);
    if (Object.keys(fields).length === 0 || fields.id) setProblem(fields.id ? { ...p, message: fields.id } : p);
  }

  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={adminText.save}>
      <TextInput label={t.name} value={name} onChange={(e) => setName(e.currentTarget.value)} withAsterisk maxLength={200} error={errors.name} data-autofocus />
      <RoleChoices value={roles} onChange={setRoles} error={errors.roles} />
      {begun ? (
        <Text>
          {t.validFrom}: {agreement.validFrom}. {t.validFromLocked}
        </Text>
      ) : (
        <DateField label={t.validFrom} value={validFrom} onChange={setValidFrom} withAsterisk error={errors.validFrom} inDialog />
      )}
      {problem && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}

/** "Avsluta": the last day in force, today or later, with what ending means said first. */
export function EndAgreementForm({ agreement, onCancel, onDone }: { agreement: AdminAgreement; onCancel(): void; onDone(lastDay: string): void }) {
  const [lastDay, setLastDay] = useState(agreement.validTo ?? today());
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, end] = useMutation(EndAgreementMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!lastDay) return setErrors({ validTo: t.errors.required });
    const result = await end({ id: agreement.id, lastDay });
    if (!result.error) return onDone(lastDay);
    const { problem: p, fields } = failure(result.error);
    setErrors({ validTo: fields.validTo ?? fields.lastDay });
    if (!fields.validTo && !fields.lastDay) setProblem(fields.id ? { ...p, message: fields.id } : p);
  }

  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={t.end}>
      <Text>{t.endText}</Text>
      <DateField label={t.lastDay} value={lastDay} onChange={setLastDay} withAsterisk error={errors.validTo} inDialog />
      {problem && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}
