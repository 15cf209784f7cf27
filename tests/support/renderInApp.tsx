import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach } from 'vitest';
import { initI18n } from '../../renderer/app/i18n';
import { CurrentProjectProvider } from '../../renderer/common/CurrentProjectContext';
import { DatabaseProvider } from '../../renderer/common/DatabaseContext';
import { KartotekDatabase } from '../../renderer/db/database';
import { createKartotekTheme } from '../../renderer/app/theme';
import type { Language } from '../../shared/i18n/languages';

/** What Mantine asks of the browser and jsdom does not have. */
function polyfillBrowser() {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView ??= () => {};
  // Mantine's autosizing Textarea listens for web fonts loading.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
  }
}

/**
 * Renders a piece of the renderer as the app does (renderer/main.tsx and App.tsx): Mantine with the app's
 * theme, modals, notifications, the UI texts in `language`, and a router at `route`. `wrap` adds
 * providers of the app's own (the database, the open project) inside those. The router is a data router
 * like the app's (so navigation can be blocked), matching every path; it is returned, so a test can see
 * where the app went. Mantine's test environment drops transitions and portals, so a menu or dialog is
 * there as soon as it is opened.
 */
export async function renderInApp(
  ui: ReactElement,
  {
    language = 'en',
    route = '/',
    wrap = (children) => children,
  }: { language?: Language; route?: string; wrap?: (children: ReactNode) => ReactNode } = {},
) {
  polyfillBrowser();
  const i18n = await initI18n(language);
  const router = createMemoryRouter([{ path: '*', element: wrap(ui) }], { initialEntries: [route] });
  const rendered = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={createKartotekTheme(i18n.t('common.close'))} env="test">
        <ModalsProvider>
          <Notifications />
          <RouterProvider router={router} />
        </ModalsProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...rendered, router };
}

/** The app's own providers around what is rendered: the database, and the project open in it. */
export function inDatabase(db: KartotekDatabase, openProjectId: string | null = null) {
  return (children: ReactNode) => (
    <DatabaseProvider db={db}>
      <CurrentProjectProvider initialProjectId={openProjectId}>{children}</CurrentProjectProvider>
    </DatabaseProvider>
  );
}

/**
 * A database of its own for each test of the calling describe block, deleted (after what was rendered is
 * removed) when the test ends. Call the returned function inside a test for the one in use.
 */
export function freshDatabaseEachTest(name: string): () => KartotekDatabase {
  let db: KartotekDatabase | undefined;
  let counter = 0;
  beforeEach(async () => {
    db = new KartotekDatabase(`${name}-${++counter}`);
    await db.open();
  });
  afterEach(async () => {
    cleanup();
    await db?.delete();
  });
  return () => db!;
}
