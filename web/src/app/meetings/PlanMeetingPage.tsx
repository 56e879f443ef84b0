import { Button, Checkbox, Group, MultiSelect, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { NoteField } from '../platform/components/FormParts';
import { AnchorLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { SearchPicker, type Picked } from '../platform/components/SearchPicker';
import { today } from '../platform/i18n/dates';
import { useViewer } from '../platform/session/session';
import { EmployerOpeningsQuery, MeetingChoicesQuery, MeetingVenuesQuery, PlanMeetingMutation, type MeetingChoices } from './documents';
import { toInstant } from './format';
import { mt, type MeetingFormatValue } from './messages';
import { meetingProblem } from './problems';
import { VenueDialog } from './VenueDialog';

const t = mt.form;
const descriptionProps = { c: 'gray.8' };

interface Values {
  title: string;
  teamId: string | null;
  principalId: string | null;
  date: string;
  startTime: string;
  endTime: string;
  format: MeetingFormatValue;
  venueId: string | null;
  onlineUrl: string;
  staff: string[];
  notes: string;
}

interface EmployerChoice extends Picked {
  openingIds: string[];
}

/** "Planera rekryteringsträff": who organises it for which municipality, when and where, who is responsible, and which employers bring which openings. */
export function PlanMeetingPage() {
  const [choices, reloadChoices] = useQuery({ query: MeetingChoicesQuery });
  return (
    <Page title={t.title} intro={t.intro}>
      <Group>
        <AnchorLink to="/moten">{t.back}</AnchorLink>
      </Group>
      {choices.error && <ProblemAlert problem={describeProblem(choices.error)} onRetry={() => reloadChoices({ requestPolicy: 'network-only' })} />}
      {choices.fetching && !choices.data && <PageLoader />}
      {choices.data && <PlanMeetingForm choices={choices.data} />}
    </Page>
  );
}

function PlanMeetingForm({ choices }: { choices: MeetingChoices }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const sectorTeams = choices.teams.filter((team) => team.sectorId);
  const mine = sectorTeams.filter((team) => team.members.some((m) => m.userId === viewer.userId));
  const teams = (mine.length > 0 ? mine : sectorTeams).map((team) => ({ value: team.id, label: team.name }));
  const names = new Map(choices.organisations.map((o) => [o.id, o.name]));
  const writable = viewer.writablePrincipalIds.filter((id) => names.has(id)).map((id) => ({ value: id, label: names.get(id)! }));

  const [values, setValues] = useState<Values>({
    title: '',
    teamId: teams.length === 1 ? teams[0]!.value : null,
    principalId: null,
    date: dayjs(today()).add(7, 'day').format('YYYY-MM-DD'),
    startTime: '09:00',
    endTime: '12:00',
    format: 'PHYSICAL',
    venueId: null,
    onlineUrl: '',
    staff: [viewer.userId],
    notes: '',
  });
  const [employers, setEmployers] = useState<EmployerChoice[]>([]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [venueOpen, setVenueOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const venueButton = useRef<HTMLButtonElement>(null);
  const [venues, reloadVenues] = useQuery({ query: MeetingVenuesQuery, variables: {} });
  const [{ fetching }, plan] = useMutation(PlanMeetingMutation);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const team = sectorTeams.find((x) => x.id === values.teamId);
  const principals = (team?.servedPrincipalIds ?? [])
    .filter((id) => viewer.writablePrincipalIds.includes(id))
    .map((id) => ({ value: id, label: names.get(id) ?? id }));
  const staff = useMemo(() => {
    const seen = new Map<string, string>();
    for (const member of team?.members ?? []) if (member.user.active) seen.set(member.userId, member.user.name);
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  }, [team]);
  const venueOptions = (venues.data?.meetingVenues ?? []).map((v) => ({ value: v.id, label: t.venueOption(v.name, v.city, v.capacity) }));
  const atVenue = values.format !== 'DIGITAL';
  const online = values.format !== 'PHYSICAL';

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!values.title.trim()) found.title = t.required;
    if (!values.teamId) found.teamId = t.required;
    if (!values.principalId) found.principalId = t.required;
    if (!values.date) found.date = t.required;
    const startsAt = toInstant(values.date, values.startTime);
    const endsAt = toInstant(values.date, values.endTime);
    if (!startsAt) found.startsAt = t.required;
    if (!endsAt) found.endsAt = t.required;
    else if (startsAt && endsAt <= startsAt) found.endsAt = t.timeOrder;
    if (atVenue && !values.venueId) found.venueId = t.required;
    if (online && !values.onlineUrl.trim()) found.onlineUrl = t.required;
    if (values.staff.length === 0) found.responsibleUserIds = t.required;
    employers.forEach((e, i) => {
      if (e.openingIds.length === 0) found[`employers.${i}`] = t.pickOpening;
    });
    return found;
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const found = check();
    setMissing(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    const result = await plan({
      input: {
        teamId: values.teamId!,
        principalId: values.principalId!,
        title: values.title.trim(),
        startsAt: toInstant(values.date, values.startTime)!,
        endsAt: toInstant(values.date, values.endTime)!,
        venueId: atVenue ? values.venueId : undefined,
        onlineUrl: online ? values.onlineUrl.trim() : undefined,
        responsibleUserIds: values.staff,
        employers: employers.map((e) => ({ employerId: e.id, openingIds: e.openingIds })),
        notes: values.notes.trim() || undefined,
      },
    });
    if (result.error) return setProblem(meetingProblem(result.error));
    if (result.data) void navigate({ to: '/moten/$meetingId', params: { meetingId: result.data.planMeeting.id } });
  }

  /** The field's own check, else the API's message for it (a double booking names input.venueId or input.responsibleUserIds.N). */
  const error = (field: string) => missing[field] ?? fieldError(problem, field) ?? prefixed(problem, `input.${field}.`);
  if (teams.length === 0) return <Text>{t.noTeams}</Text>;

  return (
    <form onSubmit={submit} noValidate aria-label={t.title}>
      <Stack gap="md">
        <div role="status" className="visually-hidden">
          {announcement}
        </div>
        <TextInput
          label={t.titleField}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={error('title')}
          maxLength={200}
          withAsterisk
        />
        <Group grow align="flex-start">
          <Select
            label={t.team}
            data={teams}
            value={values.teamId}
            onChange={(v) => setValues((x) => ({ ...x, teamId: v, principalId: null }))}
            error={error('teamId')}
            withAsterisk
            allowDeselect={false}
          />
          <Select
            label={t.principal}
            data={principals}
            value={values.principalId}
            onChange={(v) => set('principalId', v)}
            error={error('principalId')}
            withAsterisk
            allowDeselect={false}
          />
        </Group>
        <Group align="flex-start">
          <DateField label={t.date} value={values.date} onChange={(v) => set('date', v)} error={error('date')} withAsterisk />
          <TextInput
            type="time"
            label={t.startTime}
            description={t.timeDescription}
            descriptionProps={descriptionProps}
            value={values.startTime}
            onChange={(e) => set('startTime', e.currentTarget.value)}
            error={error('startsAt')}
            withAsterisk
            w={140}
          />
          <TextInput
            type="time"
            label={t.endTime}
            description={t.timeDescription}
            descriptionProps={descriptionProps}
            value={values.endTime}
            onChange={(e) => set('endTime', e.currentTarget.value)}
            error={error('endsAt')}
            withAsterisk
            w={140}
          />
        </Group>
        <Radio.Group label={t.format} value={values.format} onChange={(v) => set('format', v as MeetingFormatValue)}>
          <Group gap="lg" mt="xs">
            {(['PHYSICAL', 'PARTLY_DIGITAL', 'DIGITAL'] as const).map((f) => (
              <Radio key={f} value={f} label={mt.format[f]} />
            ))}
          </Group>
        </Radio.Group>
        {atVenue && (
          <Group align="flex-end" gap="sm">
            <Select
              label={t.venue}
              description={venueOptions.length === 0 && !venues.fetching ? t.noVenues : t.venueDescription}
              descriptionProps={descriptionProps}
              data={venueOptions}
              value={values.venueId}
              onChange={(v) => set('venueId', v)}
              error={error('venueId') ?? (venues.error ? describeProblem(venues.error).message : undefined)}
              withAsterisk
              w={420}
            />
            <Button ref={venueButton} variant="outline" color="blue.9" onClick={() => setVenueOpen(true)}>
              {t.newVenue}
            </Button>
          </Group>
        )}
        {online && (
          <TextInput
            type="url"
            label={t.onlineUrl}
            description={t.onlineDescription}
            descriptionProps={descriptionProps}
            value={values.onlineUrl}
            onChange={(e) => set('onlineUrl', e.currentTarget.value)}
            error={error('onlineUrl')}
            maxLength={500}
            withAsterisk
          />
        )}
        <MultiSelect
          label={t.staff}
          description={t.staffDescription}
          descriptionProps={descriptionProps}
          data={staff}
          value={values.staff}
          onChange={(v) => set('staff', v)}
          error={error('responsibleUserIds')}
          withAsterisk
        />
        <EmployersField employers={employers} onChange={setEmployers} error={(i) => error(`employers.${i}`)} />
        <NoteField label={t.notes} value={values.notes} onChange={(notes) => set('notes', notes)} error={error('notes')} minRows={2} />
        {problem && <ProblemAlert problem={problem} onRetry={() => void submit()} />}
        <Group>
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.submit}
          </Button>
        </Group>
      </Stack>
      <VenueDialog
        opened={venueOpen}
        municipalities={writable}
        defaultPrincipalId={values.principalId}
        onClose={() => {
          setVenueOpen(false);
          venueButton.current?.focus();
        }}
        onCreated={(venue) => {
          setVenueOpen(false);
          reloadVenues({ requestPolicy: 'network-only' });
          set('venueId', venue.id);
          setAnnouncement(mt.venueForm.created(venue.name));
          venueButton.current?.focus();
        }}
      />
    </form>
  );
}

/** The first API message for a field under `prefix` (input.responsibleUserIds.2 for the staff field). */
function prefixed(problem: Problem | null, prefix: string): string | undefined {
  if (!problem) return undefined;
  const key = Object.keys(problem.fields).find((path) => path.startsWith(prefix));
  return key === undefined ? undefined : problem.fields[key];
}

interface EmployersFieldProps {
  employers: EmployerChoice[];
  onChange(next: EmployerChoice[]): void;
  error(index: number): string | undefined;
}

/** The employers taking part, each with the open openings it brings, ticked. */
function EmployersField({ employers, onChange, error }: EmployersFieldProps) {
  return (
    <section aria-labelledby="trff-arbetsgivare">
      <Stack gap="sm">
        <Title order={2} size="h4" id="trff-arbetsgivare">
          {t.employers}
        </Title>
        <Text size="sm" c="gray.8">
          {t.employersIntro}
        </Text>
        {employers.map((employer, i) => (
          <EmployerOpenings
            key={employer.id}
            employer={employer}
            error={error(i)}
            onChange={(openingIds) => onChange(employers.map((e) => (e.id === employer.id ? { ...e, openingIds } : e)))}
            onRemove={() => onChange(employers.filter((e) => e.id !== employer.id))}
          />
        ))}
        <SearchPicker
          label={t.employer}
          source={{ employers: true }}
          value={null}
          clearOnPick
          exclude={employers.map((e) => e.id)}
          nothingFound={t.employerNothing}
          onPick={(picked) => picked && onChange([...employers, { ...picked, openingIds: [] }])}
        />
      </Stack>
    </section>
  );
}

function EmployerOpenings({
  employer,
  error,
  onChange,
  onRemove,
}: {
  employer: EmployerChoice;
  error?: string;
  onChange(ids: string[]): void;
  onRemove(): void;
}) {
  const [{ data, fetching }] = useQuery({ query: EmployerOpeningsQuery, variables: { employerId: employer.id } });
  const openings = data?.openings.items ?? [];
  return (
    <Group align="flex-start" justify="space-between" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}>
      <Checkbox.Group label={t.openingsOf(employer.label)} value={employer.openingIds} onChange={onChange} error={error} withAsterisk>
        <Stack gap={6} mt="xs">
          {fetching && !data && <Text size="sm">{mt.form.loadingChoices}</Text>}
          {data && openings.length === 0 && <Text size="sm">{t.noOpenings}</Text>}
          {openings.map((o) => (
            <Checkbox key={o.id} value={o.id} label={o.title} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Button variant="outline" color="red.9" size="xs" onClick={onRemove}>
        {t.removeEmployer(employer.label)}
      </Button>
    </Group>
  );
}
