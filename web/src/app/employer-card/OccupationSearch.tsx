import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { OccupationSearchQuery } from './documents';
import { cardText } from './messages';

const t = cardText.log;

export interface Occupation {
  id: string;
  label: string;
}

interface OccupationSearchProps {
  label: string;
  description?: string;
  value: Occupation | null;
  onChange(value: Occupation | null): void;
  error?: string;
  autoFocus?: boolean;
}

/** Typing pauses this long before the taxonomy is asked, so a word typed is one request, not one a letter. */
const DEBOUNCE_MS = 250;

/**
 * An occupation from JobTech's taxonomy (occupation-name), found by typing part of its name: the person sees and
 * picks the Swedish label (arrows and Enter, or a click), the form keeps the concept id.
 */
export function OccupationSearch({ label, description, value, onChange, error, autoFocus }: OccupationSearchProps) {
  const [text, setText] = useState(value?.label ?? '');
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const searching = debounced.length >= 2 && debounced !== value?.label;
  const [{ data, fetching }] = useQuery({ query: OccupationSearchQuery, variables: { q: debounced }, pause: !searching });
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const options = searching ? (data?.taxonomyConcepts.items ?? []) : [];

  useEffect(() => {
    combobox.updateSelectedOptionIndex();
  }, [data]);

  function pick(id: string) {
    const occupation = options.find((o) => o.id === id);
    if (!occupation) return;
    onChange(occupation);
    setText(occupation.label);
    combobox.closeDropdown();
  }

  return (
    <Combobox store={combobox} onOptionSubmit={pick}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={label}
          description={description}
          descriptionProps={{ c: 'gray.8' }}
          value={text}
          required
          autoFocus={autoFocus}
          autoComplete="off"
          error={error}
          maxLength={100}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={fetching ? <Loader size={16} aria-hidden="true" /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!searching}>
        <Combobox.Options aria-label={label}>
          {options.map((o) => (
            <Combobox.Option value={o.id} key={o.id}>
              {o.label}
            </Combobox.Option>
          ))}
          {options.length === 0 && <Combobox.Empty>{fetching ? t.occupationSearching : t.occupationNothing}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
