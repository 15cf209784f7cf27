import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHANGE_TARGET_LABELS } from '../../../shared/changes';
import type { Language } from '../../../shared/i18n/languages';
import { CHANGE_TARGETS, type ChangeTarget, type ExportRecord } from '../../../shared/model';
import { useFormatDateTime } from '../../common/useFormatDate';
import { exportWindows, type ChangeWindow } from './changeFilters';

export interface ChangeFilterState {
  span: ChangeWindow;
  area: ChangeTarget | null;
  query: string;
}

const SINCE_KEYS = { policy: 'sincePolicy', vendors: 'sinceVendors', register: 'sinceRegister' } as const;

/** Which changes to list: all or since a document's last export, one area, and a search. */
export function ChangeFilterBar({
  filter,
  onChange,
  exportHistory,
  language,
}: {
  filter: ChangeFilterState;
  onChange(filter: ChangeFilterState): void;
  exportHistory: readonly ExportRecord[];
  language: Language;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const spans = [
    { value: 'all', label: t('changes.all') },
    ...exportWindows(exportHistory).map(({ window, record }) => ({
      value: window,
      label: t(`changes.${SINCE_KEYS[window]}`, { date: formatDateTime(record.at) }),
    })),
  ];
  return (
    <Group align="end" role="search">
      <Select
        label={t('changes.show')}
        data={spans}
        value={filter.span}
        onChange={(value) => onChange({ ...filter, span: (value as ChangeWindow | null) ?? 'all' })}
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
        value={filter.area}
        onChange={(value) => onChange({ ...filter, area: value as ChangeTarget | null })}
        // A filter, not a field: clicking the chosen option again clears it.
        allowDeselect
        clearable
        w={260}
      />
      <TextInput
        label={t('changes.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.query}
        onChange={(event) => onChange({ ...filter, query: event.currentTarget.value })}
        w={260}
      />
    </Group>
  );
}
