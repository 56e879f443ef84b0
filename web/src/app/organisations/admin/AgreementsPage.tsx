import { Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from 'urql';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { ChangeTable } from '../../history/ChangeHistory';
import { QueryState } from '../../platform/components/QueryState';
import { today } from '../../platform/i18n/dates';
import { useAdminDialog } from './admin-dialog';
import { AdminPage } from './AdminPage';
import { AmendAgreementForm, CreateAgreementForm, EndAgreementForm } from './AgreementForms';
import { AgreementsQuery, type AdminAgreement, type AgreementParty } from './agreement-documents';
import { agreementText as t } from './agreement-messages';
import { adminText } from './messages';

type Dialog = { kind: 'create' } | { kind: 'amend' | 'end' | 'history'; agreement: AdminAgreement } | null;

/** A value of the agreement's history as the reader knows it: roles and parties by name. */
function shown(field: string, value: string, parties: readonly AgreementParty[]): string {
  if (field === 'roles') return adminText.role[value as keyof typeof adminText.role] ?? value;
  if (field === 'actingOrganisationId' || field === 'principalId') return parties.find((p) => p.id === value)?.name ?? value;
  return value;
}

function History({ agreement, parties }: { agreement: AdminAgreement; parties: readonly AgreementParty[] }) {
  return <ChangeTable changes={agreement.history} fieldNames={t.fieldNames} format={(field, value) => shown(field, value, parties)} />;
}

/**
 * "Administration: Avtal": the agreements the organisation works under or that are made for the municipality, with their
 * parties and roles by name and whether each is in force; an administrator of either party makes, amends and ends them,
 * and reads every change with who and when.
 */
export function AgreementsPage() {
  const [query, reload] = useQuery({ query: AgreementsQuery });
  const { dialog, open, close, done, announcement } = useAdminDialog<Dialog>(() => reload({ requestPolicy: 'network-only' }));
  const day = today();
  const state = (a: AdminAgreement) => (a.inForce ? t.inForce : a.validFrom > day ? t.notYet : t.ended);
  const ended = (a: AdminAgreement) => a.validTo !== null && a.validTo < day;
  const title =
    dialog?.kind === 'create'
      ? t.createTitle
      : dialog?.kind === 'amend'
        ? t.amendTitle(dialog.agreement.name)
        : dialog?.kind === 'end'
          ? t.endTitle(dialog.agreement.name)
          : dialog
            ? t.historyTitle(dialog.agreement.name)
            : '';

  return (
    <AdminPage section={adminText.sections.agreements} intro={t.intro}>
      <Group>
        <Button color="blue.9" onClick={() => open({ kind: 'create' })} disabled={!query.data}>
          {t.create}
        </Button>
      </Group>
      {announcement}
      <QueryState state={query} reload={reload}>
        {(data) => (
          <Stack gap="xs">
            <CaptionTable
              caption={t.caption}
              columns={[t.name, t.acting, t.principal, t.period, t.state, t.actions]}
              rows={data.agreements}
              empty={t.empty}
              striped
              row={(a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">
                    {a.name}
                    <Text fz="sm" fw={400}>
                      {t.rolesLine(a.roles.map((r) => adminText.role[r]).join(', '))}
                    </Text>
                  </Table.Th>
                  <Table.Td>{a.actingOrganisation.name}</Table.Td>
                  <Table.Td>{a.principal.name}</Table.Td>
                  <Table.Td>
                    {/* each date whole on its line: the column stays narrow enough for the table to fit beside the menu */}
                    <span style={{ whiteSpace: 'nowrap' }}>{a.validFrom} –</span> <span style={{ whiteSpace: 'nowrap' }}>{a.validTo ?? t.untilFurther}</span>
                  </Table.Td>
                  <Table.Td>{state(a)}</Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {!ended(a) && (
                        <>
                          <Button size="xs" variant="outline" color="blue.9" onClick={() => open({ kind: 'amend', agreement: a })}>
                            {t.amend}
                            <VisuallyHidden> {t.forAgreement(a.name)}</VisuallyHidden>
                          </Button>
                          <Button size="xs" variant="outline" color="red.9" onClick={() => open({ kind: 'end', agreement: a })}>
                            {t.end}
                            <VisuallyHidden> {a.name}</VisuallyHidden>
                          </Button>
                        </>
                      )}
                      <Button size="xs" variant="outline" color="blue.9" onClick={() => open({ kind: 'history', agreement: a })}>
                        {t.history}
                        <VisuallyHidden> {t.forAgreement(a.name)}</VisuallyHidden>
                      </Button>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )}
            />
          </Stack>
        )}
      </QueryState>
      <Modal opened={dialog !== null} onClose={() => close()} title={title} size="lg" closeButtonProps={{ 'aria-label': adminText.closeDialog }}>
        {dialog?.kind === 'create' && query.data && (
          <CreateAgreementForm parties={query.data.agreementParties} onCancel={() => close()} onDone={(name) => done(t.created(name))} />
        )}
        {dialog?.kind === 'amend' && (
          <AmendAgreementForm agreement={dialog.agreement} onCancel={() => close()} onDone={() => done(t.amended(dialog.agreement.name))} />
        )}
        {dialog?.kind === 'end' && (
          <EndAgreementForm
            agreement={dialog.agreement}
            onCancel={() => close()}
            onDone={(lastDay) => done(t.ended_(dialog.agreement.name, lastDay))}
          />
        )}
        {dialog?.kind === 'history' && query.data && <History agreement={dialog.agreement} parties={query.data.agreementParties} />}
      </Modal>
    </AdminPage>
  );
}
