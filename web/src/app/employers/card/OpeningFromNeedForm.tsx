import { Button, Group, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { OCCUPATIONS, SearchPicker, type Picked } from '../../platform/components/SearchPicker';
import { CreateOpeningFromSkillNeedMutation, type SkillNeed } from './documents';
import { cardText } from './messages';

const t = cardText.needs;

const KINDS = ['JOB_UNSUBSIDISED', 'JOB_SUBSIDISED', 'INTERNSHIP', 'SFI_WORKPLACE_LEARNING'] as const;
type Kind = (typeof KINDS)[number];

export interface CreatedOpening {
  id: string;
  title: string;
  team: { name: string } | null;
}

interface OpeningFromNeedFormProps {
  need: SkillNeed;
  onCancel(): void;
  onCreated(opening: CreatedOpening): void;
}

/**
 * A skill need made into an opening: the kind is the one thing to choose; the title, start and places start from
 * the need (its occupation, needed-by date and headcount), as the API would fill them. A need logged for an
 * occupation group (SSYK-4) needs one occupation of it picked, since an opening is for one occupation.
 */
export function OpeningFromNeedForm({ need, onCancel, onCreated }: OpeningFromNeedFormProps) {
  const isGroup = need.occupation?.type !== 'occupation-name';
  const [kind, setKind] = useState<Kind | null>(null);
  const [occupation, setOccupation] = useState<Picked | null>(null);
  const [title, setTitle] = useState(isGroup ? '' : (need.occupation?.label ?? ''));
  const [titleTouched, setTitleTouched] = useState(false);
  const [startOn, setStartOn] = useState<string | null>(need.neededBy ?? null);
  const [places, setPlaces] = useState<number | string>(need.headcount);
  const [missing, setMissing] = useState<{ kind?: string; occupation?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, create] = useMutation(CreateOpeningFromSkillNeedMutation);

  function pickOccupation(picked: Picked | null) {
    setOccupation(picked);
    // the title follows the occupation until the person writes one of their own
    if (!titleTouched) setTitle(picked?.label ?? '');
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    const absent = { kind: kind ? undefined : t.kindRequired, occupation: isGroup && !occupation ? cardText.log.occupationPick : undefined };
    setMissing(absent);
    if (!kind || absent.occupation) return;
    const result = await create({
      skillNeedId: need.id,
      input: {
        kind,
        title: title.trim() || undefined,
        startOn: startOn ?? undefined,
        places: typeof places === 'number' ? places : Number(places) || undefined,
        occupationConceptId: occupation?.id,
      },
    });
    if (result.error || !result.data) return setProblem(result.error ? describeProblem(result.error) : null);
    onCreated(result.data.createOpeningFromSkillNeed);
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="sm">
        <Radio.Group label={t.kind} value={kind} onChange={(value) => setKind(value as Kind)} required error={missing.kind ?? fieldError(problem, 'kind')}>
          <Stack gap="xs" mt={6}>
            {KINDS.map((k) => (
              <Radio key={k} value={k} label={cardText.openings.kindLabel[k]} color="blue.9" />
            ))}
          </Stack>
        </Radio.Group>
        {isGroup && (
          <SearchPicker
            label={cardText.log.occupation}
            description={t.groupOccupation(need.occupation?.label ?? need.occupationConceptId)}
            source={OCCUPATIONS}
            value={occupation}
            onPick={pickOccupation}
            error={missing.occupation ?? fieldError(problem, 'occupationConceptId')}
            nothingFound={cardText.log.occupationNothing}
            required
          />
        )}
        <TextInput
          label={t.title}
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setTitleTouched(true);
          }}
          maxLength={200}
          error={fieldError(problem, 'title')}
        />
        <Group align="flex-start" gap="sm">
          <DateInput
            label={t.startOn}
            description={need.neededBy ? t.startOnDescription : undefined}
            descriptionProps={{ c: 'gray.8' }}
            value={startOn}
            onChange={setStartOn}
            valueFormat="YYYY-MM-DD"
            placeholder={cardText.datePlaceholder}
            required
            error={fieldError(problem, 'startOn')}
            w={200}
          />
          <NumberInput
            label={t.places}
            value={places}
            onChange={setPlaces}
            min={1}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            error={fieldError(problem, 'places')}
            w={140}
          />
        </Group>
        {problem && <ProblemAlert problem={problem} onRetry={() => void save()} />}
        <Group justify="flex-end">
          <Button variant="outline" color="blue.9" onClick={onCancel}>
            {t.cancel}
          </Button>
          <Button type="submit" color="blue.9" loading={fetching}>
            {t.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
