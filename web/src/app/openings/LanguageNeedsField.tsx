import { Button, Fieldset, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SearchPicker } from '../platform/components/SearchPicker';
import type { FormOptions } from './documents';
import { MAX_LANGUAGE_NEEDS, SWEDISH_LANGUAGE_ID, type LanguageNeedValue } from './form-model';
import { openingsText } from './messages';

const f = openingsText.form;
/** JobTech's language levels, lowest first (src/candidates/language-levels.ts): the list offers them in this order. */
const LEVEL_ORDER = ['HDaX_cNJ_ez2', 'qJUb_5Qz_ibL', 'uAwX_sU9_yuf', 'jy9z_V9P_fQQ'];
const rank = (id: string) => (LEVEL_ORDER.includes(id) ? LEVEL_ORDER.indexOf(id) : LEVEL_ORDER.length);

interface LanguageNeedsFieldProps {
  needs: LanguageNeedValue[];
  onChange(needs: LanguageNeedValue[]): void;
  /** The field's message by its API name: the list's (`languageNeeds`) or a row's (`languageNeeds.0.reason`) */
  err(field: string): string | undefined;
  levels: FormOptions['languageLevels']['items'] | undefined;
}

/**
 * The languages other than Swedish the work needs: rows added and removed, each with a language searched in JobTech's
 * languages, the lowest level that will do, and the reason, which is required (docs/rules.md: a language may be
 * required only when the work needs it). Swedish is not offered: it is the minimum Swedish level.
 */
export function LanguageNeedsField({ needs, onChange, err, levels }: LanguageNeedsFieldProps) {
  const descriptionId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  // the row just added takes the focus; a row removed gives it to the button that adds one
  const [added, setAdded] = useState<number | null>(null);
  const [removed, setRemoved] = useState(0);
  useEffect(() => {
    if (removed) addRef.current?.focus();
  }, [removed]);
  const levelOptions = useMemo(
    () => [{ value: '', label: f.chooseLevel }, ...[...(levels ?? [])].sort((a, b) => rank(a.id) - rank(b.id)).map((l) => ({ value: l.id, label: l.label }))],
    [levels],
  );
  const listError = err('languageNeeds');

  function change(key: number, patch: Partial<LanguageNeedValue>) {
    onChange(needs.map((need) => (need.key === key ? { ...need, ...patch } : need)));
  }
  function add() {
    const key = Math.max(-1, ...needs.map((n) => n.key)) + 1;
    setAdded(key);
    onChange([...needs, { key, language: null, minLevelConceptId: null, reason: '' }]);
  }
  function remove(key: number) {
    onChange(needs.filter((need) => need.key !== key));
    setRemoved((n) => n + 1);
  }

  return (
    <Fieldset legend={f.languages} variant="unstyled" styles={{ legend: { fontWeight: 700 } }} aria-describedby={descriptionId}>
      <Stack gap="sm">
        <Text id={descriptionId} size="sm" c="gray.8">
          {f.languagesDescription}
          {listError && (
            <Text span display="block" c="red.9" fw={700} mt={4}>
              {listError}
            </Text>
          )}
        </Text>
        {needs.length === 0 ? (
          <Text size="sm" c="gray.8">
            {f.noLanguages}
          </Text>
        ) : (
          needs.map((need, i) => {
            const field = `languageNeeds.${i}`;
            return (
              <Fieldset key={need.key} legend={f.languageNeed(i + 1)} styles={{ legend: { fontWeight: 700 } }} p="sm">
                <Stack gap="xs">
                  <Group align="flex-start" gap="sm" wrap="wrap">
                    <div style={{ width: 300 }}>
                      <SearchPicker
                        label={f.language}
                        description={f.languageDescription}
                        source={{ conceptType: 'language' }}
                        value={need.language}
                        onPick={(language) => change(need.key, { language })}
                        exclude={[SWEDISH_LANGUAGE_ID, ...needs.filter((n) => n.key !== need.key && n.language).map((n) => n.language!.id)]}
                        nothingFound={f.noLanguageFound}
                        error={err(`${field}.languageConceptId`)}
                        autoFocus={added === need.key}
                        required
                      />
                    </div>
                    <NativeSelect
                      label={f.languageLevel}
                      data={levelOptions}
                      value={need.minLevelConceptId ?? ''}
                      onChange={(e) => change(need.key, { minLevelConceptId: e.currentTarget.value || null })}
                      error={err(`${field}.minLevelConceptId`)}
                      required
                      w={180}
                    />
                  </Group>
                  <Textarea
                    label={f.languageReason}
                    value={need.reason}
                    onChange={(e) => change(need.key, { reason: e.currentTarget.value })}
                    autosize
                    minRows={2}
                    maxLength={1000}
                    error={err(`${field}.reason`)}
                    required
                  />
                  <Group>
                    <Button variant="outline" color="blue.9" size="xs" onClick={() => remove(need.key)} aria-label={f.removeLanguage(i + 1)}>
                      {f.remove}
                    </Button>
                  </Group>
                </Stack>
              </Fieldset>
            );
          })
        )}
        <Group gap="sm">
          <Button ref={addRef} variant="outline" color="blue.9" onClick={add} disabled={needs.length >= MAX_LANGUAGE_NEEDS}>
            {f.addLanguage}
          </Button>
          {needs.length >= MAX_LANGUAGE_NEEDS && (
            <Text size="sm" c="gray.8">
              {f.maxLanguages}
            </Text>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
