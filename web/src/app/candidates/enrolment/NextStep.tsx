import { Button, Checkbox, Group, List, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { DateField } from '../../platform/components/DateField';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate, today } from '../../platform/i18n/dates';
import { mayUse, useViewer } from '../../platform/session/session';
import type { ResultOf } from '../../platform/graphql';
import { ChooseSectorMutation, NextStepQuery, RecordFirstMeetingMutation, StartPlanMutation, StartPlanningWeekMutation } from './documents';
import { enrolText } from './messages';
import { sv } from '../../platform/i18n/sv';

const t = enrolText.steps;

type Step = 'firstMeeting' | 'plan' | 'planningWeek' | 'sector';
type Enrolment = ResultOf<typeof NextStepQuery>['candidate']['enrolments'][number];

/** The mutation behind each step: a step the viewer may not take is not offered. */
const OPERATION: Record<Step, string> = {
  firstMeeting: 'recordFirstMeeting',
  plan: 'startPlan',
  planningWeek: 'startPlanningWeek',
  sector: 'chooseSector',
};

function isDone(step: Step, e: Enrolment): boolean {
  if (step === 'firstMeeting') return e.firstMeetingOn !== null;
  if (step === 'plan') return e.plan !== null;
  if (step === 'planningWeek') return e.planningWeekStartOn !== null;
  return e.sectorChosenOn !== null;
}

const STEPS: readonly Step[] = ['firstMeeting', 'plan', 'planningWeek', 'sector'];

/**
 * The next step of the start of a person's path, as a form: the first meeting, starting the plan, the planning week,
 * the sector choice. Shown after enrolment and on the person's page, for the person's open enrolment period; each
 * step done says the working days the rules count (plan within 1, sector within 5). Nothing is shown to a viewer who
 * may take none of the steps for this person (their role, or a principal they only read for).
 */
export function NextStep({ candidateId, onChanged }: { candidateId: string; onChanged: () => void }) {
  const viewer = useViewer();
  const allowed = STEPS.filter((step) => mayUse(viewer, OPERATION[step]));
  if (allowed.length === 0) return null;
  return <NextStepFor candidateId={candidateId} onChanged={onChanged} allowed={allowed} />;
}

function NextStepFor({ candidateId, onChanged, allowed }: { candidateId: string; onChanged: () => void; allowed: Step[] }) {
  const [{ data, error }, reload] = useQuery({ query: NextStepQuery, variables: { id: candidateId }, requestPolicy: 'network-only' });
  const [saved, setSaved] = useState('');
  const [justSaved, setJustSaved] = useState(false);
  const sectors = useMemo(
    () => (data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })).sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    [data],
  );

  if (error) return <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const enrolment = data.candidate.enrolments.find((e) => e.exitOn === null);
  if (!enrolment || !data.viewer.writablePrincipalIds.includes(enrolment.principalId)) return null;
  const next = STEPS.find((step) => !isDone(step, enrolment)) ?? null;

  function done(message: string) {
    setSaved(message);
    setJustSaved(true);
    reload({ requestPolicy: 'network-only' });
    onChanged();
  }

  const form = next && allowed.includes(next) ? next : null;
  return (
    <Stack gap="md" component="section" aria-labelledby="nasta-steg">
      <Title order={2} id="nasta-steg">
        {t.heading}
      </Title>
      <Text c="gray.8">{t.intro}</Text>
      <List type="ordered" aria-label={t.list} spacing="xs">
        {STEPS.map((step) => (
          <List.Item key={step}>
            <Text span fw={700}>
              {t[step]}
            </Text>
            {': '}
            {isDone(step, enrolment) ? `${t.done}. ${doneText(step, enrolment)}` : step === next ? t.next : t.later}
          </List.Item>
        ))}
      </List>
      <div role="status">{saved && <Text fw={700}>{saved}</Text>}</div>
      {!next && <AllDone focus={justSaved} />}
      {form === 'firstMeeting' && <FirstMeetingForm enrolment={enrolment} onDone={done} focus={justSaved} />}
      {form === 'plan' && <PlanForm enrolment={enrolment} sectors={sectors} onDone={done} focus={justSaved} />}
      {form === 'planningWeek' && <PlanningWeekForm enrolment={enrolment} onDone={done} focus={justSaved} />}
      {form === 'sector' && <SectorForm enrolment={enrolment} sectors={sectors} teams={data.teams} onDone={done} focus={justSaved} />}
    </Stack>
  );
}

