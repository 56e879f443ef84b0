import { Button, Fieldset, Group, NumberInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { OCCUPATIONS, SearchPicker, type Picked } from '../../platform/components/SearchPicker';
import { today } from '../../platform/i18n/dates';
import { cardText } from './messages';

const t = cardText.log;

export interface NeedDraft {
  /** Tells the rows apart while they are typed, before they have an id */
  key: number;
  occupation: Picked | null;
  headcount: number | string;
  neededBy: string | null;
}

interface SkillNeedRowProps {
  need: NeedDraft;
  /** 1-based, as the person counts the rows */
  number: number;
  onChange(need: NeedDraft): void;
  onRemove(): void;
  errors: { occupation?: string; headcount?: string; neededBy?: string };
  autoFocus: boolean;
}

/** One skill need of a logged contact: which occupation, how many people, by when. */
export function SkillNeedRow({ need, number, onChange, onRemove, errors, autoFocus }: SkillNeedRowProps) {
  return (
    <Fieldset legend={t.needLegend(number)} variant="filled" p="sm">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 280px' }}>
          <SearchPicker
            label={t.occupation}
            description={t.occupationDescription}
            source={OCCUPATIONS}
            value={need.occupation}
            onPick={(occupation) => onChange({ ...need, occupation })}
            error={errors.occupation}
            nothingFound={t.occupationNothing}
            autoFocus={autoFocus}
            required
          />
        </div>
        <NumberInput
          label={t.headcount}
          value={need.headcount}
          onChange={(headcount) => onChange({ ...need, headcount })}
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          required
          error={errors.headcount}
          w={140}
        />
        <DateInput
          label={t.neededBy}
          value={need.neededBy}
          onChange={(neededBy) => onChange({ ...need, neededBy })}
          valueFormat="YYYY-MM-DD"
          placeholder={cardText.datePlaceholder}
          minDate={today()}
          clearable
          clearButtonProps={{ 'aria-label': t.clearDate }}
          error={errors.neededBy}
          w={170}
        />
      </Group>
      <Group mt="xs">
        <Button variant="outline" color="red.9" size="xs" onClick={onRemove}>
          {t.removeNeed(number)}
        </Button>
      </Group>
    </Fieldset>
  );
}
