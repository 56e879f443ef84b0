import { Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { describeProblem } from '../platform/api/errors';
import { useMunicipalityOptions } from '../platform/api/municipalities';
import { DateField } from '../platform/components/DateField';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { OCCUPATIONS, SearchPicker } from '../platform/components/SearchPicker';
import type { FormOptions } from './documents';
import { COMMUTE_RANGE, DEFAULT_COMMUTE_MINUTES, isInternship, type OpeningFormValues } from './form-model';
import { LanguageNeedsField } from './LanguageNeedsField';
import { openingsText } from './messages';
import { OPENING_KINDS } from './search';
import { SkillsField } from './SkillsField';

const f = openingsText.form;
/** A section's legend reads as its heading. */
const LEGEND = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } };
const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'sv');

export interface SectionProps {
  values: OpeningFormValues;
  set(patch: Partial<OpeningFormValues>): void;
  /** The field's message, the form's own check first, else the API's */
  err(field: string): string | undefined;
  creating: boolean;
  options: FormOptions | undefined;
}

/** The employer and kind (fixed once created: the API does not change them), title and occupation. */
export function BasicsSection({ values, set, err, creating }: SectionProps) {
  return (
    <Fieldset legend={creating ? f.basics : f.basicsEdit} styles={LEGEND}>
      <Stack gap="sm">
        {creating && (
          <>
            <SearchPicker label={f.employer} description={f.employerDescription} source={{ employers: true }} value={values.employer} onPick={(employer) => set({ employer })} error={err('employerId')} required />
            <Select
              label={f.kind}
              data={OPENING_KINDS.map((k) => ({ value: k, label: openingsText.kind[k] }))}
              value={values.kind}
              onChange={(kind) => set({ kind: OPENING_KINDS.find((k) => k === kind) ?? null })}
              error={err('kind')}
              required
              w={320}
            />
          </>
        )}
        <TextInput label={f.title} value={values.title} onChange={(e) => set({ title: e.currentTarget.value })} maxLength={200} error={err('title')} required />
        <SearchPicker label={f.occupation} description={f.occupationDescription} source={OCCUPATIONS} value={values.occupation} onPick={(occupation) => set({ occupation })} error={err('occupationConceptId')} required />
      </Stack>
    </Fieldset>
  );
}

/** Where the work is and when, how many places and how many hours. */
export function WhereWhenSection({ values, set, err, options }: SectionProps) {
  const municipalities = useMunicipalityOptions();
  const sectors = useMemo(() => (options?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })).sort(byLabel), [options]);
  const worktimes = (options?.worktimes.items ?? []).map((w) => ({ value: w.id, label: w.label }));
  return (
    <Fieldset legend={f.where} styles={LEGEND}>
      <Stack gap="sm">
        {municipalities.error && <ProblemAlert problem={describeProblem(municipalities.error)} onRetry={municipalities.reload} />}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select label={f.sector} description={f.sectorDescription} descriptionProps={{ c: 'gray.8' }} data={sectors} value={values.sectorId} onChange={(sectorId) => set({ sectorId })} clearable clearButtonProps={{ 'aria-label': f.clear(f.sector) }} error={err('sectorId')} w={280} />
          <Select
            label={f.municipality}
            description={f.municipalityDescription}
            descriptionProps={{ c: 'gray.8' }}
            data={municipalities.options}
            value={values.municipalityConceptId}
            onChange={(municipalityConceptId) => set({ municipalityConceptId })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': f.clear(f.municipality) }}
            nothingFoundMessage={f.nothingFound}
            error={err('municipalityConceptId')}
            w={280}
          />
        </Group>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={f.street} value={values.street} onChange={(e) => set({ street: e.currentTarget.value })} maxLength={200} error={err('street')} w={320} />
          <TextInput label={f.postalCode} value={values.postalCode} onChange={(e) => set({ postalCode: e.currentTarget.value })} maxLength={6} error={err('postalCode')} w={140} />
        </Group>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <DateField label={f.startOn} value={values.startOn} onChange={(startOn) => set({ startOn })} error={err('startOn')} required />
          <DateField label={f.applicationDeadline} value={values.applicationDeadline} onChange={(applicationDeadline) => set({ applicationDeadline })} error={err('applicationDeadline')} />
        </Group>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NumberInput label={f.places} value={values.places} onChange={(places) => set({ places })} min={1} max={1000} allowDecimal={false} allowNegative={false} error={err('places')} required w={140} />
          <NumberInput label={f.hoursPerWeek} value={values.hoursPerWeek} onChange={(hoursPerWeek) => set({ hoursPerWeek })} min={1} max={80} allowDecimal={false} allowNegative={false} error={err('hoursPerWeek')} w={160} />
          <Select label={f.worktime} data={worktimes} value={values.worktimeConceptId} onChange={(worktimeConceptId) => set({ worktimeConceptId })} clearable clearButtonProps={{ 'aria-label': f.clear(f.worktime) }} error={err('worktimeConceptId')} w={200} />
        </Group>
      </Stack>
    </Fieldset>
  );
}

