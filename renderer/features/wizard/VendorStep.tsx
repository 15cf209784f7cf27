import { Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import { groupVendors, type OfferedVendor } from './vendorGroups';

/**
 * "Tick the vendors you use": the suggested vendors grouped by kind and searchable. Nothing is ticked
 * unless the user ticks it, since every ticked vendor is named in the policy.
 */
export function VendorStep({
  offered,
  chosen,
  onChange,
}: {
  offered: readonly OfferedVendor[];
  /** The ticked library ids, among the offered ones. */
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  if (offered.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('wizard.noVendors')}
      </Text>
    );
  }
  const groups = groupVendors(offered, query, language);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((chosenId) => chosenId !== id));
  return (
    <Stack>
      <Text size="sm">{t('wizard.vendorsIntro')}</Text>
      <Group align="flex-end" justify="space-between">
        <TextInput
          flex={1}
          maw={420}
          leftSection={<IconSearch size={16} aria-hidden />}
          label={t('wizard.vendorSearch')}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <Text size="sm" fw={600} aria-live="polite" data-testid="vendors-chosen">
          {t('wizard.vendorsChosen', { count: chosen.length })}
        </Text>
      </Group>
      {groups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('wizard.noVendorMatch', { query })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
        {groups.map((group) => (
          <Stack
            key={group.category}
            gap="xs"
            role="group"
            aria-label={group.label}
            data-testid="vendor-group"
          >
            <Text fw={700} size="sm">
              {group.label}
            </Text>
            {group.vendors.map(({ entry, usedFor }) => (
              <Checkbox
                key={entry.id}
                label={entry.name}
                description={
                  <>
                    {entry.function[language]}
                    <br />
                    {t('wizard.usedFor', { activities: usedFor.join(', ') })}
                  </>
                }
                checked={chosen.includes(entry.id)}
                onChange={(event) => toggle(entry.id, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
