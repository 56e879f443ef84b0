import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../../platform/api/errors';
import { ChoiceRadios, NoteField, SaveInPlace } from '../../platform/components/FormParts';
import { LogContactMutation } from './documents';
import { cardText } from './messages';
import { SkillNeedRow, type NeedDraft } from './SkillNeedRow';

const t = cardText.log;

/** The ContactKind enum in the order a business developer meets employers most. */
const KINDS = ['VISIT', 'PHONE', 'MEETING', 'EMAIL', 'EVENT'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The next follow-up starts two weeks ahead: a logged contact without a date never shows in "Mina uppföljningar",
 * so the safe default keeps the employer on the list, and emptying the field is one keystroke when none is needed.
 */
function twoWeeksAhead(): string {
  return dayjs().add(14, 'day').format('YYYY-MM-DD');
}

let nextKey = 1;

/** "Logga kontakt": what happened, what was agreed, when to follow up and what staff the employer needs, in one form. */
export function LogContactForm({ employerId, onLogged }: { employerId: string; onLogged(): void }) {
  const [kind, setKind] = useState<Kind>('VISIT');
  const [summary, setSummary] = useState('');
  const [followUpOn, setFollowUpOn] = useState<string | null>(twoWeeksAhead);
  const [needs, setNeeds] = useState<NeedDraft[]>([]);
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** Rows whose occupation was typed but not picked from the list: the API needs a concept id */
  const [unpicked, setUnpicked] = useState<number[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [{ fetching }, log] = useMutation(LogContactMutation);
  const addButton = useRef<HTMLButtonElement>(null);

  function addNeed() {
    const key = nextKey++;
    setNeeds((rows) => [...rows, { key, occupation: null, headcount: 1, neededBy: null }]);
    setAddedKey(key);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  async function save() {
    setAnnouncement('');
    setProblem(null);
    const missing = needs.filter((n) => !n.occupation).map((n) => n.key);
    setUnpicked(missing);
    if (missing.length > 0) return;
    const result = await log({
      input: {
        employerId,
        kind,
        summary,
        nextFollowUpOn: followUpOn ?? undefined,
        skillNeeds: needs.map((n) => ({
          occupationConceptId: n.occupation!.id,
          headcount: typeof n.headcount === 'number' ? n.headcount : Number(n.headcount) || 0,
          neededBy: n.neededBy ?? undefined,
        })),
      },
    });
    // what was typed stays when it did not go through (the network, a field to correct)
    if (result.error) return setProblem(describeProblem(result.error));
    setKind('VISIT');
    setSummary('');
    setFollowUpOn(twoWeeksAhead());
    setNeeds([]);
    setAddedKey(null);
    setAnnouncement(t.saved);
    onLogged();
  }

  const needErrors = (index: number, key: number) => ({
    occupation: unpicked.includes(key) ? t.occupationPick : fieldError(problem, `skillNeeds.${index}.occupationConceptId`),
    headcount: fieldError(problem, `skillNeeds.${index}.headcount`),
    neededBy: fieldError(problem, `skillNeeds.${index}.neededBy`),
  });

  return (
    <section aria-labelledby="logga-kontakt">
      <Title order={2} id="logga-kontakt" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="logga-kontakt">
          <Stack gap="md">
            <ChoiceRadios label={t.kind} choices={KINDS} labels={cardText.kind} value={kind} onChange={setKind} error={fieldError(problem, 'kind')} />
            <NoteField label={t.summary} description={t.summaryDescription} value={summary} onChange={setSummary} required error={fieldError(problem, 'summary')} />
            <DateInput
              label={t.nextFollowUp}
              description={t.nextFollowUpDescription}
              descriptionProps={{ c: 'gray.8' }}
              value={followUpOn}
              onChange={setFollowUpOn}
              valueFormat="YYYY-MM-DD"
              placeholder={cardText.datePlaceholder}
              clearable
              clearButtonProps={{ 'aria-label': t.clearDate }}
              error={fieldError(problem, 'nextFollowUpOn')}
              w={340}
            />
            <Stack gap="xs">
              <Text fw={500} size="sm">
                {t.skillNeedsLegend}
              </Text>
              <Text size="sm" c="gray.8">
                {t.skillNeedsHint}
              </Text>
              {needs.map((need, index) => (
                <SkillNeedRow
                  key={need.key}
                  need={need}
                  number={index + 1}
                  autoFocus={need.key === addedKey}
                  errors={needErrors(index, need.key)}
                  onChange={(changed) => setNeeds((rows) => rows.map((r) => (r.key === need.key ? changed : r)))}
                  onRemove={() => {
                    setNeeds((rows) => rows.filter((r) => r.key !== need.key));
                    // the row's button is gone: focus goes where the next row would be added
                    addButton.current?.focus();
                  }}
                />
              ))}
              <Group>
                <Button ref={addButton} variant="outline" color="blue.9" size="sm" onClick={addNeed}>
                  {t.addNeed}
                </Button>
              </Group>
            </Stack>
            <SaveInPlace problem={problem} onRetry={() => void save()} submit={t.submit} loading={fetching} announcement={announcement} />
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
