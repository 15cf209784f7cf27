import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { ConfirmAllButton } from '../../register/Confirmation';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_ROLE_LABELS, ACTIVITY_STATUS_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, type Activity, type Audience } from '../../../shared/model';
import { useDisplayText, useItems } from '../../register/useRegister';
import { EmptyState } from '../../common/EmptyState';
import { ActivityTable } from './ActivityTable';
import { filterRows, INTERNAL_ONLY, sortRows, toListRows, type ListSort } from './activityListRows';
import { useNewActivity } from './useNewActivity';

const NO_AUDIENCES: Audience[] = [];

/** Finds, filters and sorts the register's activities. */
export function ActivityList() {
  const { t } = useTranslation();
  const activities = useItems('activities');
  const audiences = useItems('audiences') ?? NO_AUDIENCES;
  const newActivity = useNewActivity();
  const titleId = useId();

  if (!activities) return null;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} id={titleId}>
            {t('section.activitiesTitle')}
          </Title>
          <Text c="dimmed" size="sm" maw={640}>
            {t('section.activitiesBody')}
          </Text>
        </div>
        <Group gap="xs">
          <ConfirmAllButton table="activities" />
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={newActivity}
            title={t('activities.newActivityHint')}
          >
            {t('activities.newActivity')}
          </Button>
        </Group>
      </Group>
      {activities.length === 0 ? (
        <EmptyState title={t('activities.emptyTitle')} body={t('activities.emptyBody')} />
      ) : (
        <ActivityFinder activities={activities} audiences={audiences} titleId={titleId} />
      )}
    </Stack>
  );
}

/**
 * The search box, the filters, the count and the table. A keystroke costs little and is handled in one
 * render: the search compares strings worked out once per change of the register (not per keystroke),
 * the filters are not re-rendered, and the virtualised table renders only the rows in view. (A deferred
 * update was measured slower: React renders it in 5 ms slices between frames, so the count lagged.)
 */
function ActivityFinder({
  activities,
  audiences,
  titleId,
}: {
  activities: Activity[];
  audiences: Audience[];
  titleId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const display = useDisplayText();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [audience, setAudience] = useState<string | null>(null);
  const [sort, setSort] = useState<ListSort>({ key: 'name', descending: false });

  const rows = useMemo(() => toListRows(activities, display), [activities, display]);
  const sorted = useMemo(() => sortRows(rows, sort, language), [rows, sort, language]);
  const visible = useMemo(
    () => filterRows(sorted, { query, status, role, audience }),
    [sorted, query, status, role, audience],
  );
  const audienceNames = useMemo(
    () => new Map(audiences.map((a) => [a.id, display(a.name)])),
    [audiences, display],
  );
  const scrollResetKey = JSON.stringify([query.trim(), status, role, audience, sort]);

  return (
    <>
      <Group align="flex-end" gap="sm" role="search">
        <TextInput
          leftSection={<IconSearch size={16} aria-hidden />}
          label={t('register.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
        <ActivityFilters
          audiences={audiences}
          status={status}
          onStatus={setStatus}
          role={role}
          onRole={setRole}
          audience={audience}
          onAudience={setAudience}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="activity-count">
        {t('activities.shown', { shown: visible.length, total: activities.length })}
      </Text>
      <ActivityTable
        rows={visible}
        sort={sort}
        onSort={setSort}
        audienceNames={audienceNames}
        labelledBy={titleId}
        scrollResetKey={scrollResetKey}
      />
    </>
  );
}

/** The three filters; memoised, so that typing in the search box does not re-render them. */
const ActivityFilters = memo(function ActivityFilters({
  audiences,
  status,
  onStatus,
  role,
  onRole,
  audience,
  onAudience,
}: {
  audiences: Audience[];
  status: string | null;
  onStatus(value: string | null): void;
  role: string | null;
  onRole(value: string | null): void;
  audience: string | null;
  onAudience(value: string | null): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const display = useDisplayText();
  return (
    <>
      <Select
        label={t('activities.filterStatus')}
        placeholder={t('activities.allStatuses')}
        // A filter, not a field: clicking the chosen option again clears it.
        allowDeselect
        clearable
        data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS_LABELS[s][language] }))}
        value={status}
        onChange={onStatus}
        w={170}
      />
      <Select
        label={t('activities.filterRole')}
        placeholder={t('activities.allRoles')}
        allowDeselect
        clearable
        data={ACTIVITY_ROLES.map((r) => ({ value: r, label: ACTIVITY_ROLE_LABELS[r][language] }))}
        value={role}
        onChange={onRole}
        w={200}
      />
      <Select
        label={t('activities.filterAudience')}
        placeholder={t('activities.allAudiences')}
        allowDeselect
        clearable
        data={[
          ...audiences.map((a) => ({ value: a.id, label: display(a.name) || t('register.unnamed') })),
          { value: INTERNAL_ONLY, label: t('activities.internalOnly') },
        ]}
        value={audience}
        onChange={onAudience}
        w={220}
      />
    </>
  );
});
