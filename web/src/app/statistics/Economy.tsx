import { Button, Modal, NumberInput, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DataTable, numeric } from '../platform/components/DataTable';
import { DialogForm } from '../platform/components/DialogForm';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { Section } from '../platform/components/Section';
import { formatDate } from '../platform/i18n/dates';
import { EconomicParametersQuery, SetEconomicParametersMutation, type EconomicParameters, type StatisticsRow } from './documents';
import { formatKronor, messages } from './messages';

const t = messages.economy;

interface EconomyProps {
  rows: readonly StatisticsRow[];
  total: StatisticsRow;
  /** The principals whose parameters are shown (those counted) with their names */
  principals: ReadonlyArray<{ id: string; name: string }>;
  /** Principals whose parameters the viewer may set (managers acting for them); empty for everyone else */
  editable: readonly string[];
  /** After a change of parameters: the estimates are counted again */
  onChanged(): void;
}

/** The economic effect per group, from each municipality's parameters, and the parameters themselves. */
export function Economy({ rows, total, principals, editable, onChanged }: EconomyProps) {
  const [{ data, error }, reload] = useQuery({ query: EconomicParametersQuery, variables: {} });
  const [editing, setEditing] = useState<{ id: string; name: string; current: EconomicParameters | null } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const parameters = data?.economicParameters ?? [];

  function saved(name: string, version: number) {
    setEditing(null);
    setAnnouncement(t.saved(name, version));
    reload({ requestPolicy: 'network-only' });
    onChanged();
  }

  return (
    <Section id="economy-heading" heading={t.heading} intro={t.intro}>
      <DataTable striped caption={t.caption} columns={[messages.table.group, numeric(t.aid), numeric(t.tax), numeric(t.cost)]}>
        {[...rows, total].map((row) => (
          <Table.Tr key={row.key ?? (row.total ? 'total' : 'none')}>
            <Table.Th scope="row" fw={row.total ? 700 : 400}>
              {row.label}
            </Table.Th>
            {row.economy ? (
              <>
                <Table.Td ta="right">{formatKronor(row.economy.aidReducedPerMonth)}</Table.Td>
                <Table.Td ta="right">{formatKronor(row.economy.taxIncreasePerMonth)}</Table.Td>
                <Table.Td ta="right">{row.economy.programmeCost === null ? t.noCost : formatKronor(row.economy.programmeCost)}</Table.Td>
              </>
            ) : (
              <Table.Td colSpan={3}>{t.noEstimate}</Table.Td>
            )}
          </Table.Tr>
        ))}
      </DataTable>

      <Title order={3}>{t.parameters}</Title>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      <DataTable
        striped
        caption={t.parametersCaption}
        columns={[
          messages.filters.principal,
          numeric(t.aidParameter),
          numeric(t.taxParameter),
          numeric(t.costParameter),
          t.updated,
          ...(editable.length > 0 ? [messages.reports.actions] : []),
        ]}
      >
        {principals.map((principal) => {
          const p = parameters.find((x) => x.principalId === principal.id) ?? null;
          return (
            <Table.Tr key={principal.id}>
              <Table.Th scope="row" fw={400}>
                {principal.name}
              </Table.Th>
              {p ? (
                <>
                  <Table.Td ta="right">{formatKronor(p.aidPerPersonMonth)}</Table.Td>
                  <Table.Td ta="right">{formatKronor(p.taxPerWorkExitMonth)}</Table.Td>
                  <Table.Td ta="right">{p.costPerEnrolled === null ? t.noCost : formatKronor(p.costPerEnrolled)}</Table.Td>
                  <Table.Td>
                    {t.updatedBy(formatDate(p.updatedAt as string), p.updatedBy?.name ?? null)} ({t.version.toLowerCase()} {p.version})
                  </Table.Td>
                </>
              ) : (
                <Table.Td colSpan={4}>{t.noParameters(principal.name)}</Table.Td>
              )}
              {editable.length > 0 && (
                <Table.Td>
                  {editable.includes(principal.id) && (
                    <Button size="xs" variant="outline" color="blue.9" onClick={() => setEditing({ id: principal.id, name: principal.name, current: p })}>
                      {p ? t.edit(principal.name) : t.set(principal.name)}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </DataTable>
      <Text role="status" aria-live="polite">
        {announcement}
      </Text>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t.dialogTitle(editing.name) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t.closeDialog }}
      >
        {editing && (
          <ParametersForm
            principalId={editing.id}
            current={editing.current}
            onCancel={() => setEditing(null)}
            onSaved={(version) => saved(editing.name, version)}
            onReload={() => {
              setEditing(null);
              reload({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </Modal>
    </Section>
  );
}

interface ParametersFormProps {
  principalId: string;
  current: EconomicParameters | null;
  onCancel(): void;
  onSaved(version: number): void;
  onReload(): void;
}

/** A principal's three amounts, sent with the version read (0 for none yet), so a colleague's change is not overwritten unseen. */
function ParametersForm({ principalId, current, onCancel, onSaved, onReload }: ParametersFormProps) {
  const [aid, setAid] = useState<number | string>(current?.aidPerPersonMonth ?? '');
  const [tax, setTax] = useState<number | string>(current?.taxPerWorkExitMonth ?? '');
  const [cost, setCost] = useState<number | string>(current?.costPerEnrolled ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, save] = useMutation(SetEconomicParametersMutation);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    const missing = Object.entries({ aidPerPersonMonth: aid, taxPerWorkExitMonth: tax }).filter(([, v]) => v === '');
    if (missing.length > 0) return setProblem({ kind: 'invalid', message: t.required, fields: Object.fromEntries(missing.map(([f]) => [f, t.required])) });
    const input = {
      principalId,
      aidPerPersonMonth: Number(aid),
      taxPerWorkExitMonth: Number(tax),
      costPerEnrolled: cost === '' ? null : Number(cost),
      version: current?.version ?? 0,
    };
    const result = await save({ input });
    if (result.error) return setProblem(describeProblem(result.error));
    if (result.data) onSaved(result.data.setEconomicParameters.version);
  }

  // the API names the field and says in English what is wrong with the amount: the form says it in Swedish
  const error = (field: string) => {
    const message = fieldError(problem, field);
    return message === t.required ? t.required : message ? t.negative : undefined;
  };
  const common = { min: 0, decimalScale: 2, decimalSeparator: ',', thousandSeparator: ' ', allowNegative: false, hideControls: true } as const;
  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={t.cancel} confirm={t.save}>
      <NumberInput label={t.aidParameter} value={aid} onChange={setAid} required error={error('aidPerPersonMonth')} data-autofocus {...common} />
      <NumberInput label={t.taxParameter} value={tax} onChange={setTax} required error={error('taxPerWorkExitMonth')} {...common} />
      <NumberInput
        label={t.costParameter}
        description={t.costDescription}
        descriptionProps={{ c: 'gray.8' }}
        value={cost}
        onChange={setCost}
        error={error('costPerEnrolled')}
        {...common}
      />
      {problem && Object.keys(problem.fields).length === 0 && <ProblemAlert problem={problem} onReload={onReload} onRetry={() => void submit()} />}
    </DialogForm>
  );
}
