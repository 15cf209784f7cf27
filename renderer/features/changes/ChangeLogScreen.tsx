import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CHANGE_ACTION_LABELS,
  CHANGE_COLUMN_LABELS,
  CHANGE_TARGET_LABELS,
  describeChange,
  previousExport,
} from '../../../shared/changes';
import { isLanguage } from '../../../shared/i18n/languages';
import { capitalise, CHANGE_TARGETS, type ChangeAction, type ChangeTarget } from '../../../shared/model';
import { useProjectSnapshot } from '../../register/useRegister';
import { EmptyState } from '../../common/EmptyState';
import { useFormatDateTime } from '../../common/useFormatDate';
import { changeRoute, filterChanges, type ChangeWindow } from './changeFilters';

/** Rows rendered at first and per "Show more": a long log stays quick to open. */
const PAGE = 200;

const ACTION_COLOURS: Record<ChangeAction, string> = { added: 'teal.9', changed: 'blue.8', removed: 'red.8' };

/**
 * The change log (issue 7, item 4): every change to the register, newest first, with when, what, and
 * the old and new value; filtered by area, by text, or to the changes since a document's last export.
 */
export function ChangeLogScreen() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const formatDateTime = useFormatDateTime();
  const project = useProjectSnapshot();
  const [span, setSpan] = useState<ChangeWindow>('all');
  const [area, setArea] = useState<ChangeTarget | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [limit, setLimit] = useState(PAGE);

  const described = useMemo(
    () =>
      project
        ? [...project.changeLog.entries].reverse().map((entry) => describeChange(entry, project, language))
        : [],
    [project, language],
  );
  const existing = useMemo(() => {
    const ids = new Set<string>();
    if (project)
      for (const target of CHANGE_TARGETS) {
        if (target === 'project') continue;
        for (const item of project[target] as readonly { id: string }[]) ids.add(`${target}:${item.id}`);
      }
    return ids;
  }, [project]);
  if (!project) return null;

  const lastExport = span === 'all' ? undefined : previousExport(project.exportHistory, span);
  const shown = filterChanges(described, {
    after: lastExport?.at ?? null,
    area,
    query: deferredQuery,
  });
  const windowOptions = [
    { value: 'all', label: t('changes.all') },
    ...(['policy', 'vendors', 'register'] as const).flatMap((kind) => {
      const record = previousExport(project.exportHistory, kind);
      if (!record) return [];
      const key = { policy: 'sincePolicy', vendors: 'sinceVendors', register: 'sinceRegister' } as const;
      return [{ value: kind, label: t(`changes.${key[kind]}`, { date: formatDateTime(record.at) }) }];
    }),
  ];
  const beforeLog = lastExport && Date.parse(lastExport.at) < Date.parse(project.changeLog.since);

  return (
    <Stack maw={1400}>
      <div>
        <Title order={2}>{t('section.changesTitle')}</Title>
        <Text c="dimmed" size="sm">
          {t('changes.keptSince', { date: formatDateTime(project.changeLog.since) })}
        </Text>
      </div>
      {described.length === 0 ? (
        <EmptyState title={t('changes.empty')} />
      ) : (
        <>
          <Group align="end" role="search">
            <Select
              label={t('changes.show')}
              data={windowOptions}
              value={span}
              onChange={(value) => {
                setSpan((value as ChangeWindow | null) ?? 'all');
                setLimit(PAGE);
              }}
              allowDeselect={false}
              w={380}
            />
            <Select
              label={t('changes.area')}
              placeholder={t('changes.allAreas')}
              data={CHANGE_TARGETS.map((target) => ({
                value: target,
                label: CHANGE_TARGET_LABELS[target][language],
              }))}
              value={area}
              onChange={(value) => {
                setArea(value as ChangeTarget | null);
                setLimit(PAGE);
              }}
              clearable
              w={260}
            />
            <TextInput
              label={t('changes.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(event) => {
                setQuery(event.currentTarget.value);
                setLimit(PAGE);
              }}
              w={260}
            />
          </Group>
          {beforeLog && (
            <Alert color="yellow">
              {t('changes.beforeLog', {
                date: formatDateTime(lastExport.at),
                since: formatDateTime(project.changeLog.since),
              })}
            </Alert>
          )}
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="change-count">
            {t('changes.count', { shown: shown.length, count: described.length })}
          </Text>
          {shown.length === 0 ? (
            <Text>{t('changes.noMatch')}</Text>
          ) : (
            <Table striped verticalSpacing="xs" data-testid="change-table" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{CHANGE_COLUMN_LABELS.when[language]}</Table.Th>
                  <Table.Th w={160}>{CHANGE_COLUMN_LABELS.area[language]}</Table.Th>
                  <Table.Th>{CHANGE_COLUMN_LABELS.item[language]}</Table.Th>
                  <Table.Th w={110}>{CHANGE_COLUMN_LABELS.action[language]}</Table.Th>
                  <Table.Th w={170}>{CHANGE_COLUMN_LABELS.field[language]}</Table.Th>
                  <Table.Th>{CHANGE_COLUMN_LABELS.before[language]}</Table.Th>
                  <Table.Th>{CHANGE_COLUMN_LABELS.after[language]}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.slice(0, limit).map((change) => {
                  const route = changeRoute(change, existing.has(`${change.target}:${change.itemId}`));
                  const item = change.item || change.kind;
                  return (
                    <Table.Tr key={change.id} data-testid="change-row">
                      <Table.Td>
                        <Text size="sm">{formatDateTime(change.at)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{change.kind}</Text>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {route ? (
                          <Anchor
                            component={Link}
                            to={route}
                            size="sm"
                            aria-label={t('changes.open', { item })}
                          >
                            {item}
                          </Anchor>
                        ) : (
                          <Text size="sm">{item}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={ACTION_COLOURS[change.action]}>
                          {CHANGE_ACTION_LABELS[change.action][language]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{capitalise(change.field)}</Text>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        <Text size="sm" lineClamp={4} title={change.before}>
                          {change.before}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        <Text size="sm" lineClamp={4} title={change.after}>
                          {change.after}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          {shown.length > limit && (
            <Button variant="default" onClick={() => setLimit(limit + PAGE)} w="fit-content">
              {t('changes.showMore', { count: Math.min(PAGE, shown.length - limit) })}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
