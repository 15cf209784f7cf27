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
import type { StoragePersistence } from '../db/workspace';
import { WorkspaceScreen } from '../features/workspace/WorkspaceScreen';
import { SectionScreen } from '../shell/SectionScreen';
import { AppLayout } from '../shell/AppLayout';
import { CurrentProjectProvider } from '../common/CurrentProjectContext';
import { DatabaseProvider } from '../common/DatabaseContext';
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
  initialProjectId: string | null;
  persistence: StoragePersistence;
}

export function App({ db, initialProjectId, persistence }: AppProps) {
  // Hash routing works the same under app:// in Electron and on any web server.
  const [router] = useState(() =>
    createHashRouter([
      {
        element: <AppLayout persistence={persistence} />,
        children: [
          { index: true, element: <Navigate to={initialProjectId ? '/overview' : '/projects'} replace /> },
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
        <CurrentProjectProvider initialProjectId={initialProjectId}>
          <TranslatedModals>
            <Notifications position="bottom-right" />
            <RouterProvider router={router} />
          </TranslatedModals>
        </CurrentProjectProvider>
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
