import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffCounts } from './compareView';
import { KIND_COLORS } from './kindColors';

/** How many differences of each kind, and the two choices for all of them at once. */
export function CompareSummary({
  counts,
  takeAll,
  keepAll,
}: {
  counts: DiffCounts;
  takeAll(): void;
  keepAll(): void;
}) {
  const { t } = useTranslation();
  const kinds = ['added', 'changed', 'removed'] as const;
  return (
    <>
      <Group gap="xs" data-testid="compare-summary">
        {kinds.map(
          (kind) =>
            counts[kind] > 0 && (
              <Badge key={kind} color={KIND_COLORS[kind]} autoContrast>
                {t(`files.compare.summary.${kind}`, { count: counts[kind] })}
              </Badge>
            ),
        )}
        {counts.settings > 0 && (
          <Badge color="gray.7" autoContrast>
            {t('files.compare.summary.settings', { count: counts.settings })}
          </Badge>
        )}
      </Group>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={takeAll}>
          {t('files.compare.takeAll')}
        </Button>
        <Button variant="default" size="xs" onClick={keepAll}>
          {t('files.compare.keepAll')}
        </Button>
      </Group>
    </>
  );
}
