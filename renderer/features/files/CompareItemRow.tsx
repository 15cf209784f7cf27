import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemChange, Side } from '../../../shared/project-file';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { ChoiceControl } from './ChoiceControl';
import { describeFields } from './compareText';
import { itemTitle } from './compareView';
import { KIND_COLORS } from './kindColors';

/** One item that differs: its kind, its name (a rename as "old → new"), the fields that differ, the choice. */
export function CompareItemRow({
  change,
  side,
  onChange,
}: {
  change: ItemChange;
  side: Side;
  onChange(side: Side): void;
}) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const { name, title } = itemTitle(change);
  return (
    <Paper withBorder p="sm" component="li" data-testid="compare-item">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Group gap="xs" wrap="nowrap">
            <Badge color={KIND_COLORS[change.kind]} autoContrast size="sm" style={{ flexShrink: 0 }}>
              {t(`files.compare.kinds.${change.kind}`)}
            </Badge>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Text>
          </Group>
          {change.kind === 'changed' && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('files.compare.fieldsChanged', {
                fields: describeFields(
                  change.fields,
                  language,
                  (count) => t('files.compare.andMore', { count }),
                  { within: [change.collection] },
                ),
              })}
            </Text>
          )}
        </div>
        <ChoiceControl
          kind={change.kind}
          label={t('files.compare.choiceFor', { name })}
          value={side}
          onChange={onChange}
        />
      </Group>
    </Paper>
  );
}
