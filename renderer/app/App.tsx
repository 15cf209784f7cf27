import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { lazy, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { KartotekDatabase } from '../db/database';
import { WorkspaceScreen } from '../features/workspace/WorkspaceScreen';
import { SectionScreen } from '../shell/SectionScreen';
import { AppLayout } from '../shell/AppLayout';
import { CurrentProjectProvider } from '../common/CurrentProjectContext';
import { DatabaseProvider } from '../common/DatabaseContext';
import { useWorkspaceStart, WorkspaceStartProvider, type WorkspaceStart } from '../common/WorkspaceStart';
import { colorSchemeManager, createKartotekTheme, cssVariablesResolver } from './theme';

// Screens reached by a click, loaded then: the first paint waits for less code (the wizard brings the
// starter templates). AppLayout shows them inside a Suspense boundary.
const StarterWizard = lazy(async () => ({
  default: (await import('../features/wizard/StarterWizard')).StarterWizard,
}));
const CompareScreen = lazy(async () => ({
  default: (await import('../features/files/CompareScreen')).CompareScreen,
}));
const RestoreScreen = lazy(async () => ({
  default: (await import('../features/backups/RestoreScreen')).RestoreScreen,
}));

export interface AppProps {
  db: KartotekDatabase;
  /** Null while the database opens: the frame shows, the screens wait (main.tsx). */
  start: WorkspaceStart | null;
}

/** The start page: the project open last time, or the projects. Rendered once the workspace has started. */
function StartRedirect() {
  const start = useWorkspaceStart();
  return start && <Navigate to={start.initialProjectId ? '/overview' : '/projects'} replace />;
}

export function App({ db, start }: AppProps) {
  // Hash routing works the same under app:// in Electron and on any web server.
  const [router] = useState(() =>
    createHashRouter([
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <StartRedirect /> },
          { path: 'projects', element: <WorkspaceScreen /> },
          { path: 'new', element: <StarterWizard /> },
          { path: 'compare', element: <CompareScreen /> },
          { path: 'backups', element: <RestoreScreen /> },
          { path: ':section', element: <SectionScreen /> },
          { path: ':section/:itemId', element: <SectionScreen /> },
        ],
      },
    ]),
  );
  const { t, i18n } = useTranslation();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the UI language changes
  const theme = useMemo(() => createKartotekTheme(t('common.close')), [t, i18n.language]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
    >
      <DatabaseProvider db={db}>
        <WorkspaceStartProvider start={start}>
          <CurrentProjectProvider initialProjectId={start ? start.initialProjectId : undefined}>
            <TranslatedModals>
              <Notifications position="bottom-right" />
              <RouterProvider router={router} />
            </TranslatedModals>
          </CurrentProjectProvider>
        </WorkspaceStartProvider>
      </DatabaseProvider>
    </MantineProvider>
  );
}

function TranslatedModals({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ModalsProvider labels={{ confirm: t('workspace.save'), cancel: t('workspace.cancel') }}>
      {children}
    </ModalsProvider>
  );
}
