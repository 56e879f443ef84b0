import { Button, Group, Modal, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import type { ResultOf } from '../../platform/graphql';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { DialogForm } from '../../platform/components/DialogForm';
import { Facts } from '../../platform/components/Facts';
import { NoteField } from '../../platform/components/FormParts';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { QueryState } from '../../platform/components/QueryState';
import { TitledSection } from '../../platform/components/TitledSection';
import { formatNumber } from '../../platform/i18n/sv';
import { useAdminDialog } from './admin-dialog';
import { AdminPage, formatMoment } from './AdminPage';
import { PreviewRetentionQuery, RetentionQuery, RetentionReportsQuery, RunRetentionMutation, SetRetentionRuleMutation } from './documents';
import { adminText } from './messages';

const t = adminText.retention;

type Rule = ResultOf<typeof RetentionQuery>['retentionRules'][number];
type Preview = ResultOf<typeof PreviewRetentionQuery>['previewRetention'];

const countOf = (counts: ReadonlyArray<{ kind: string; count: number }>, kind: string) => counts.find((c) => c.kind === kind)?.count ?? 0;

/** "Administration: Gallring": the principal's retention rules with their legal notes, a dry run, thinning now and the reports. */
export function RetentionPage() {
  const [rules, reload] = useQuery({ query: RetentionQuery });
  const principal = rules.data?.retentionRules[0];
  return (
    <AdminPage section={adminText.sections.retention} intro={principal ? t.intro(principal.principalName) : undefined}>
      <QueryState state={rules} reload={reload}>
        {({ retentionRules }) => (
          <Stack gap="xl">
            <RulesSection rules={retentionRules} onSaved={() => reload({ requestPolicy: 'network-only' })} />
            {principal && <RunAndReports principalId={principal.principalId} />}
          </Stack>
        )}
      </QueryState>
    </AdminPage>
  );
}

function RulesSection({ rules, onSaved }: { rules: Rule[]; onSaved(): void }) {
  const { dialog: editing, open, close, done, announcement } = useAdminDialog<Rule>(onSaved);
  const saved = (rule: Rule) => done(t.saved(t.kindName[rule.kind] ?? rule.kind));
  return (
    <TitledSection id="gallring-regler" heading={t.rules}>
      {announcement}
      <CaptionTable
        caption={t.rulesCaption}
        columns={[t.kind, t.years, t.exempt, t.legalNote, t.status, t.actions]}
        rows={rules}
        striped
        row={(rule) => (
          <Table.Tr key={rule.id}>
            <Table.Th scope="row">{t.kindName[rule.kind] ?? rule.kind}</Table.Th>
            <Table.Td>{formatNumber(rule.years)}</Table.Td>
            <Table.Td>{rule.exemptBirthDays.length > 0 ? rule.exemptBirthDays.join(', ') : t.noExempt}</Table.Td>
            <Table.Td style={{ maxWidth: '32rem' }}>{rule.legalNote}</Table.Td>
            <Table.Td>{rule.confirmed && rule.updatedBy ? t.confirmedBy(rule.updatedBy.name, formatMoment(rule.updatedAt)) : t.unconfirmed}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="outline"
                color="blue.9"
                onClick={() => open(rule)}
              >
                {t.edit}
                <VisuallyHidden> {t.kindName[rule.kind] ?? rule.kind}</VisuallyHidden>
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing ? t.editTitle(t.kindName[editing.kind] ?? editing.kind) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': adminText.closeDialog }}
      >
        {editing && <RuleForm rule={editing} onCancel={close} onSaved={() => saved(editing)} />}
      </Modal>
    </TitledSection>
  );
}

/** Whole years 0–100, and the days of the month as "5, 15, 25": what the form checks before the API does. */
function parseDays(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const days = parts.map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 1 && d <= 31) ? days : null;
}

function RuleForm({ rule, onCancel, onSaved }: { rule: Rule; onCancel(): void; onSaved(): void }) {
  const [years, setYears] = useState(String(rule.years));
  const [days, setDays] = useState(rule.exemptBirthDays.join(', '));
  const [note, setNote] = useState(rule.legalNote);
  const [missing, setMissing] = useState<Partial<Record<'years' | 'exemptBirthDays' | 'legalNote', string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, save] = useMutation(SetRetentionRuleMutation);
  const apiError = (field: 'years' | 'exemptBirthDays' | 'legalNote', message: string) => (fieldError(problem, field) === undefined ? undefined : message);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const wrong: typeof missing = {};
    const n = Number(years.trim());
    if (years.trim() === '' || !Number.isInteger(n) || n < 0 || n > 100) wrong.years = t.field.years;
    const exempt = parseDays(days);
    if (exempt === null) wrong.exemptBirthDays = t.field.exempt;
    if (note.trim() === '') wrong.legalNote = t.field.legalNote;
    setMissing(wrong);
    if (Object.keys(wrong).length > 0) return;
    const result = await save({
      input: { principalId: rule.principalId, kind: rule.kind, years: n, exemptBirthDays: exempt, legalNote: note.trim(), version: rule.version },
    });
    if (result.error) return setProblem(describeProblem(result.error));
    onSaved();
  }

  const hasFieldError = problem !== null && Object.keys(problem.fields).some((f) => !f.endsWith('version'));
  return (
    <DialogForm onSubmit={submit} onCancel={onCancel} loading={fetching} cancel={adminText.cancel} confirm={adminText.save}>
      <TextInput
        label={t.years}
        description={t.yearsDescription}
        descriptionProps={{ c: 'gray.8' }}
        inputMode="numeric"
        value={years}
        onChange={(e) => setYears(e.currentTarget.value)}
        withAsterisk
        maw={200}
        error={missing.years ?? apiError('years', t.field.years)}
        data-autofocus
      />
      {rule.kind !== 'ACCESS_LOG' && (
        <TextInput
          label={t.exempt}
          description={t.exemptDescription}
          descriptionProps={{ c: 'gray.8' }}
          value={days}
          onChange={(e) => setDays(e.currentTarget.value)}
          error={missing.exemptBirthDays ?? apiError('exemptBirthDays', t.field.exempt)}
        />
      )}
      <NoteField
        label={t.legalNote}
        description={t.legalNoteDescription}
        value={note}
        onChange={setNote}
        withAsterisk
        minRows={4}
        maxLength={2000}
        error={missing.legalNote ?? apiError('legalNote', t.field.legalNote)}
      />
      {problem && !hasFieldError && <ProblemAlert problem={problem} />}
    </DialogForm>
  );
}