/**
 * Skills with weights, driving licences, the longest commute (empty for the kind's default), a minimum Swedish level
 * and other languages, each only with the reason the work needs it.
 */
export function RequirementsSection({ values, set, err, options }: SectionProps) {
  const licences = (options?.licences.items ?? []).map((l) => ({ value: l.id, label: l.label }));
  const levels = Object.entries(openingsText.swedishLevel)
    .filter(([level]) => level !== 'NONE')
    .map(([value, label]) => ({ value, label }));
  return (
    <Fieldset legend={f.requirements} styles={LEGEND}>
      <Stack gap="md">
        <SkillsField legend={f.requiredSkills} skills={values.requiredSkills} onChange={(requiredSkills) => set({ requiredSkills })} taken={values.preferredSkills.map((s) => s.id)} error={err('requiredSkills')} />
        <SkillsField legend={f.preferredSkills} skills={values.preferredSkills} onChange={(preferredSkills) => set({ preferredSkills })} taken={values.requiredSkills.map((s) => s.id)} error={err('preferredSkills')} />
        <MultiSelect label={f.licences} data={licences} value={values.licenceIds} onChange={(licenceIds) => set({ licenceIds })} clearable clearButtonProps={{ 'aria-label': f.clear(f.licences) }} error={err('requiredLicenceConceptIds')} maw={480} />
        <NumberInput
          label={f.maxCommute}
          description={f.maxCommuteDescription(values.kind && DEFAULT_COMMUTE_MINUTES[values.kind], values.kind && openingsText.commuteDefaultFor[values.kind])}
          descriptionProps={{ c: 'gray.8' }}
          value={values.maxCommuteMinutes}
          onChange={(maxCommuteMinutes) => set({ maxCommuteMinutes })}
          min={COMMUTE_RANGE.min}
          max={COMMUTE_RANGE.max}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          error={err('maxCommuteMinutes')}
          maw={480}
        />
        <Select
          label={f.swedishLevel}
          description={f.swedishLevelDescription}
          descriptionProps={{ c: 'gray.8' }}
          placeholder={f.noSwedishLevel}
          data={levels}
          value={values.minSwedishLevel}
          onChange={(level) => set({ minSwedishLevel: (level as OpeningFormValues['minSwedishLevel']) ?? null })}
          clearable
          clearButtonProps={{ 'aria-label': f.clear(f.swedishLevel) }}
          error={err('minSwedishLevel')}
          w={280}
        />
        {values.minSwedishLevel && (
          <Textarea label={f.swedishLevelReason} value={values.swedishLevelReason} onChange={(e) => set({ swedishLevelReason: e.currentTarget.value })} autosize minRows={2} maxLength={1000} error={err('swedishLevelReason')} required />
        )}
        <LanguageNeedsField needs={values.languageNeeds} onChange={(languageNeeds) => set({ languageNeeds })} err={err} levels={options?.languageLevels.items} />
      </Stack>
    </Fieldset>
  );
}

/** Internships and workplace learning only: the workplace supervisor (handledare) and the period. */
export function SupervisorSection({ values, set, err }: SectionProps) {
  if (!isInternship(values.kind)) return null;
  return (
    <Fieldset legend={f.supervisor} styles={LEGEND}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={f.supervisorName} value={values.supervisorName} onChange={(e) => set({ supervisorName: e.currentTarget.value })} maxLength={200} error={err('supervisorName')} />
        <TextInput label={f.supervisorPhone} type="tel" value={values.supervisorPhone} onChange={(e) => set({ supervisorPhone: e.currentTarget.value })} error={err('supervisorPhone')} />
        <TextInput label={f.supervisorEmail} type="email" value={values.supervisorEmail} onChange={(e) => set({ supervisorEmail: e.currentTarget.value })} maxLength={200} error={err('supervisorEmail')} />
        <div />
        <DateField label={f.periodStartOn} value={values.periodStartOn} onChange={(periodStartOn) => set({ periodStartOn })} error={err('periodStartOn')} />
        <DateField label={f.periodEndOn} value={values.periodEndOn} onChange={(periodEndOn) => set({ periodEndOn })} error={err('periodEndOn')} />
      </SimpleGrid>
    </Fieldset>
  );
}
