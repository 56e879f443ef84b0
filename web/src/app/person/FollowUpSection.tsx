import { Alert, Button, Group, Paper, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { memo, useEffect, useState, type FormEvent, type Ref } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../api/errors';
import { DateField } from '../components/DateField';
import { ListPager, useFocusAfterPaging } from '../components/ListPager';
import { ProblemAlert } from '../components/ProblemAlert';
import { daysBetween, formatDate, today } from '../i18n/dates';
import { RecordFollowUpMutation, SuggestedNextFollowUpQuery, type Period, type PersonFollowUp } from './documents';
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
    <section aria-labelledby="uppfoljning">
      <Title order={2} id="uppfoljning" size="h3" mb="sm">
        {t.heading}
      </Title>
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
    </section>
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
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="registrera-uppfoljning">
        <Title order={3} id="registrera-uppfoljning" size="h4" mb="sm">
          {t.formHeading}
        </Title>
        <Stack gap="md">
          <DateField label={t.heldOn} value={heldOn} onChange={setHeldOn} maxDate={today()} error={fieldError(problem, 'heldOn')} required />
          <Radio.Group label={t.form} value={form} onChange={(value) => setForm(value as Form)} required error={fieldError(problem, 'form')}>
            <Group gap="lg" mt={6}>
              {FORMS.map((value) => (
                <Radio key={value} value={value} label={t.formValue[value]} color="blue.9" />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t.summary}
            description={t.summaryDescription}
            descriptionProps={{ c: 'gray.8' }}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={4000}
            error={fieldError(problem, 'summary')}
          />
          <DateField
            label={t.nextOn}
            description={suggestion.fetching ? t.suggesting : t.nextOnDescription}
            value={nextOn}
            onChange={setNextOn}
            error={fieldError(problem, 'nextOn')}
            required
          />
          {problem && <ProblemAlert problem={problem} onRetry={() => void save()} />}
          <Group>
            <Button type="submit" color="blue.9" loading={fetching}>
              {t.submit}
            </Button>
          </Group>
          <Text role="status" fw={700}>
            {announcement}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The follow-ups held, newest first: the latest few, and all of them a page at a time in a disclosure drawn only
 * once opened, so a long history costs nothing until asked for (and adds no button for someone who only reads).
 */
const FollowUpList = memo(function FollowUpList({ followUps }: { followUps: readonly PersonFollowUp[] }) {
  const [all, setAll] = useState(false);
  return (
    <section aria-labelledby="hallna-uppfoljningar">
      <Title order={3} id="hallna-uppfoljningar" size="h4" mb="sm">
        {t.listHeading}
      </Title>
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
    </section>
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
    <Table.ScrollContainer minWidth={640}>
      <Table captionSide="top" striped ref={tableRef} tabIndex={tableRef ? -1 : undefined}>
        <Table.Caption c="gray.9" style={{ textAlign: 'left', fontWeight: 700 }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.heldOn}</Table.Th>
            <Table.Th scope="col">{t.form}</Table.Th>
            <Table.Th scope="col">{t.summary}</Table.Th>
            <Table.Th scope="col">{t.by}</Table.Th>
            <Table.Th scope="col">{t.next}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                {formatDate(f.heldOn)}
              </Table.Th>
              <Table.Td>{t.formValue[f.form] ?? f.form}</Table.Td>
              <Table.Td>{f.summary}</Table.Td>
              <Table.Td>{f.by.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(f.nextOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
