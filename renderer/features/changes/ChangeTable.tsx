import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CHANGE_ACTION_LABELS, CHANGE_COLUMN_LABELS, type DescribedChange } from '../../../shared/changes';
import type { Language } from '../../../shared/i18n/languages';
import { capitalise, type ChangeAction } from '../../../shared/model';
import { useFormatDateTime } from '../../common/useFormatDate';
import { changeRoute } from './changeFilters';

const ACTION_COLOURS: Record<ChangeAction, string> = { added: 'teal.9', changed: 'blue.8', removed: 'red.8' };

/** The log's entries, one row each: when, area, item (a link while it exists), what, field, before, after. */
export function ChangeTable({
  changes,
  existing,
  language,
}: {
  changes: readonly DescribedChange[];
  /** "target:id" of the items that still exist. */
  existing: ReadonlySet<string>;
  language: Language;
}) {
  const column = (key: keyof typeof CHANGE_COLUMN_LABELS) => CHANGE_COLUMN_LABELS[key][language];
  return (
    <Table striped verticalSpacing="xs" data-testid="change-table" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{column('when')}</Table.Th>
          <Table.Th w={160}>{column('area')}</Table.Th>
          <Table.Th>{column('item')}</Table.Th>
          <Table.Th w={110}>{column('action')}</Table.Th>
          <Table.Th w={170}>{column('field')}</Table.Th>
          <Table.Th>{column('before')}</Table.Th>
          <Table.Th>{column('after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <ChangeRow
            key={change.id}
            change={change}
            route={changeRoute(change, existing.has(`${change.target}:${change.itemId}`))}
            language={language}
          />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ChangeRow({
  change,
  route,
  language,
}: {
  change: DescribedChange;
  route: string | null;
  language: Language;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const item = change.item || change.kind;
  return (
    <Table.Tr data-testid="change-row">
      <Table.Td>
        <Text size="sm">{formatDateTime(change.at)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{change.kind}</Text>
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        {route ? (
          <Anchor component={Link} to={route} size="sm" aria-label={t('changes.open', { item })}>
            {item}
          </Anchor>
        ) : (
          <Text size="sm">{item}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={ACTION_COLOURS[change.action]}>{CHANGE_ACTION_LABELS[change.action][language]}</Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{capitalise(change.field)}</Text>
      </Table.Td>
      <ValueCell text={change.before} />
      <ValueCell text={change.after} />
    </Table.Tr>
  );
}

/** An old or new value: four lines at most, the whole text on hover. */
function ValueCell({ text }: { text: string }) {
  return (
    <Table.Td style={{ overflowWrap: 'anywhere' }}>
      <Text size="sm" lineClamp={4} title={text}>
        {text}
      </Text>
    </Table.Td>
  );
}
