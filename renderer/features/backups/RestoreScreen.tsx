import { Alert, Loader, Select, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/platform/contract';
import { EmptyState } from '../../common/EmptyState';
import { ScreenHeader } from '../../common/ScreenHeader';
import { BackupTable } from './BackupTable';
import { ALL_PROJECTS, backedUpProjects, backupsOf } from './backupList';
import { useBackups } from './useBackups';
import { useRestoreBackup } from './useRestoreBackup';

/**
 * The automatic backups (shared/project-file/backups.ts says when they are taken and how long they
 * are kept): when, of what, why, how big and what they hold. Restoring one adds it as a new project
 * and changes nothing that exists; a project that no longer exists comes back under its own id.
 */
export function RestoreScreen() {
  const { t } = useTranslation();
  const { backups, failed, info } = useBackups();
  const { restore, restoring } = useRestoreBackup();
  const [project, setProject] = useState(ALL_PROJECTS);

  return (
    <Stack maw={1000}>
      <RestoreHeader info={info} />
      {failed && <Alert color="red">{t('files.backups.listFailed', { message: failed })}</Alert>}
      {backups === null && !failed && <Loader size="sm" aria-label={t('files.backups.loading')} />}
      {backups?.length === 0 && (
        <EmptyState title={t('files.backups.emptyTitle')} body={t('files.backups.emptyBody')} />
      )}
      {backups && backups.length > 0 && (
        <>
          <Select
            label={t('files.backups.filter')}
            maw={360}
            allowDeselect={false}
            value={project}
            onChange={(value) => setProject(value ?? ALL_PROJECTS)}
            data={[
              { value: ALL_PROJECTS, label: t('files.backups.allProjects') },
              ...backedUpProjects(backups).map(({ id, name }) => ({ value: id, label: name })),
            ]}
          />
          <BackupTable
            backups={backupsOf(backups, project)}
            restoring={restoring}
            restore={(backup) => void restore(backup)}
          />
        </>
      )}
    </Stack>
  );
}

/** What the backups are, and where this host keeps them. */
function RestoreHeader({ info }: { info: AppInfo | null }) {
  const { t } = useTranslation();
  const where =
    info &&
    (info.host === 'web'
      ? t('files.backups.whereWeb')
      : t('files.backups.whereDesktop', { folder: info.dataDirectory ?? '' }));
  return (
    <ScreenHeader
      icon={IconHistory}
      title={t('files.backups.title')}
      intro={[t('files.backups.intro'), where]}
    />
  );
}
