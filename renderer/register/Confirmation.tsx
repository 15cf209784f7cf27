import { Alert, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nowIso } from '../../shared/model';
import { confirmItem } from '../../shared/model/confirm';
import { isConfirmed, type Confirmation } from '../../shared/model/confirmation';
import type { LocalizedText } from '../../shared/model/primitives';
import { ITEM_ORIGIN_LABELS } from '../../shared/model/vocabulary/values';
import type { Language } from '../../shared/i18n/languages';
import { useDatabase } from '../common/DatabaseContext';
import { useErrorNotifier } from '../common/useErrorNotifier';
import { saveItem } from '../db/items';
import type { ItemTableName, ItemTypes } from '../db/database';
import { localToday, useDisplayText, useItems, useProjectId } from './useRegister';

/**
 * Suggestions (from a template, the vendor library, an import or a merge) until the user confirms them:
 * a badge in the lists, a banner in the editor, and "Confirm all" for a list the user has read.
 */

const moment = () => ({ at: nowIso(), today: localToday() });

export function SuggestedBadge({ item }: { item: { confirmation: Confirmation } }) {
  const { t } = useTranslation();
  if (isConfirmed(item)) return null;
  return (
    // Never cut to "SUGGES…" beside a long name: the name wraps instead.
    <Badge size="xs" variant="default" data-testid="suggested-badge" style={{ flexShrink: 0 }}>
      {t('register.suggested')}
    </Badge>
  );
}

/** The editor's banner with its Confirm button; `confirm` saves the confirmed item (and whatever else it dates). */
export function SuggestionBanner({
  confirmation,
  onConfirm,
  note,
}: {
  confirmation: Confirmation;
  onConfirm: () => void;
  /** What to check before confirming (e.g. the library's "check before use" note). */
  note?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  if (confirmation.confirmedAt !== null) return null;
  const origin = ITEM_ORIGIN_LABELS[confirmation.origin][i18n.language as Language];
  return (
    <Alert color="orange" variant="light" data-testid="suggestion-banner">
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('register.suggestionFrom', { origin })}
        </Text>
        {note}
        <Group>
          <Button size="xs" onClick={onConfirm}>
            {t('register.confirm')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The banner for an item of a list, confirming through the one write path (so the change log records it). */
export function ItemSuggestionBanner<N extends ItemTableName>({
  table,
  item,
  checkBeforeUse,
}: {
  table: N;
  item: ItemTypes[N];
  checkBeforeUse?: LocalizedText;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const projectId = useProjectId();
  const display = useDisplayText();
  const notifyError = useErrorNotifier();
  const check = checkBeforeUse ? display(checkBeforeUse) : '';
  const note =
    table === 'vendors' ? (
      <>
        {check && (
          <Text size="sm" data-testid="check-before-use">
            {check}
          </Text>
        )}
        <Text size="sm">{t('register.suggestionVendor')}</Text>
      </>
    ) : undefined;
  return (
    <SuggestionBanner
      confirmation={item.confirmation}
      note={note}
      onConfirm={() =>
        void notifyError(() => saveItem(db, projectId, table, confirmItem(table, item, moment())))
      }
    />
  );
}

/** "Confirm all N": every suggestion of one list, for a user who has read the list. */
export function ConfirmAllButton({ table }: { table: ItemTableName }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const projectId = useProjectId();
  const notifyError = useErrorNotifier();
  const items = useItems(table);
  const open = (items ?? []).filter((item) => !isConfirmed(item));
  if (open.length === 0) return null;
  const confirmAll = () =>
    void notifyError(async () => {
      const at = moment();
      for (const item of open) await saveItem(db, projectId, table, confirmItem(table, item, at));
    });
  return (
    <Tooltip label={t('register.confirmAllHint')}>
      <Button variant="default" onClick={confirmAll} data-testid="confirm-all">
        {t('register.confirmAll', { count: open.length })}
      </Button>
    </Tooltip>
  );
}