/** The path's start is done; after its last step the words take the focus, the form having gone. */
function AllDone({ focus }: { focus: boolean }) {
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) text.current?.focus();
  }, [focus]);
  return (
    <Text ref={text} tabIndex={-1}>
      {t.allDone}
    </Text>
  );
}

function doneText(step: Step, e: Enrolment): string {
  if (step === 'firstMeeting') return t.firstMeetingDone(formatDate(e.firstMeetingOn ?? ''), e.secretary?.name ?? null);
  if (step === 'plan') return t.planDone(formatDate(e.planEstablishedOn ?? ''), e.workingDaysToPlan);
  if (step === 'planningWeek') return t.planningWeekDone(formatDate(e.planningWeekStartOn ?? ''));
  return t.sectorDone(e.sector?.name ?? '', e.team?.name ?? null, e.workingDaysToSector);
}

interface FormProps {
  enrolment: Enrolment;
  onDone(message: string): void;
  /** The form came after a step was saved: its heading takes the focus, so the keyboard goes on from there */
  focus: boolean;
}

/** One step's form: a heading, the fields, the API's problem, and the button. */
function StepForm({
  title,
  focus,
  problem,
  onSubmit,
  fetching,
  submit,
  children,
}: {
  title: string;
  focus: boolean;
  problem: Problem | null;
  onSubmit(): void;
  fetching: boolean;
  submit: string;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  function send(event: FormEvent) {
    event.preventDefault();
    if (!fetching) onSubmit();
  }
  return (
    <form onSubmit={send} noValidate aria-labelledby="steg-formular">
      <Stack gap="sm">
        <Title order={3} id="steg-formular" ref={heading} tabIndex={-1}>
          {title}
        </Title>
        {children}
        {problem && Object.keys(problem.fields).length === 0 && <ProblemAlert problem={problem} />}
        <Group>
          <Button type="submit" variant="filled" color="blue.9" aria-disabled={fetching || undefined}>
            {fetching ? t.saving : submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FirstMeetingForm({ enrolment, onDone, focus }: FormProps) {
  const [heldOn, setHeldOn] = useState(today());
  const [active, setActive] = useState(true);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, record] = useMutation(RecordFirstMeetingMutation);
  async function submit() {
    const result = await record({ input: { enrolmentId: enrolment.id, heldOn, activeJobSeeker: active } });
    if (result.error) return setProblem(describeProblem(result.error));
    onDone(t.saved.firstMeeting);
  }
  return (
    <StepForm title={t.firstMeeting} focus={focus} problem={problem} onSubmit={() => void submit()} fetching={fetching} submit={t.recordFirstMeeting}>
      <Text>{t.firstMeetingNote}</Text>
      <DateField label={t.heldOn} value={heldOn} onChange={setHeldOn} withAsterisk maxDate={today()} error={fieldError(problem, 'heldOn')} />
      <Checkbox label={t.activeJobSeeker} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </StepForm>
  );
}

function PlanForm({ enrolment, sectors, onDone, focus }: FormProps & { sectors: Array<{ value: string; label: string }> }) {
  const [kind, setKind] = useState<'LABOUR_MARKET' | 'STUDY'>('LABOUR_MARKET');
  const [establishedOn, setEstablishedOn] = useState(today());
  const [goal, setGoal] = useState('');
  const [goalSectorId, setGoalSectorId] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, start] = useMutation(StartPlanMutation);
  const late = enrolment.workingDaysSinceFirstContact > 1;
  async function submit() {
    const result = await start({
      input: { enrolmentId: enrolment.id, kind, establishedOn, goalDescription: goal.trim() || undefined, goalSectorId: goalSectorId ?? undefined },
    });
    if (result.error) return setProblem(describeProblem(result.error));
    onDone(t.saved.plan);
  }
  return (
    <StepForm title={t.plan} focus={focus} problem={problem} onSubmit={() => void submit()} fetching={fetching} submit={t.startPlan}>
      <Text fw={late ? 700 : undefined}>{t.planDue(formatDate(enrolment.planDueOn), late)}</Text>
      <Select
        label={t.kind}
        data={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))}
        value={kind}
        onChange={(value) => value && setKind(value as 'LABOUR_MARKET' | 'STUDY')}
        allowDeselect={false}
        error={fieldError(problem, 'kind')}
        w={300}
      />
      <DateField
        label={t.establishedOn}
        value={establishedOn}
        onChange={setEstablishedOn}
        withAsterisk
        maxDate={today()}
        error={fieldError(problem, 'establishedOn')}
      />
      <Textarea
        label={t.goal}
        description={t.goalDescription}
        descriptionProps={{ c: 'gray.8' }}
        value={goal}
        onChange={(e) => setGoal(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
        error={fieldError(problem, 'goalDescription')}
      />
      <Select
        label={t.goalSector}
        data={sectors}
        value={goalSectorId}
        onChange={setGoalSectorId}
        searchable
        clearable
        nothingFoundMessage={t.noSectorFound}
        error={fieldError(problem, 'goalSectorId')}
        w={360}
      />
    </StepForm>
  );
}

function PlanningWeekForm({ enrolment, onDone, focus }: FormProps) {
  const [startOn, setStartOn] = useState(today());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, start] = useMutation(StartPlanningWeekMutation);
  async function submit() {
    const result = await start({ input: { enrolmentId: enrolment.id, startOn } });
    if (result.error) return setProblem(describeProblem(result.error));
    onDone(t.saved.planningWeek);
  }
  return (
    <StepForm title={t.planningWeek} focus={focus} problem={problem} onSubmit={() => void submit()} fetching={fetching} submit={t.startPlanningWeek}>
      <DateField label={t.startOn} value={startOn} onChange={setStartOn} withAsterisk maxDate={today()} error={fieldError(problem, 'startOn')} />
    </StepForm>
  );
}

type Team = ResultOf<typeof NextStepQuery>['teams'][number];

function SectorForm({ enrolment, sectors, teams, onDone, focus }: FormProps & { sectors: Array<{ value: string; label: string }>; teams: Team[] }) {
  const [sectorId, setSectorId] = useState<string | null>(null);
  const [chosenOn, setChosenOn] = useState(today());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [missing, setMissing] = useState(false);
  const [{ fetching }, choose] = useMutation(ChooseSectorMutation);
  const team = sectorId ? teams.find((x) => x.sectorId === sectorId && x.servedPrincipalIds.includes(enrolment.principalId)) : undefined;
  async function submit() {
    if (!sectorId) return setMissing(true);
    const result = await choose({ input: { enrolmentId: enrolment.id, sectorId, chosenOn } });
    if (result.error) return setProblem(describeProblem(result.error));
    const chosen = result.data?.chooseSector;
    onDone(t.saved.sector(chosen?.sector?.name ?? '', chosen?.team?.name ?? null));
  }
  return (
    <StepForm title={t.sector} focus={focus} problem={problem} onSubmit={() => void submit()} fetching={fetching} submit={t.chooseSector}>
      <Text>{t.sectorDue(formatDate(enrolment.sectorDueOn))}</Text>
      <Select
        label={t.chosenSector}
        description={team ? t.sectorTeam(team.name) : t.sectorNote}
        descriptionProps={{ c: 'gray.8' }}
        data={sectors}
        value={sectorId}
        onChange={(value) => {
          setSectorId(value);
          setMissing(false);
        }}
        searchable
        withAsterisk
        nothingFoundMessage={t.noSectorFound}
        error={missing ? sv.errors.field.required : fieldError(problem, 'sectorId')}
        w={360}
      />
      <DateField label={t.chosenOn} value={chosenOn} onChange={setChosenOn} withAsterisk maxDate={today()} error={fieldError(problem, 'chosenOn')} />
    </StepForm>
  );
}