function RunAndReports({ principalId }: { principalId: string }) {
  const client = useClient();
  const [reports, reloadReports] = useQuery({ query: RetentionReportsQuery, variables: { principalId } });
  const [{ fetching: running }, run] = useMutation(RunRetentionMutation);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const announcer = useRef<HTMLParagraphElement>(null);
  const refreshReports = () => reloadReports({ requestPolicy: 'network-only' });

  async function showPreview() {
    setProblem(null);
    setAnnouncement('');
    setPreviewing(true);
    const result = await client.query(PreviewRetentionQuery, { principalId }, { requestPolicy: 'network-only' }).toPromise();
    setPreviewing(false);
    if (result.error) return setProblem(describeProblem(result.error));
    setPreview(result.data?.previewRetention ?? null);
    refreshReports();
  }

  async function runNow(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const result = await run({ principalId });
    setConfirming(false);
    if (result.error) return setProblem(describeProblem(result.error));
    const counts = result.data?.runRetention.counts ?? [];
    setPreview(null);
    setAnnouncement(t.ran(countOf(counts, 'PERSON_RECORDS'), countOf(counts, 'ACCESS_LOG')));
    refreshReports();
    announcer.current?.focus();
  }

  return (
    <>
      <TitledSection id="gallring-kor" heading={t.run}>
        <Stack gap="sm">
          <Text id="gallring-forhandsgranska" c="gray.8">
            {t.previewDescription}
          </Text>
          <Group>
            <Button color="blue.9" onClick={() => void showPreview()} loading={previewing} aria-describedby="gallring-forhandsgranska">
              {t.preview}
            </Button>
            <Button color="red.9" variant="outline" onClick={() => setConfirming(true)} disabled={preview === null}>
              {t.runNow}
            </Button>
          </Group>
          <Text role="status" fw={700} ref={announcer} tabIndex={-1}>
            {announcement}
          </Text>
          {problem && <ProblemAlert problem={problem} />}
          {preview && <PreviewFigures preview={preview} />}
        </Stack>
        <Modal opened={confirming} onClose={() => setConfirming(false)} title={t.confirmTitle} closeButtonProps={{ 'aria-label': adminText.closeDialog }}>
          {preview && (
            <DialogForm onSubmit={runNow} onCancel={() => setConfirming(false)} loading={running} cancel={adminText.cancel} confirm={t.confirm}>
              <Text>{t.confirmText(countOf(preview.counts, 'PERSON_RECORDS'), countOf(preview.counts, 'ACCESS_LOG'))}</Text>
            </DialogForm>
          )}
        </Modal>
      </TitledSection>
      <TitledSection id="gallring-rapporter" heading={t.reports}>
        <QueryState state={reports} reload={reloadReports}>
          {({ retentionReports }) => (
            <CaptionTable
              caption={t.reportsCaption}
              columns={[t.when, t.what, t.reportPeople, t.reportEntries, t.by, t.reason]}
              rows={retentionReports.items}
              empty={t.noReports}
              striped
              row={(report) => (
                <Table.Tr key={report.id}>
                  <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoment(report.ranAt)}
                  </Table.Th>
                  <Table.Td>{t.trigger[report.dryRun ? 'DRY_RUN' : report.trigger] ?? report.trigger}</Table.Td>
                  <Table.Td>{formatNumber(countOf(report.counts, 'PERSON_RECORDS'))}</Table.Td>
                  <Table.Td>{formatNumber(countOf(report.counts, 'ACCESS_LOG'))}</Table.Td>
                  <Table.Td>{report.ranByName === 'schedule' ? t.schedule : report.ranByName}</Table.Td>
                  <Table.Td>{report.reason ?? adminText.none}</Table.Td>
                </Table.Tr>
              )}
            />
          )}
        </QueryState>
      </TitledSection>
    </>
  );
}

function PreviewFigures({ preview }: { preview: Preview }) {
  return (
    <TitledSection id="gallring-forhandsgranskning" heading={t.previewHeading(preview.asOf)} order={3}>
      <Stack gap="sm">
        <Facts
          items={[
            [t.people, formatNumber(countOf(preview.counts, 'PERSON_RECORDS'))],
            [t.entries, formatNumber(countOf(preview.counts, 'ACCESS_LOG'))],
          ]}
        />
        <CaptionTable
          caption={t.peopleCaption}
          columns={[t.candidateId, t.lastEnded]}
          rows={preview.people}
          empty={t.noPeople}
          striped
          maw={640}
          row={(person) => (
            <Table.Tr key={person.candidateId}>
              <Table.Th scope="row">
                <code>{person.candidateId}</code>
              </Table.Th>
              <Table.Td>{person.lastPeriodEndedOn}</Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
    </TitledSection>
  );
}
