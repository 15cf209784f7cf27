import {
  Anchor,
  Box,
  CloseButton,
  Combobox,
  Group,
  Paper,
  Text,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS } from '../../shared/model/primitives';

export interface LinkOption {
  id: string;
  label: string;
  /** A short marker after the chip's name, e.g. "Art. 9" for a special category. */
  badge?: ReactNode;
}

interface LinkedItemsFieldProps {
  label: string;
  description?: string;
  options: readonly LinkOption[];
  selectedIds: readonly string[];
  onAdd(id: string): void;
  onRemove(id: string): void;
  /** Creates a missing item from its name and returns the new id; omitted where creating makes no sense. */
  onCreate?(name: string): Promise<string>;
  /** Where a chip navigates to. */
  hrefFor(id: string): string;
  error?: ReactNode;
  /** Marks the field required (an asterisk, and aria-required on the search box). */
  required?: boolean;
}

const CREATE = '\u0000create';

/**
 * Links an activity to catalog items: chips that open the item, and a search box that finds an existing
 * item or creates a missing one on the spot.
 */
export function LinkedItemsField(props: LinkedItemsFieldProps) {
  const { label, description, options, selectedIds, onAdd, onRemove, onCreate, hrefFor, error, required } =
    props;
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const byId = new Map(options.map((option) => [option.id, option]));
  const query = search.trim().toLocaleLowerCase();
  const available = options.filter(
    (option) => !selectedIds.includes(option.id) && option.label.toLocaleLowerCase().includes(query),
  );
  const exists = options.some((option) => option.label.trim().toLocaleLowerCase() === query);
  const canCreate = Boolean(onCreate && query && !exists);

  const submit = async (value: string) => {
    if (value === CREATE && onCreate) onAdd(await onCreate(search.trim()));
    else onAdd(value);
    setSearch('');
    combobox.closeDropdown();
  };

  return (
    <Box>
      <Text component="label" htmlFor={id} size="sm" fw={500}>
        {label}
        {required && (
          <Text component="span" c="var(--mantine-color-error)" aria-hidden>
            {' *'}
          </Text>
        )}
      </Text>
      {description && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
      {selectedIds.length > 0 && (
        <Group gap={6} my={6} role="list" aria-label={label}>
          {selectedIds.map((selectedId) => {
            const option = byId.get(selectedId);
            const name = option?.label || t('register.unnamed');
            return (
              <Paper
                key={selectedId}
                withBorder
                radius="xl"
                px="sm"
                py={2}
                role="listitem"
                data-testid="linked-chip"
              >
                <Group gap={4} wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={hrefFor(selectedId)}
                    size="sm"
                    aria-label={t('register.openItem', { name })}
                  >
                    {name}
                  </Anchor>
                  {option?.badge}
                  <CloseButton
                    size="sm"
                    aria-label={t('register.removeItem', { name })}
                    onClick={() => onRemove(selectedId)}
                  />
                </Group>
              </Paper>
            );
          })}
        </Group>
      )}
      <Combobox store={combobox} onOptionSubmit={(value) => void submit(value)} withinPortal>
        <Combobox.Target>
          <TextInput
            id={id}
            mt={selectedIds.length ? 0 : 6}
            placeholder={onCreate ? t('register.searchOrCreate') : t('register.search')}
            value={search}
            // Nothing longer is a name: what is created from the search is always a name that can be saved.
            maxLength={LIMITS.name}
            error={error}
            aria-required={required || undefined}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && canCreate && available.length === 0) {
                event.preventDefault();
                void submit(CREATE);
              }
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
            {available.map((option) => (
              <Combobox.Option value={option.id} key={option.id}>
                <Group gap={6}>
                  {option.label || t('register.unnamed')}
                  {option.badge}
                </Group>
              </Combobox.Option>
            ))}
            {canCreate && (
              <Combobox.Option value={CREATE}>
                {t('register.createItem', { name: search.trim() })}
              </Combobox.Option>
            )}
            {available.length === 0 && !canCreate && (
              <Combobox.Empty>{t('register.noMatches')}</Combobox.Empty>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </Box>
  );
}
