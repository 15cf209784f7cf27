import { ActionIcon, Badge, Button, Card, Group, Menu, Text } from '@mantine/core';
import { IconCopy, IconDots, IconFolderOpen, IconPencil, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../common/useFormatDate';
import type { ProjectSummary } from '../../db/workspace';
import type { ProjectActions } from './useProjectActions';

/** A project in use: its name, whether it is open, its size and last edit; Open, and a menu of the rest. */
export function ProjectCard({
  summary,
  isOpen,
  actions,
  onRename,
}: {
  summary: ProjectSummary;
  isOpen: boolean;
  actions: ProjectActions;
  onRename(): void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Card component="li" withBorder padding="md" data-testid="project-card">
      <Group justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} truncate>
              {summary.name}
            </Text>
            {isOpen && (
              <Badge variant="light" size="sm">
                {t('workspace.opened')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('workspace.activityCount', { count: summary.activityCount })} ·{' '}
            {t('workspace.lastEdited', { date: formatDateTime(summary.updatedAt) })}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="light"
            leftSection={<IconFolderOpen size={16} aria-hidden />}
            onClick={() => actions.open(summary.id)}
            aria-label={`${t('workspace.open')}: ${summary.name}`}
          >
            {t('workspace.open')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('workspace.actions', { name: summary.name })}
              >
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onRename}>
                {t('workspace.rename')}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconCopy size={16} aria-hidden />}
                onClick={() => void actions.duplicate(summary)}
              >
                {t('workspace.duplicate')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => actions.confirmDelete(summary)}
              >
                {t('workspace.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
    </Card>
  );
}

/** A project in "Recently deleted": when it was deleted; Restore, or delete it for good. */
export function DeletedProjectCard({
  summary,
  actions,
}: {
  summary: ProjectSummary;
  actions: ProjectActions;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Card component="li" withBorder padding="sm" data-testid="deleted-project-card">
      <Group justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text fw={500} truncate>
            {summary.name}
          </Text>
          <Text size="sm" c="dimmed">
            {t('workspace.deletedOn', { date: formatDateTime(summary.deletedAt!) })}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="light"
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={() => void actions.restore(summary)}
            aria-label={`${t('workspace.restore')}: ${summary.name}`}
          >
            {t('workspace.restore')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => actions.confirmPurge(summary)}>
            {t('workspace.deletePermanently')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
