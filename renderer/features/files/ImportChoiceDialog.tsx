import { Alert, Box, Button, Group, Loader, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsDiff, IconCopy, IconReplace } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { diffProjects } from '../../../shared/project-file';
import { useDatabase } from '../../common/DatabaseContext';
import { readProjectSnapshot } from '../../db/snapshot';
import type { ExistingProject, IncomingFile } from '../../common/fileSession';
import classes from './files.module.css';

function Choice({
  icon,
  title,
  description,
  onClick,
}: {
  icon: ReactNode;
  title: string;
  description: string;
  onClick(): void;
}) {
  return (
    <UnstyledButton className={classes.choice} onClick={onClick}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Box w={24} style={{ flexShrink: 0, display: 'flex', justifyContent: 'center' }}>
          {icon}
        </Box>
        <div>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}

/**
 * A file whose project is already here: compare, replace (after a backup) or keep both. Shows how
 * much differs, so "replace" is never a leap in the dark.
 */
export function ImportChoiceDialog({
  file,
  existing,
  onCompare,
  onReplace,
  onKeepBoth,
  onClose,
}: {
  file: IncomingFile;
  existing: ExistingProject;
  onCompare(): void;
  onReplace(): void;
  onKeepBoth(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const differences = useLiveQuery(async () => {
    const local = await readProjectSnapshot(db, existing.id);
    if (!local) return null;
    const diff = diffProjects(local, file.project);
    return diff.identical
      ? 0
      : diff.items.length + diff.settings.length + (diff.incomingExportRecords > 0 ? 1 : 0);
  }, [db, existing.id, file.project]);

  return (
    <Modal opened onClose={onClose} title={t('files.choice.title')} centered size="lg">
      <Stack gap="md">
        <Text size="sm">
          {t('files.choice.intro', { fileName: file.fileName, name: existing.name })}
          {existing.deleted && ` ${t('files.choice.inRecentlyDeleted')}`}
        </Text>
        <div aria-live="polite" data-testid="choice-differences">
          {differences === undefined ? (
            <Loader size="xs" aria-label={t('files.choice.comparing')} />
          ) : differences === 0 ? (
            <Alert color="green" variant="light" p="xs">
              {t('files.choice.identical')}
            </Alert>
          ) : differences !== null ? (
            <Alert color="blue" variant="light" p="xs">
              {t('files.choice.differences', { count: differences })}
            </Alert>
          ) : null}
        </div>
        <Stack gap="xs">
          <Choice
            icon={<IconArrowsDiff size={22} aria-hidden />}
            title={t('files.choice.compare')}
            description={t('files.choice.compareBody')}
            onClick={onCompare}
          />
          <Choice
            icon={<IconReplace size={22} aria-hidden />}
            title={t('files.choice.replace')}
            description={t('files.choice.replaceBody', { name: existing.name })}
            onClick={onReplace}
          />
          <Choice
            icon={<IconCopy size={22} aria-hidden />}
            title={t('files.choice.keepBoth')}
            description={t('files.choice.keepBothBody', {
              name: t('files.keepBothName', { name: file.project.name }),
            })}
            onClick={onKeepBoth}
          />
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('files.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
