import { useEffect, useEffectEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FileCommand } from '../common/useFileActions';
import { platform } from '../platform/platform';
import { useToggleTheme } from './ThemeToggle';

/** Carries out the commands of Electron's native menu (File, View, Help). */
export function useMenuCommands({
  onAbout,
  onFileCommand,
}: {
  onAbout(): void;
  onFileCommand(command: FileCommand): void;
}) {
  const navigate = useNavigate();
  const { toggle } = useToggleTheme();
  const file = useEffectEvent((command: FileCommand) => onFileCommand(command));
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        switch (command) {
          case 'project:new':
            navigate('/projects?new=1');
            break;
          case 'file:open':
            file('open');
            break;
          case 'file:save':
            file('save');
            break;
          case 'file:save-as':
            file('saveAs');
            break;
          case 'navigate:projects':
            navigate('/projects');
            break;
          case 'navigate:backups':
            navigate('/backups');
            break;
          case 'view:toggle-theme':
            toggle();
            break;
          case 'help:about':
            onAbout();
            break;
          default:
            command satisfies never;
        }
      }),
    [navigate, toggle, onAbout],
  );
}
