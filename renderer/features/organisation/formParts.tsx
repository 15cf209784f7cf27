import { Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { findUsages, newId } from '../../../shared/model';
import type { FieldError } from '../../../shared/validation/fieldFormats';
import { useDatabase } from '../../common/DatabaseContext';
import { deleteReferencedItem, listItems, undoDeletion } from '../../db/items';
import { useDisplayText, useProjectId } from '../../register/useRegister';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { SectionCard } from '../../common/SectionCard';

/** The screen's sections, in page order; each has a heading the table of contents jumps to. */
export const SECTION_KEYS = [
  'organisation',
  'privacyContact',
  'representative',
  'jointControllers',
  'documentLanguages',
  'audiences',
  'policy',
  'branding',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const headingId = (key: SectionKey) => `organisation-section-${key}`;

/** One titled block of the screen. */
export function FormSection({
  sectionKey,
  title,
  intro,
  children,
}: {
  sectionKey: SectionKey;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <SectionCard
      layout="form"
      headingId={headingId(sectionKey)}
      title={title}
      intro={intro}
      testId={`organisation-section-${sectionKey}`}
      headingProps={{
        tabIndex: -1,
        'data-organisation-heading': true,
        style: { scrollMarginTop: 'calc(var(--app-shell-header-height, 56px) + 16px)', outlineOffset: 4 },
      }}
    >
      {children}
    </SectionCard>
  );
}

/** The UI language, for built-in texts (authority names, country names). */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** A validation error code as the inline message in the UI language. */
export function useFieldError() {
  const { t } = useTranslation();
  return (code: FieldError | null): string | undefined => (code ? t(`register.errors.${code}`) : undefined);
}

/** A notice that something was removed, with an Undo button that puts it back. */
export function useUndoNotice() {
  const { t } = useTranslation();
  const notifyError = useErrorNotifier();
  return (message: string, undo: () => Promise<unknown> | void) => {
    const id = `undo-${newId()}`;
    notifications.show({
      id,
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              void notifyError(async () => {
                await undo();
              });
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
 * Deletes a joint controller or an audience after asking, naming the activities that use it (they lose
 * the reference in the same transaction), and offers Undo.
 */
export function useDeleteReferenced() {
  const { t } = useTranslation();
  const db = useDatabase();
  const projectId = useProjectId();
  const notifyError = useErrorNotifier();
  const showUndo = useUndoNotice();
  const display = useDisplayText();
  return (key: 'jointControllers' | 'audiences', id: string, name: string) =>
    notifyError(async () => {
      const activities = await listItems(db, projectId, 'activities');
      const usedIn = findUsages(activities, key, id).map((usage) => {
        const activity = activities.find((a) => a.id === usage.activityId);
        return { id: usage.activityId, name: (activity && display(activity.name)) || t('register.unnamed') };
      });
      const shownName = name.trim() || t('register.unnamed');
      modals.openConfirmModal({
        title: t('register.confirmDeleteTitle', { name: shownName }),
        children:
          usedIn.length === 0 ? (
            <Text size="sm">{t('register.confirmDeleteUnused')}</Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm">{t('register.confirmDeleteUsed', { count: usedIn.length })}</Text>
              <List size="sm" data-testid="delete-usages">
                {usedIn.map((activity) => (
                  <List.Item key={activity.id}>{activity.name}</List.Item>
                ))}
              </List>
            </Stack>
          ),
        labels: { confirm: t('register.delete'), cancel: t('register.cancel') },
        // red.9: white on the theme's default red shade is below AA contrast.
        confirmProps: { color: 'red.9' },
        onConfirm: () =>
          void notifyError(async () => {
            const record = await deleteReferencedItem(db, projectId, key, id);
            showUndo(t('register.deletedNotice', { name: shownName }), () => undoDeletion(db, record));
          }),
      });
    });
}
