import { Anchor, Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { SuggestedBadge } from '../../register/Confirmation';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { memo, useCallback, useEffect, useRef, useState, type RefCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTIVITY_ROLE_LABELS, ACTIVITY_STATUS_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { useMaxHeightToWindowBottom, useVirtualRows, virtualBodyParts } from '../../register/VirtualList';
import type { ActivityListRow, ListSort, SortKey } from './activityListRows';
import classes from './ActivityTable.module.css';

const STATUS_COLOURS = { draft: 'gray.7', active: 'teal.9', retired: 'dark.6' } as const;
const COLUMNS = 6;
/** A one-line row of Mantine's table (sm text, a badge) in px; rows are measured as they render. */
const ROW_HEIGHT = 43;
const HEADER_HEIGHT = 43;
/** The page's padding under the list (AppShell padding "lg"), so the list ends where the page does. */
const PAGE_BOTTOM_GAP = 20;

interface ActivityTableProps {
  /** The activities to show, filtered and sorted. */
  rows: readonly ActivityListRow[];
  sort: ListSort;
  onSort(sort: ListSort): void;
  audienceNames: ReadonlyMap<string, string>;
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** Changes when the filters or the order change: the list then starts from the top again. */
  scrollResetKey: string;
}

/**
 * The activities as a table that is virtualised: the table fills the window under the filters and
 * scrolls itself, with a sticky header; only the rows in view are in the DOM. aria-rowcount and
 * aria-rowindex tell assistive technology the whole list's size and each row's place in it.
 */
export const ActivityTable = memo(function ActivityTable({
  rows,
  sort,
  onSort,
  audienceNames,
  labelledBy,
  scrollResetKey,
}: ActivityTableProps) {
  const { t } = useTranslation();
  const scrollBoxRef = useRef<HTMLDivElement | null>(null);
  const fitToWindow = useMaxHeightToWindowBottom(scrollBoxRef, PAGE_BOTTOM_GAP);
  const [headerHeight, headerRef] = useMeasuredHeight<HTMLTableSectionElement>(HEADER_HEIGHT);
  const { virtualizer, rowFocusHandlers } = useVirtualRows<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    getScrollElement: () => scrollBoxRef.current,
    estimateSize: ROW_HEIGHT,
    getItemKey: useCallback((index: number) => rows[index]!.activity.id, [rows]),
    headerHeight,
  });
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [scrollResetKey, virtualizer]);

  const header = (key: SortKey, label: string, width?: number | string) => {
    const active = sort.key === key;
    const Icon = active ? (sort.descending ? IconChevronDown : IconChevronUp) : IconSelector;
    return (
      <Table.Th w={width} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton
          onClick={() => onSort({ key, descending: active ? !sort.descending : false })}
          aria-label={t('activities.sortBy', { column: label })}
        >
          <Group gap={4} wrap="nowrap">
            <Text size="sm" fw={700}>
              {label}
            </Text>
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <div ref={fitToWindow} className={classes.scrollBox} {...rowFocusHandlers}>
      <Table
        stickyHeader
        layout="fixed"
        highlightOnHover
        miw={760}
        className={classes.table}
        data-testid="activity-table"
        aria-labelledby={labelledBy}
        aria-rowcount={rows.length + 1}
      >
        {/* Fixed layout: the columns keep their widths whichever rows are rendered; the name takes the rest. */}
        <Table.Thead ref={headerRef}>
          <Table.Tr aria-rowindex={1}>
            {header('name', t('activities.columns.name'))}
            {header('status', t('activities.columns.status'), 104)}
            {header('role', t('activities.columns.role'), '20%')}
            <Table.Th w={100}>{t('activities.columns.purposes')}</Table.Th>
            <Table.Th w="18%">{t('activities.columns.audiences')}</Table.Th>
            {header('nextReview', t('activities.columns.nextReview'), 128)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtualBodyParts(virtualizer).map((part) =>
            part.kind === 'spacer' ? (
              <tr key={part.key} aria-hidden className={classes.spacer} style={{ height: part.height }}>
                <td colSpan={COLUMNS} />
              </tr>
            ) : (
              <ActivityRow
                key={part.key}
                row={rows[part.index]!}
                index={part.index}
                measure={virtualizer.measureElement}
                audienceNames={audienceNames}
              />
            ),
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
});

const ActivityRow = memo(function ActivityRow({
  row,
  index,
  measure,
  audienceNames,
}: {
  row: ActivityListRow;
  index: number;
  measure: RefCallback<HTMLTableRowElement>;
  audienceNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const a = row.activity;
  return (
    <Table.Tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      data-stripe={index % 2 === 0 ? '' : undefined}
      className={classes.row}
      data-testid="activity-row"
    >
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/activities/${a.id}`} fw={500}>
            {row.name || t('register.unnamed')}
          </Anchor>
          <SuggestedBadge item={a} />
        </Group>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOURS[a.status]}>{ACTIVITY_STATUS_LABELS[a.status][language]}</Badge>
      </Table.Td>
      <Table.Td>{ACTIVITY_ROLE_LABELS[a.role][language]}</Table.Td>
      <Table.Td>{a.purposes.length}</Table.Td>
      <Table.Td>
        {a.internalOnly
          ? t('activities.internalOnly')
          : a.audienceIds
              .map((id) => audienceNames.get(id))
              .filter(Boolean)
              .join(', ')}
      </Table.Td>
      <Table.Td>{a.nextReview}</Table.Td>
    </Table.Tr>
  );
});

/** An element's rendered height, followed as it changes (e.g. a header wrapping onto two lines). */
function useMeasuredHeight<E extends Element>(initial: number): [number, RefCallback<E>] {
  const [height, setHeight] = useState(initial);
  const ref = useCallback((node: E | null) => {
    if (!node) return;
    const observer = new ResizeObserver(() => setHeight(Math.round(node.getBoundingClientRect().height)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [height, ref];
}
