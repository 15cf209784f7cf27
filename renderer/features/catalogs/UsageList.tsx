import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findUsages, type ReferencedKey } from '../../../shared/model';
import { useDisplayText, useItems } from '../../register/useRegister';

/** Where an item is used: each activity, linked, with the fields that refer to it. */
export function UsageList({ catalog, id }: { catalog: ReferencedKey; id: string }) {
  const { t } = useTranslation();
  const activities = useItems('activities');
  const display = useDisplayText();
  if (!activities) return null;
  const usages = findUsages(activities, catalog, id);
  const byId = new Map(activities.map((a) => [a.id, a]));
  return (
    <section aria-label={t('catalogs.usage')} data-testid="usage-list">
      <Text size="sm" fw={600} mb={4}>
        {t('catalogs.usage')}
      </Text>
      {usages.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('register.notUsed')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {usages.map((usage) => (
            <List.Item key={usage.activityId}>
              <Anchor component={Link} to={`/activities/${usage.activityId}`}>
                {display(byId.get(usage.activityId)?.name ?? {}) || t('register.unnamed')}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                ({usage.fields.map((field) => t(`catalogs.fields.${field}`)).join(', ')})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
