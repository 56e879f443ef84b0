import { Button, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { memo, useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { candidatesText } from '../messages';
import { Facts } from '../../platform/components/Facts';
import { focusField } from '../../platform/components/FormParts';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { TitledSection } from '../../platform/components/TitledSection';
import { UpdateTravelMutation, type Person } from './documents';
import { FormPanel } from './FormPanel';
import { personText } from './messages';

const t = personText.travel;
const MODES = ['PUBLIC_TRANSPORT', 'CAR', 'BICYCLE'] as const;
type Mode = (typeof MODES)[number];
/** The shortest and longest limit a person may state, in minutes one way (the API's COMMUTE_LIMIT_RANGE). */
const LIMIT = { min: 10, max: 180 } as const;
const MODE_ID = 'resvag-fardsatt';
const LIMIT_ID = 'resvag-langsta';

type Traveller = Pick<Person, 'id' | 'version' | 'travelMode' | 'maxCommuteMinutes'>;

interface TravelSectionProps {
  person: Traveller;
  /** Whether the viewer may change the person's travel (updateCandidate, for the person's principal) */
  mayChange: boolean;
  onChanged(): void;
}

/**
 * How the person gets to work and the longest commute they accept: the ranking estimates the commute by this mode
 * and treats one beyond the limit as a near miss. The form is there only for whom may change the person.
 */
export const TravelSection = memo(function TravelSection({ person, mayChange, onChanged }: TravelSectionProps) {
  const [announcement, setAnnouncement] = useState('');
  return (
    <TitledSection id="resvag" heading={t.heading}>
      <Stack gap="md">
        <Text size="sm">{t.intro}</Text>
        <Facts
          items={[
            [t.mode, candidatesText.travelMode[person.travelMode] ?? person.travelMode],
            [t.limit, person.maxCommuteMinutes ? t.minutes(person.maxCommuteMinutes) : t.noLimit],
          ]}
        />
        {mayChange && (
          <TravelForm
            person={person}
            onSaved={() => {
              setAnnouncement(t.saved);
              onChanged();
            }}
            onReload={onChanged}
            onEdit={() => setAnnouncement('')}
          />
        )}
        <Text role="status" fw={700}>
          {announcement}
        </Text>
      </Stack>
    </TitledSection>
  );
});

interface TravelFormProps {
  person: Traveller;
  onSaved(): void;
  /** Reads the person again (someone else changed them meanwhile) */
  onReload(): void;
  onEdit(): void;
}

function TravelForm({ person, onSaved, onReload, onEdit }: TravelFormProps) {
  const [mode, setMode] = useState<Mode>(person.travelMode);
  const [limit, setLimit] = useState<number | string>(person.maxCommuteMinutes ?? '');
  const [limitError, setLimitError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, update] = useMutation(UpdateTravelMutation);
  // the field whose message was just shown takes the focus
  const [focus, setFocus] = useState<{ id: string } | null>(null);

  // the person as read now (after saving, or after a reload) is what the form starts from
  useEffect(() => {
    setMode(person.travelMode);
    setLimit(person.maxCommuteMinutes ?? '');
  }, [person.version, person.travelMode, person.maxCommuteMinutes]);
  useEffect(() => {
    if (focus) focusField(focus.id);
  }, [focus]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const minutes = Number(limit);
    const valid = limit === '' || (Number.isInteger(minutes) && minutes >= LIMIT.min && minutes <= LIMIT.max);
    setLimitError(valid ? undefined : t.errors.limit);
    if (!valid) return setFocus({ id: LIMIT_ID });
    const result = await update({ input: { id: person.id, version: person.version, travelMode: mode, maxCommuteMinutes: limit === '' ? null : minutes } });
    if (result.error) {
      const refused = describeProblem(result.error);
      setProblem(refused);
      if (fieldError(refused, 'maxCommuteMinutes')) setFocus({ id: LIMIT_ID });
      else if (fieldError(refused, 'travelMode')) setFocus({ id: MODE_ID });
      return;
    }
    onSaved();
  }

  // the API words its refusals for developers: the form says the rule behind them
  const modeError = fieldError(problem, 'travelMode') && t.errors.car;
  const apiLimitError = fieldError(problem, 'maxCommuteMinutes') && t.errors.limit;
  return (
    <FormPanel id="andra-resvag" heading={t.formHeading} onSubmit={submit}>
      <Stack gap="md">
        <Radio.Group
          id={MODE_ID}
          label={t.mode}
          value={mode}
          onChange={(value) => {
            setMode(value as Mode);
            setProblem(null);
            onEdit();
          }}
          error={modeError}
          required
        >
          <Group gap="lg" mt={6}>
            {MODES.map((value) => (
              <Radio key={value} value={value} label={candidatesText.travelMode[value]} color="blue.9" aria-invalid={modeError ? true : undefined} />
            ))}
          </Group>
        </Radio.Group>
        <NumberInput
          id={LIMIT_ID}
          label={t.limitField}
          description={t.limitDescription}
          descriptionProps={{ c: 'gray.8' }}
          value={limit}
          onChange={(value) => {
            setLimit(value);
            setLimitError(undefined);
            onEdit();
          }}
          min={LIMIT.min}
          max={LIMIT.max}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          error={limitError ?? apiLimitError}
          w={320}
        />
        {problem && <ProblemAlert problem={problem} onReload={onReload} />}
        <Group>
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </FormPanel>
  );
}
