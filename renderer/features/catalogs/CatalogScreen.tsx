import { Button, Grid, Group, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { ConfirmAllButton, ItemSuggestionBanner, SuggestedBadge } from '../../register/Confirmation';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../shared/i18n/languages';
import { newId, type LocalizedText } from '../../../shared/model';
import { useDatabase } from '../../common/DatabaseContext';
import type { ItemTypes } from '../../db/database';
import { saveItem } from '../../db/items';
import {
  useDisplayText,
  useDocumentLanguages,
  useItem,
  useItems,
  useProjectId,
  useUpdateItem,
} from '../../register/useRegister';
import { VirtualList } from '../../register/VirtualList';
import { EmptyState } from '../../common/EmptyState';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { UsageList } from './UsageList';
import { useDeleteWithUndo } from '../../register/useDeleteWithUndo';

/** Below the list: the Paper's padding and border, and the page's bottom padding (px). */
const LIST_BOTTOM_GAP = 32;

export type CatalogTable =
  'dataSubjects' | 'dataCategories' | 'sources' | 'recipients' | 'vendors' | 'securityMeasures' | 'customers';

export interface EditorProps<N extends CatalogTable> {
  item: ItemTypes[N];
  update(change: (item: ItemTypes[N]) => ItemTypes[N]): void;
}

export interface CatalogConfig<N extends CatalogTable> {
  table: N;
  create(id: string, language: Language): ItemTypes[N];
  name(item: ItemTypes[N], display: (text: LocalizedText) => string): string;
  /** A second line in the list, e.g. the kind. */
  detail?(item: ItemTypes[N], language: Language): ReactNode;
  Editor: ComponentType<EditorProps<N>>;
  /** Extra actions beside "New", e.g. "Add from library". */
  actions?: ComponentType;
}

/**
 * The screen of one catalog: a searchable list on the left, the selected item's editor on the right,
 * with where it is used and a delete that can be undone.
 */
export function CatalogScreen<N extends CatalogTable>({
  config,
  itemId,
}: {
  config: CatalogConfig<N>;
  itemId?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const db = useDatabase();
  const projectId = useProjectId();
  const items = useItems(config.table);
  const { primary } = useDocumentLanguages();
  const notifyError = useErrorNotifier();
  const section = config.table;

  const create = () =>
    void notifyError(async () => {
      const id = newId();
      await saveItem(db, projectId, config.table, config.create(id, primary));
      navigate(`/${section}/${id}`);
    });

  const Actions = config.actions;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t(`section.${section}Title`)}</Title>
          <Text c="dimmed" size="sm" maw={640}>
            {t(`section.${section}Body`)}
          </Text>
        </div>
        <Group gap="xs">
          {Actions && <Actions />}
          <ConfirmAllButton table={config.table} />
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={create}>
            {t('register.newItem')}
          </Button>
        </Group>
      </Group>
      {items && items.length === 0 ? (
        <EmptyState title={t('catalogs.emptyTitle')} body={t('catalogs.emptyBody')} />
      ) : (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <CatalogList config={config} items={items ?? NO_ITEMS} itemId={itemId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {itemId ? (
              <CatalogItemPanel key={itemId} config={config} id={itemId} />
            ) : (
              <Text c="dimmed" size="sm" p="md">
                {t('catalogs.selectHint')}
              </Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

const NO_ITEMS: never[] = [];
const idOf = <T extends { id: string }>(item: T) => item.id;

/**
 * The catalog's searchable list, virtualised (a catalog can hold hundreds of vendors). It keeps its own
 * search state, so a keystroke re-renders the list and not the editor beside it.
 */
function CatalogList<N extends CatalogTable>({
  config,
  items,
  itemId,
}: {
  config: CatalogConfig<N>;
  items: ItemTypes[N][];
  itemId?: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const display = useDisplayText();
  const [query, setQuery] = useState('');
  const section = config.table;
  const language = i18n.language as Language;
  // The search text of every item is worked out once per change of the catalog, not per keystroke.
  const searchable = useMemo(
    () => items.map((item) => ({ item, text: JSON.stringify(item).toLocaleLowerCase() })),
    [items],
  );
  const needle = query.trim().toLocaleLowerCase();
  const visible = useMemo(
    () => searchable.filter(({ text }) => !needle || text.includes(needle)).map(({ item }) => item),
    [searchable, needle],
  );

  return (
    <Paper withBorder p="xs">
      <TextInput
        leftSection={<IconSearch size={16} aria-hidden />}
        placeholder={t('register.search')}
        aria-label={t('register.search')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        mb="xs"
      />
      <Text size="xs" c="dimmed" px={4} mb={4} aria-live="polite">
        {needle && visible.length === 0
          ? t('register.noSearchResults', { query })
          : t('register.count', { count: visible.length })}
      </Text>
      <VirtualList
        items={visible}
        getKey={idOf}
        estimateSize={config.detail ? 60 : 42}
        gap={2}
        maxHeight={{ toWindowBottom: LIST_BOTTOM_GAP }}
        aria-label={t(`nav.${section}`)}
        activeKey={itemId}
        renderItem={(item) => {
          const selected = item.id === itemId;
          return (
            <UnstyledButton
              onClick={() => navigate(`/${section}/${item.id}`)}
              aria-current={selected ? 'true' : undefined}
              data-testid="catalog-item"
              w="100%"
              p="xs"
              style={{
                borderRadius: 4,
                background: selected ? 'var(--mantine-primary-color-light)' : undefined,
              }}
            >
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500} truncate>
                  {config.name(item, display) || t('register.unnamed')}
                </Text>
                <SuggestedBadge item={item} />
              </Group>
              {config.detail && (
                <Text size="xs" c="dimmed" truncate>
                  {config.detail(item, language)}
                </Text>
              )}
            </UnstyledButton>
          );
        }}
      />
    </Paper>
  );
}

function CatalogItemPanel<N extends CatalogTable>({ config, id }: { config: CatalogConfig<N>; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const item = useItem(config.table, id);
  const update = useUpdateItem(config.table, id);
  const display = useDisplayText();
  const confirmDelete = useDeleteWithUndo(config.table);
  if (item === undefined) return null;
  if (item === null) return <EmptyState title={t('catalogs.selectHint')} />;
  const name = config.name(item, display) || t('register.unnamed');
  const Editor = config.Editor;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="catalog-item-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="catalog-item-title">
          {name}
        </Title>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => confirmDelete(id, name, () => navigate(`/${config.table}`))}
        >
          {t('register.delete')}
        </Button>
      </Group>
      <Stack>
        <ItemSuggestionBanner
          table={config.table}
          item={item}
          checkBeforeUse={'checkBeforeUse' in item ? item.checkBeforeUse : undefined}
        />
        <Editor item={item} update={update} />
        <UsageList catalog={config.table} id={id} />
      </Stack>
    </Paper>
  );
}
