import { Button, Group, List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { findUsages, type ReferencedKey } from '../../shared/model';
import { useDatabase } from '../common/DatabaseContext';
import { deleteReferencedItem, undoDeletion, type DeletionRecord } from '../db/items';
import { useDisplayText, useItems, useProjectId } from './useRegister';
import { useErrorNotifier } from '../common/useErrorNotifier';

/** Shows an Undo notification for a delete that has happened. */
export function useUndoNotice() {
  const { t } = useTranslation();
  const db = useDatabase();
  const notifyError = useErrorNotifier();
  return (name: string, record: DeletionRecord) => {
    const id = `undo-${Date.now()}`;
    notifications.show({
      id,
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('register.deletedNotice', { name })}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              void notifyError(() => undoDeletion(db, record));
            }}
          >
            {t('register.undo')}
          </Button>
        </Group>
      ),
    });
  };
}

/**
 * Deleting a catalog item: asks first, naming every activity that uses it, then removes it with its
 * references and offers Undo.
 */
export function useDeleteWithUndo(key: ReferencedKey) {
  const { t } = useTranslation();
  const db = useDatabase();
  const projectId = useProjectId();
  const activities = useItems('activities') ?? [];
  const display = useDisplayText();
  const notifyError = useErrorNotifier();
  const undoNotice = useUndoNotice();

  return (id: string, name: string, onDeleted?: () => void) => {
    const usages = findUsages(activities, key, id);
    const byId = new Map(activities.map((a) => [a.id, a]));
    modals.openConfirmModal({
      title: t('register.confirmDeleteTitle', { name }),
      children: usages.length ? (
        <>
          <Text size="sm" mb="xs">
            {t('register.confirmDeleteUsed', { count: usages.length })}
          </Text>
          <List size="sm" data-testid="delete-usages">
            {usages.map((usage) => (
              <List.Item key={usage.activityId}>
                {display(byId.get(usage.activityId)?.name ?? {}) || t('register.unnamed')} —{' '}
                {usage.fields.map((field) => t(`catalogs.fields.${field}`)).join(', ')}
              </List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm">{t('register.confirmDeleteUnused')}</Text>
      ),
      labels: { confirm: t('register.delete'), cancel: t('register.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void notifyError(async () => {
          const record = await deleteReferencedItem(db, projectId, key, id);
          onDeleted?.();
          undoNotice(name, record);
        }),
    });
  };
}
