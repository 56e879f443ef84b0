import { Combobox, InputBase, Loader, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { PickerConceptSearchQuery, PickerEmployerSearchQuery } from '../api/pickers';
import { sv } from '../i18n/sv';

/** Something picked from a search: an employer or a taxonomy concept. */
export interface Picked {
  id: string;
  label: string;
}

/** Where the picker searches: the employer register by name, or one type of the JobTech taxonomy. */
export type SearchSource = { employers: true } | { conceptType: string };

/** JobTech's occupation names, the level a placement or a need names ("Lagerarbetare/Terminalarbetare"). */
export const OCCUPATIONS: SearchSource = { conceptType: 'occupation-name' };

interface SearchPickerProps {
  label: string;
  description?: string;
  source: SearchSource;
  /** The choice; null while nothing (or something not yet picked) is in the field */
  value: Picked | null;
  onPick(picked: Picked | null): void;
  /** Adding to a list: the field is emptied after each pick */
  clearOnPick?: boolean;
  /** Choices that are not offered again (already in the list) */
  exclude?: readonly string[];
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  /** What the list says when nothing matches, naming what is searched for ("Inget yrke matchar") */
  nothingFound?: string;
}

const MIN_LENGTH = 2;
/** Typing pauses this long before the API is asked, so a word typed is one request, not one a letter. */
const DEBOUNCE_MS = 250;
const t = sv.searchPicker;

/**
 * A text field that searches as the person types (from two characters) and offers what it finds in a list to pick
 * from with the arrow keys and Enter, or the mouse. Typing after a pick drops the pick, so that what is sent is
 * always something the list offered: the form keeps the id, the person sees the Swedish label.
 */
export function SearchPicker(props: SearchPickerProps) {
  const { label, description, source, value, onPick, clearOnPick, exclude = [], error, required, autoFocus, nothingFound = t.nothingFound } = props;
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState(value?.label ?? '');
  const [term] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const searching = term.length >= MIN_LENGTH && term !== value?.label;
  const [employers] = useQuery({ query: PickerEmployerSearchQuery, variables: { name: term }, pause: !searching || !('employers' in source) });
  const conceptType = 'conceptType' in source ? source.conceptType : '';
  const [concepts] = useQuery({ query: PickerConceptSearchQuery, variables: { type: conceptType, search: term }, pause: !searching || !conceptType });

  // a value set from outside (the form loaded again) shows its label
  useEffect(() => setText(value?.label ?? ''), [value?.id, value?.label]);

  const found: Picked[] =
    'employers' in source
      ? (employers.data?.employers.items ?? []).map((e) => ({ id: e.id, label: e.name }))
      : (concepts.data?.taxonomyConcepts.items ?? []).map((c) => ({ id: c.id, label: c.label }));
  const options = searching ? found.filter((o) => !exclude.includes(o.id)) : [];
  const fetching = employers.fetching || concepts.fetching || (text.trim() !== term && text.trim().length >= MIN_LENGTH);

  // new results keep the keyboard's place in the list
  useEffect(() => combobox.updateSelectedOptionIndex(), [employers.data, concepts.data]);

  function pick(id: string) {
    const picked = options.find((o) => o.id === id);
    if (!picked) return;
    onPick(picked);
    setText(clearOnPick ? '' : picked.label);
    combobox.closeDropdown();
  }

  const empty = text.trim().length < MIN_LENGTH ? t.typeToSearch : fetching ? t.searching : nothingFound;
  return (
    <Combobox store={combobox} onOptionSubmit={pick}>
      <Combobox.Target withExpandedAttribute>
        <InputBase
          label={label}
          description={description}
          descriptionProps={{ c: 'gray.8' }}
          value={text}
          required={required}
          error={error}
          autoFocus={autoFocus}
          autoComplete="off"
          maxLength={100}
          rightSection={fetching && searching ? <Loader size="xs" aria-hidden="true" /> : null}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (value && !clearOnPick) onPick(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={value !== null && text === value.label}>
        <Combobox.Options aria-label={label}>
          {options.length === 0 ? (
            <Combobox.Empty>{empty}</Combobox.Empty>
          ) : (
            options.map((o) => (
              <Combobox.Option value={o.id} key={o.id}>
                {o.label}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
