import {
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
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPlus, IconSearch, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTIVITY_ROLE_LABELS, ACTIVITY_STATUS_LABELS } from '../../../shared/i18n/labels';
import type { Language } from '../../../shared/i18n/languages';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, type Activity } from '../../../shared/model';
import { useDisplayText, useItems } from '../../register/useRegister';
import { EmptyState } from '../../shell/EmptyState';
import { useNewActivity } from './useNewActivity';

type SortKey = 'name' | 'status' | 'role' | 'nextReview' | 'updated';
const INTERNAL = '\u0000internal';
const STATUS_COLOURS = { draft: 'gray.7', active: 'teal.9', retired: 'dark.6' } as const;

/** Finds, filters and sorts the register's activities. */
export function ActivityList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const activities = useItems('activities');
  const audiences = useItems('audiences') ?? [];
  const display = useDisplayText();
  const newActivity = useNewActivity();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [audience, setAudience] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });

  if (!activities) return null;
  const needle = query.trim().toLocaleLowerCase();
  const sortValue = (a: Activity): string => {
    switch (sort.key) {
      case 'name':
        return display(a.name).toLocaleLowerCase();
      case 'status':
        return String(ACTIVITY_STATUSES.indexOf(a.status));
      case 'role':
        return ACTIVITY_ROLE_LABELS[a.role][language];
      case 'nextReview':
        return a.nextReview || '9999';
      case 'updated':
        return a.updatedAt;
    }
  };
  const visible = activities
    .filter((a) => !status || a.status === status)
    .filter((a) => !role || a.role === role)
    .filter(
      (a) =>
        !audience ||
        (audience === INTERNAL ? a.internalOnly : !a.internalOnly && a.audienceIds.includes(audience)),
    )
    .filter(
      (a) =>
        !needle ||
        JSON.stringify([a.name, a.description, a.purposes, a.owner]).toLocaleLowerCase().includes(needle),
    )
    .sort((a, b) => sortValue(a).localeCompare(sortValue(b)) * (sort.descending ? -1 : 1));
  const audienceName = new Map(audiences.map((a) => [a.id, display(a.name)]));

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const Icon = active ? (sort.descending ? IconChevronDown : IconChevronUp) : IconSelector;
    return (
      <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}
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
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('section.activitiesTitle')}</Title>
          <Text c="dimmed" size="sm" maw={640}>
            {t('section.activitiesBody')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={newActivity}
          title={t('activities.newActivityHint')}
        >
          {t('activities.newActivity')}
        </Button>
      </Group>
      {activities.length === 0 ? (
        <EmptyState title={t('activities.emptyTitle')} body={t('activities.emptyBody')} />
      ) : (
        <>
          <Group align="flex-end" gap="sm" role="search">
            <TextInput
              leftSection={<IconSearch size={16} aria-hidden />}
              label={t('register.search')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Select
              label={t('activities.filterStatus')}
              placeholder={t('activities.allStatuses')}
              clearable
              data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS_LABELS[s][language] }))}
              value={status}
              onChange={setStatus}
              w={170}
            />
            <Select
              label={t('activities.filterRole')}
              placeholder={t('activities.allRoles')}
              clearable
              data={ACTIVITY_ROLES.map((r) => ({ value: r, label: ACTIVITY_ROLE_LABELS[r][language] }))}
              value={role}
              onChange={setRole}
              w={200}
            />
            <Select
              label={t('activities.filterAudience')}
              placeholder={t('activities.allAudiences')}
              clearable
              data={[
                ...audiences.map((a) => ({ value: a.id, label: display(a.name) || t('register.unnamed') })),
                { value: INTERNAL, label: t('activities.internalOnly') },
              ]}
              value={audience}
              onChange={setAudience}
              w={220}
            />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('activities.shown', { shown: visible.length, total: activities.length })}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover data-testid="activity-table">
              <Table.Thead>
                <Table.Tr>
                  {header('name', t('activities.columns.name'))}
                  {header('status', t('activities.columns.status'))}
                  {header('role', t('activities.columns.role'))}
                  <Table.Th>{t('activities.columns.purposes')}</Table.Th>
                  <Table.Th>{t('activities.columns.audiences')}</Table.Th>
                  {header('nextReview', t('activities.columns.nextReview'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visible.map((a) => (
                  <Table.Tr key={a.id} data-testid="activity-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/activities/${a.id}`} fw={500}>
                        {display(a.name) || t('register.unnamed')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[a.status]}>
                        {ACTIVITY_STATUS_LABELS[a.status][language]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{ACTIVITY_ROLE_LABELS[a.role][language]}</Table.Td>
                    <Table.Td>{a.purposes.length}</Table.Td>
                    <Table.Td>
                      {a.internalOnly
                        ? t('activities.internalOnly')
                        : a.audienceIds
                            .map((id) => audienceName.get(id))
                            .filter(Boolean)
                            .join(', ')}
                    </Table.Td>
                    <Table.Td>{a.nextReview}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
