import { Select, type SelectProps } from '@mantine/core';

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
