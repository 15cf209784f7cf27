import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { platform } from '../platform/platform';
import { useToggleTheme } from './ThemeToggle';

/** Carries out the commands of Electron's native menu (File, View, Help). */
export function useMenuCommands({ onAbout }: { onAbout(): void }) {
  const navigate = useNavigate();
  const { toggle } = useToggleTheme();
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        switch (command) {
          case 'project:new':
            navigate('/projects?new=1');
            break;
          case 'navigate:projects':
            navigate('/projects');
            break;
          case 'view:toggle-theme':
            toggle();
            break;
          case 'help:about':
            onAbout();
            break;
        }
      }),
    [navigate, toggle, onAbout],
  );
}
