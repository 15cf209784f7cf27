import { Button, Checkbox, Group, Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import {
  STARTER_ACTIVITY_KEYS,
  type StarterActivityInfo,
  type StarterActivityKey,
} from '../../../shared/templates';

/**
 * "Tick what your firm does": the template's activities, none ticked until the user ticks them, with
 * "Select all" one click away; the processor activity asks for the customers it is carried out for.
 */
export function ActivitiesStep({
  activities,
  chosen,
  onChange,
  needsCustomers,
  customers,
  onCustomersChange,
  showNoneChosen,
}: {
  activities: readonly StarterActivityInfo[];
  chosen: readonly StarterActivityKey[];
  onChange(chosen: StarterActivityKey[]): void;
  /** A chosen activity is carried out as a processor: it names the controllers it is done for (Art. 30(2)(a)). */
  needsCustomers: boolean;
  customers: string[];
  onCustomersChange(customers: string[]): void;
  /** Says that one must be chosen: set once the user tried to go on without any. */
  showNoneChosen: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const allChosen = activities.every((a) => chosen.includes(a.key));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('wizard.activitiesIntro')}</Text>
      <Group justify="space-between">
        <Text size="sm" fw={600} aria-live="polite" data-testid="activities-chosen">
          {t('wizard.activitiesChosen', { count: chosen.length, total: activities.length })}
        </Text>
        <Button
          variant="default"
          size="xs"
          onClick={() => onChange(allChosen ? [] : activities.map((a) => a.key))}
        >
          {allChosen ? t('wizard.deselectAll') : t('wizard.selectAll')}
        </Button>
      </Group>
      <Checkbox.Group
        value={[...chosen]}
        onChange={(keys) => onChange(STARTER_ACTIVITY_KEYS.filter((k) => keys.includes(k)))}
        error={showNoneChosen && chosen.length === 0 ? t('wizard.atLeastOneActivity') : undefined}
      >
        <Stack gap="sm">
          {activities.map((a) => (
            <Checkbox
              key={a.key}
              value={a.key}
              label={a.name[language]}
              description={
                <>
                  {a.description[language]}
                  {a.needsCustomers && ` ${t('wizard.processorNote')}`}
                  {a.internalOnly && ` ${t('wizard.internalNote')}`}
                </>
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {needsCustomers && (
        <TagsInput
          mt="md"
          label={t('wizard.customers')}
          description={t('wizard.customersDescription')}
          withAsterisk
          value={customers}
          onChange={onCustomersChange}
          error={customers.length === 0 ? t('wizard.customersMissing') : undefined}
        />
      )}
    </Stack>
  );
}
