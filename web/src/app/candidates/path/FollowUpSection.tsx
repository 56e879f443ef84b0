import { Alert, Stack, Table, Text } from '@mantine/core';
import { memo, useEffect, useState, type FormEvent, type Ref } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { DateField } from '../../platform/components/DateField';
import { ChoiceRadios, NoteField, SaveInPlace } from '../../platform/components/FormParts';
import { ListPager, useFocusAfterPaging } from '../../platform/components/ListPager';
import { TitledSection } from '../../platform/components/TitledSection';
import { daysBetween, formatDate, today } from '../../platform/i18n/dates';
import { RecordFollowUpMutation, SuggestedNextFollowUpQuery, type Period, type PersonFollowUp } from './documents';
import { FormPanel } from './FormPanel';
import { personText } from './messages';

const t = personText.followUp;
const FORMS = ['MEETING', 'PHONE', 'DIGITAL'] as const;
type Form = (typeof FORMS)[number];
/** Follow-ups shown before "Visa alla", and a page after it: a long history stays cheap to draw. */
const LATEST = 5;
const PAGE = 10;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

interface FollowUpSectionProps {
  enrolment: Period;
  mayRecord: boolean;
  onChanged(): void;
}

/** The weekly follow-up: when the next is due (overdue said in words), the form to record one, and those held. */
export function FollowUpSection({ enrolment, mayRecord, onChanged }: FollowUpSectionProps) {
  const due = enrolment.nextFollowUpDue;
  return (
    <TitledSection id="uppfoljning" heading={t.heading}>
      <Stack gap="md">
        {due && enrolment.followUpOverdue ? (
          <Alert color="red.9" variant="outline" p="xs">
            <Text fw={700} c="red.9">
              {t.overdue(formatDate(due), daysBetween(due, today()))}
            </Text>
          </Alert>
        ) : (
          <Text fw={700}>{due ? t.due(formatDate(due)) : t.noneDue}</Text>
        )}
        {mayRecord && <RecordFollowUpForm enrolmentId={enrolment.id} onRecorded={onChanged} />}
        <FollowUpList followUps={enrolment.followUps} />
      </Stack>
    </TitledSection>
  );
}

/**
 * One form: held on (today), form, summary and the next date, which the API suggests for the day held (a week on, or
 * the working day before a weekend or holiday); changing the day held asks again.
 */
function RecordFollowUpForm({ enrolmentId, onRecorded }: { enrolmentId: string; onRecorded(): void }) {
  const [heldOn, setHeldOn] = useState(today);
  const [form, setForm] = useState<Form>('MEETING');
  const [summary, setSummary] = useState('');
  const [nextOn, setNextOn] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [suggestion] = useQuery({ query: SuggestedNextFollowUpQuery, variables: { heldOn }, pause: !isDate(heldOn) });
  const suggested = suggestion.data?.suggestedNextFollowUpOn;
  const [{ fetching }, record] = useMutation(RecordFollowUpMutation);

  useEffect(() => {
    if (suggested) setNextOn(suggested);
  }, [suggested]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  async function save() {
    setProblem(null);
    setAnnouncement('');
    const result = await record({ input: { enrolmentId, heldOn, form, summary, nextOn } });
    if (result.error) return setProblem(describeProblem(result.error));
    setSummary('');
    setAnnouncement(t.saved);
    onRecorded();
  }

  return (
    <FormPanel id="registrera-uppfoljning" heading={t.formHeading} onSubmit={submit}>
      <Stack gap="md">
        <DateField label={t.heldOn} value={heldOn} onChange={setHeldOn} maxDate={today()} error={fieldError(problem, 'heldOn')} required />
        <ChoiceRadios label={t.form} choices={FORMS} labels={t.formValue} value={form} onChange={setForm} error={fieldError(problem, 'form')} />
        <NoteField label={t.summary} description={t.summaryDescription} value={summary} onChange={setSummary} required error={fieldError(problem, 'summary')} />
        <DateField
          label={t.nextOn}
          description={suggestion.fetching ? t.suggesting : t.nextOnDescription}
          value={nextOn}
          onChange={setNextOn}
          error={fieldError(problem, 'nextOn')}
          required
        />
        <SaveInPlace problem={problem} onRetry={() => void save()} submit={t.submit} loading={fetching} announcement={announcement} />
      </Stack>
    </FormPanel>
  );
}

/**
 * The follow-ups held, newest first: the latest few, and all of them a page at a time in a disclosure drawn only
 * once opened, so a long history costs nothing until asked for (and adds no button for someone who only reads).
 */
const FollowUpList = memo(function FollowUpList({ followUps }: { followUps: readonly PersonFollowUp[] }) {
  const [all, setAll] = useState(false);
  return (
    <TitledSection id="hallna-uppfoljningar" heading={t.listHeading} order={3}>
      {followUps.length === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <Stack gap="xs">
          <FollowUpTable caption={t.latestCaption} rows={followUps.slice(0, LATEST)} />
          {followUps.length > LATEST && (
            <details onToggle={(e) => setAll(e.currentTarget.open)}>
              <summary>
                <Text span fw={700} c="blue.9">
                  {t.showAll(followUps.length)}
                </Text>
              </summary>
              {all && <AllFollowUps followUps={followUps} />}
            </details>
          )}
        </Stack>
      )}
    </TitledSection>
  );
});

function AllFollowUps({ followUps }: { followUps: readonly PersonFollowUp[] }) {
  const [page, setPage] = useState(1);
  const { ref, focusWhenLoaded } = useFocusAfterPaging<HTMLTableElement>(true);
  const pages = Math.max(1, Math.ceil(followUps.length / PAGE));
  return (
    <Stack gap="xs" mt="xs">
      <FollowUpTable tableRef={ref} caption={t.caption(page, pages)} rows={followUps.slice((page - 1) * PAGE, page * PAGE)} />
      <ListPager
        label={t.pagesLabel}
        page={page}
        pages={pages}
        onChange={(p) => {
          setPage(p);
          focusWhenLoaded();
        }}
      />
    </Stack>
  );
}

function FollowUpTable({ caption, rows, tableRef }: { caption: string; rows: readonly PersonFollowUp[]; tableRef?: Ref<HTMLTableElement> }) {
  return (
    <CaptionTable
      caption={caption}
      columns={[t.heldOn, t.form, t.summary, t.by, t.next]}
      rows={rows}
      minWidth={640}
      plain
      striped
      tableRef={tableRef}
      tabIndex={tableRef ? -1 : undefined}
      row={(f) => (
        <Table.Tr key={f.id}>
          <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
            {formatDate(f.heldOn)}
          </Table.Th>
          <Table.Td>{t.formValue[f.form] ?? f.form}</Table.Td>
          <Table.Td>{f.summary}</Table.Td>
          <Table.Td>{f.by.name}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(f.nextOn)}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
