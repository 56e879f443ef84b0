import { Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { SearchPicker } from '../platform/components/SearchPicker';
import type { SkillValue } from './form-model';
import { openingsText } from './messages';

const f = openingsText.form;
const WEIGHTS = ['1', '2', '3', '4', '5'];

interface SkillsFieldProps {
  legend: string;
  skills: SkillValue[];
  onChange(skills: SkillValue[]): void;
  /** Skills in the other list: a skill is either required or preferred, not both (the API refuses it) */
  taken: readonly string[];
  error?: string;
}

/** A list of JobTech skills, each with its weight from 1 (nice to have) to 5 (essential), added by searching. */
export function SkillsField({ legend, skills, onChange, taken, error }: SkillsFieldProps) {
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 700 } }}>
      <Stack gap="xs">
        {skills.length === 0 ? (
          <Text size="sm" c="gray.8">
            {f.noSkills}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {skills.map((skill) => (
              <Group component="li" key={skill.id} gap="sm" wrap="nowrap" align="center">
                <Text style={{ flex: 1 }}>{skill.label}</Text>
                <NativeSelect
                  aria-label={f.weight(skill.label)}
                  data={WEIGHTS}
                  value={String(skill.weight)}
                  onChange={(e) => onChange(skills.map((s) => (s.id === skill.id ? { ...s, weight: Number(e.currentTarget.value) } : s)))}
                  w={70}
                />
                <Button
                  variant="outline"
                  color="blue.9"
                  size="xs"
                  onClick={() => onChange(skills.filter((s) => s.id !== skill.id))}
                  aria-label={f.removeSkill(skill.label)}
                >
                  {f.remove}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <SearchPicker
          label={f.skillSearch(legend)}
          description={f.skillDescription}
          source={{ conceptType: 'skill' }}
          value={null}
          onPick={(picked) => picked && onChange([...skills, { ...picked, weight: 3 }])}
          clearOnPick
          exclude={[...skills.map((s) => s.id), ...taken]}
          error={error}
        />
      </Stack>
    </Fieldset>
  );
}
