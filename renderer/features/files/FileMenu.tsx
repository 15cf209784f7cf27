import { Box, Button, Menu, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconDeviceFloppy,
  IconFileExport,
  IconFolderOpen,
  IconHistory,
  IconPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { platform } from '../../platform/platform';
import type { FileCommand } from '../../common/useFileActions';
import { useProjectFileState } from './useProjectFileState';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl+Shift+S", or "⇧⌘S" on a Mac, for the shortcut shown beside a menu item. */
function shortcut(key: string, shift = false): string {
  return isMac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

function Shortcut({ keys }: { keys: string }) {
  return (
    <Text size="xs" c="dimmed" aria-hidden>
      {keys}
    </Text>
  );
}

/**
 * The File menu in the web version's header: the desktop app has the same commands in its native menu.
 * The dot on the button says that the open project has changes not yet saved to its file.
 */
export function FileMenu({ onCommand }: { onCommand(command: FileCommand): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { project } = useCurrentProject();
  const { link, edited } = useProjectFileState();
  if (platform.kind !== 'web') return null;
  const status = edited && link ? t('files.menu.unsaved', { fileName: link.fileName }) : null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={
            edited ? (
              <Box
                component="span"
                w={8}
                h={8}
                bg="orange.7"
                style={{ borderRadius: '50%', display: 'inline-block' }}
                aria-hidden
              />
            ) : undefined
          }
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={status ? `${t('files.menu.file')} (${status})` : t('files.menu.file')}
          title={status ?? undefined}
          data-testid="file-menu"
        >
          {t('files.menu.file')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onCommand('new')}>
          {t('files.menu.newProject')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFolderOpen size={16} aria-hidden />}
          rightSection={<Shortcut keys={shortcut('O')} />}
          onClick={() => onCommand('open')}
        >
          {t('files.menu.open')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          rightSection={<Shortcut keys={shortcut('S')} />}
          disabled={!project}
          onClick={() => onCommand('save')}
        >
          {t('files.menu.save')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileExport size={16} aria-hidden />}
          rightSection={<Shortcut keys={shortcut('S', true)} />}
          disabled={!project}
          onClick={() => onCommand('saveAs')}
        >
          {t('files.menu.saveAs')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconHistory size={16} aria-hidden />} onClick={() => navigate('/backups')}>
          {t('files.menu.backups')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
