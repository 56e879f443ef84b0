import { Alert, Button, Group, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { DateField } from '../../platform/components/DateField';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate, today } from '../../platform/i18n/dates';
import { ConfirmWorkExitMutation, ExitMutation, ReEnrolMutation, type Period, type Person } from './documents';
import { FormPanel } from './FormPanel';
import { personText } from './messages';

const t = personText.exit;

type Reason =
  | 'WORK_UNSUBSIDISED'
  | 'WORK_SUBSIDISED'
  | 'MUNICIPAL_LABOUR_MARKET_EMPLOYMENT'
  | 'STUDIES_STUDENT_AID'
  | 'STUDIES_OTHER'
  | 'SICKNESS_BENEFIT'
  | 'OTHER_SUPPORT'
  | 'MOVED'
  | 'UNKNOWN';

/** The reasons grouped as the secretary thinks of them: to work, to studies, other. */
const GROUPS: Array<{ group: string; items: Reason[] }> = [
  { group: t.groupWork, items: ['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED', 'MUNICIPAL_LABOUR_MARKET_EMPLOYMENT'] },
  { group: t.groupStudies, items: ['STUDIES_STUDENT_AID', 'STUDIES_OTHER'] },
  { group: t.groupOther, items: ['SICKNESS_BENEFIT', 'OTHER_SUPPORT', 'MOVED', 'UNKNOWN'] },
];
const toWork = (reason: string) => reason === 'WORK_UNSUBSIDISED' || reason === 'WORK_SUBSIDISED';

interface ExitSectionProps {
  person: Person;
  latest: Period;
  mayExit: boolean;
  mayConfirm: boolean;
  mayEnrol: boolean;
  onChanged(): void;
}

/** The exit: the form while the period is open; once ended, the reason, the one-month rule for work, and enrolling again. */
export function ExitSection({ person, latest, mayExit, mayConfirm, mayEnrol, onChanged }: ExitSectionProps) {
  const [announcement, setAnnouncement] = useState('');
  const done = (message: string) => {
    setAnnouncement(message);
    onChanged();
  };
  // enrolling again sends the identity number, which only roles that see it whole have
  const mayReEnrol = mayEnrol && !person.identityNumber.includes('*');
  return (
    <section aria-labelledby="avslut">
      <Title order={2} id="avslut" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Stack gap="md">
        {!latest.exitOn ? (
          <>
            <Text>{t.open}</Text>
            {mayExit && <ExitForm period={latest} onExited={() => done(t.saved)} />}
          </>
        ) : (
          <>
            <Text fw={700}>{t.ended(formatDate(latest.exitOn), latest.exitReason ? t.reasonValue[latest.exitReason] : '')}</Text>
            {latest.exitOutcome && <Text>{t.outcome[latest.exitOutcome]}</Text>}
            <WorkCheck period={latest} />
            {latest.workCheck === 'PENDING' && mayConfirm && <ConfirmForm period={latest} onConfirmed={() => done(t.confirmed)} />}
            {mayReEnrol && <ReEnrolForm person={person} period={latest} onEnrolled={() => done(personText.reEnrol.saved)} />}
          </>
        )}
        <Text role="status" fw={700}>
          {announcement}
        </Text>
      </Stack>
    </section>
  );
}

/** Kolada counts an exit to work only once the job has lasted one continuous month (docs/rules.md). */
function WorkCheck({ period }: { period: Period }) {
  if (period.workCheck === 'LASTED') return <Text>{t.lasted}</Text>;
  if (period.workCheck === 'ENDED_WITHIN_MONTH') return <Text>{t.endedWithinMonth(period.workEndedOn ? formatDate(period.workEndedOn) : '')}</Text>;
  if (period.workCheck !== 'PENDING' || !period.workStartedOn) return null;
  const monthOn = dayjs(period.workStartedOn).add(1, 'month').format('YYYY-MM-DD');
  return (
    <Alert color="blue" variant="light" title={t.pendingHeading}>
      <Text size="sm" c="gray.9">
        {t.pending(formatDate(period.workStartedOn), monthOn)}
      </Text>
    </Alert>
  );
}

