import { Button, Group, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { sv } from '../i18n/sv';

interface FilterSelectProps extends Omit<SelectProps, 'value' | 'onChange' | 'clearable' | 'clearButtonProps'> {
  /** The search parameter's value; undefined is "any", shown as the placeholder */
  value: string | undefined;
  onChange(value: string | undefined): void;
  /** Names the clear button ("Rensa bransch") */
  clearLabel?: string;
}

/** A list's filter bound to a search parameter: a Select that may be cleared, back to "any". */
export function FilterSelect({ value, onChange, clearLabel, ...select }: FilterSelectProps) {
  return (
    <Select
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      clearable
      clearButtonProps={clearLabel ? { 'aria-label': clearLabel } : undefined}
      {...select}
    />
  );
}

/** Records with a name (sectors, teams, organisations) as a filter's choices, in Swedish alphabetical order. */
export function nameOptions(records: readonly { id: string; name: string }[]): { value: string; label: string }[] {
  return records.map((r) => ({ value: r.id, label: r.name })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

interface NamedFilterProps extends Omit<FilterSelectProps, 'data' | 'label' | 'placeholder' | 'clearLabel'> {
  /** The sectors (or teams) to choose from as the API gives them, undefined while they load */
  records: readonly { id: string; name: string }[] | undefined;
}

const NONE: readonly { id: string; name: string }[] = [];

function useNameOptions(records: NamedFilterProps['records']) {
  return useMemo(() => nameOptions(records ?? NONE), [records]);
}

/** "Bransch": a list filtered by sector, "Alla branscher" until one is chosen; the same words on every list. */
export function SectorFilter({ records, ...filter }: NamedFilterProps) {
  const f = sv.filters;
  return <FilterSelect label={f.sector} placeholder={f.anySector} clearLabel={f.clearSector} data={useNameOptions(records)} {...filter} />;
}

/** "Team": a list filtered by team, "Alla team" until one is chosen; the same words on every list. */
export function TeamFilter({ records, ...filter }: NamedFilterProps) {
  const f = sv.filters;
  return <FilterSelect label={f.team} placeholder={f.anyTeam} clearLabel={f.clearTeam} data={useNameOptions(records)} {...filter} />;
}

/** The button under a list's filters that takes them all away; shown only while some filter is set. */
export function ClearFiltersButton({ shown, label, onClear }: { shown: boolean; label: string; onClear(): void }) {
  if (!shown) return null;
  return (
    <Group>
      <Button variant="outline" color="blue.9" size="xs" onClick={onClear}>
        {label}
      </Button>
    </Group>
  );
}
