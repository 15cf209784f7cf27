import { Badge, Button, Table } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/platform/fileContract';
import { useFormatDateTime } from '../../common/useFormatDate';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { formatSize } from './backupList';

/** The backups, one row each: when, of what, why, what they hold, how big, and Restore. */
export function BackupTable({
  backups,
  restoring,
  restore,
}: {
  backups: readonly BackupInfo[];
  /** The backup being restored: the others wait until it is done. */
  restoring: string | null;
  restore(backup: BackupInfo): void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover withTableBorder aria-label={t('files.backups.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('files.backups.when')}</Table.Th>
            <Table.Th scope="col">{t('files.backups.project')}</Table.Th>
            <Table.Th scope="col">{t('files.backups.reason')}</Table.Th>
            <Table.Th scope="col">{t('files.backups.contents')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('files.backups.size')}
            </Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('files.backups.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <BackupRow
              key={backup.id}
              backup={backup}
              busy={restoring === backup.id}
              waiting={restoring !== null && restoring !== backup.id}
              restore={() => restore(backup)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function BackupRow({
  backup,
  busy,
  waiting,
  restore,
}: {
  backup: BackupInfo;
  busy: boolean;
  waiting: boolean;
  restore(): void;
}) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const name = backup.projectName ?? t('files.backups.unknownProject');
  const when = formatDateTime(backup.createdAt);
  const contents =
    backup.activityCount === null || backup.vendorCount === null
      ? t('files.backups.unreadable')
      : `${t('files.backups.activities', { count: backup.activityCount })} · ${t('files.backups.vendors', {
          count: backup.vendorCount,
        })}`;
  return (
    <Table.Tr data-testid="backup-row">
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when}</Table.Td>
      <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
        {name}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={backup.reason === 'daily' ? 'gray' : 'blue'}>
          {t(`files.backups.reasons.${backup.reason}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{contents}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatSize(backup.sizeBytes, language)}
      </Table.Td>
      <Table.Td ta="right">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconRestore size={14} aria-hidden />}
          disabled={backup.projectName === null || waiting}
          loading={busy}
          onClick={restore}
          aria-label={t('files.backups.restoreLabel', { name, when })}
        >
          {t('files.backups.restore')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