function ExitForm({ period, onExited }: { period: Period; onExited(): void }) {
  const [exitOn, setExitOn] = useState(today);
  const [reason, setReason] = useState<Reason | ''>('');
  const [workStartedOn, setWorkStartedOn] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, exit] = useMutation(ExitMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!reason) return setProblem({ kind: 'invalid', message: personText.exit.reasonPick, fields: { reason: personText.exit.reasonPick } });
    const result = await exit({
      input: { enrolmentId: period.id, exitOn, reason, workStartedOn: toWork(reason) && workStartedOn ? workStartedOn : undefined },
    });
    if (result.error) return setProblem(describeProblem(result.error));
    onExited();
  }

  return (
    <FormPanel id="avsluta-perioden" heading={t.formHeading} onSubmit={submit}>
      <Stack gap="md">
        <DateField label={t.exitOn} value={exitOn} onChange={setExitOn} maxDate={today()} error={fieldError(problem, 'exitOn')} required />
        <NativeSelect
          label={t.reason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as Reason)}
          data={[
            { value: '', label: t.reasonPick },
            ...GROUPS.map(({ group, items }) => ({ group, items: items.map((value) => ({ value, label: t.reasonValue[value] })) })),
          ]}
          error={fieldError(problem, 'reason')}
          required
        />
        {toWork(reason) && (
          <DateField
            label={t.workStartedOn}
            description={t.workStartedDescription}
            value={workStartedOn}
            onChange={setWorkStartedOn}
            error={fieldError(problem, 'workStartedOn')}
          />
        )}
        {problem && problem.kind !== 'invalid' && <ProblemAlert problem={problem} />}
        <Group>
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.submit}
          </Button>
        </Group>
      </Stack>
    </FormPanel>
  );
}

function ConfirmForm({ period, onConfirmed }: { period: Period; onConfirmed(): void }) {
  const [ended, setEnded] = useState<'no' | 'yes'>('no');
  const [jobEndedOn, setJobEndedOn] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, confirm] = useMutation(ConfirmWorkExitMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const result = await confirm({ input: { enrolmentId: period.id, jobEndedOn: ended === 'yes' ? jobEndedOn : null } });
    if (result.error) return setProblem(describeProblem(result.error));
    onConfirmed();
  }

  return (
    <FormPanel id="hur-gick-jobbet" heading={t.confirmHeading} onSubmit={submit}>
      <Stack gap="md">
        <Radio.Group value={ended} onChange={(v) => setEnded(v as 'no' | 'yes')} label={t.confirmHeading} labelProps={{ className: 'visually-hidden' }}>
          <Group gap="lg">
            <Radio value="no" label={t.stillWorking} color="blue.9" />
            <Radio value="yes" label={t.jobEnded} color="blue.9" />
          </Group>
        </Radio.Group>
        {ended === 'yes' && <DateField label={t.jobEndedOn} value={jobEndedOn} onChange={setJobEndedOn} error={fieldError(problem, 'jobEndedOn')} required />}
        {problem && <ProblemAlert problem={problem} />}
        <Group>
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.confirm}
          </Button>
        </Group>
      </Stack>
    </FormPanel>
  );
}

/** A new period for someone who has left: enrolCandidate with the person's own record; earlier periods stay. */
function ReEnrolForm({ person, period, onEnrolled }: { person: Person; period: Period; onEnrolled(): void }) {
  const r = personText.reEnrol;
  const [firstContactOn, setFirstContactOn] = useState(today);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, enrol] = useMutation(ReEnrolMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const result = await enrol({
      input: {
        identityNumber: person.identityNumber,
        firstName: person.firstName,
        lastName: person.lastName,
        homeMunicipalityConceptId: person.homeMunicipalityConceptId,
        principalId: period.principalId,
        firstContactOn,
      },
    });
    if (result.error) return setProblem(describeProblem(result.error));
    onEnrolled();
  }

  return (
    <FormPanel id="skriv-in-igen" heading={r.heading} intro={r.intro} onSubmit={submit}>
      <Stack gap="md">
        <DateField
          label={r.firstContactOn}
          value={firstContactOn}
          onChange={setFirstContactOn}
          maxDate={today()}
          error={fieldError(problem, 'firstContactOn')}
          required
        />
        {problem && <ProblemAlert problem={problem} />}
        <Group>
          <Button type="submit" color="blue.9" loading={fetching}>
            {r.submit}
          </Button>
        </Group>
      </Stack>
    </FormPanel>
  );
}
