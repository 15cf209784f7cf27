import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { KartotekDatabase } from './db/database';
import { pendingWrites, replayAbandonedEdits } from './db/pendingWrites';
import { lastOpenProject, requestPersistentStorage } from './db/workspace';
import { initI18n, i18next } from './app/i18n';
import { platform } from './platform/platform';
import type { WorkspaceStart } from './common/WorkspaceStart';

/** The database opened and readied for the screens: what the app starts from. */
async function openWorkspace(db: KartotekDatabase): Promise<WorkspaceStart> {
  await db.open();
  // Edits a closed window could not finish storing (db/pendingWrites.ts), before any screen reads them.
  await replayAbandonedEdits(db);
  // The desktop window waits for the edits in flight before it closes.
  platform.onFlushRequest(() => pendingWrites.settled());
  const [initialProjectId, persistence] = await Promise.all([
    lastOpenProject(db),
    requestPersistentStorage(),
  ]);
  return { initialProjectId, persistence };
}

/** Resolves once the browser has painted the frame rendered before it (a frame, then a task). */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function start() {
  const i18n = await initI18n();
  void platform.setUiLanguage(i18n.language as 'da' | 'sv' | 'en');
  const root = createRoot(document.getElementById('root')!);
  const db = new KartotekDatabase();
  // The app's frame (header, navigation) is rendered while the database opens; the screens, which
  // read it, follow once it is ready (App, WorkspaceStart). The frame is painted first.
  const opening = openWorkspace(db);
  root.render(
    <StrictMode>
      <App db={db} start={null} />
    </StrictMode>,
  );
  let ready: WorkspaceStart;
  try {
    [ready] = await Promise.all([opening, afterNextPaint()]);
  } catch (error) {
    // Without a database nothing can be kept: say so instead of showing an app that loses edits.
    root.render(
      <p role="alert" style={{ padding: 24, fontFamily: 'system-ui' }}>
        {i18next.t('errors.storageUnavailable')} ({error instanceof Error ? error.message : String(error)})
      </p>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App db={db} start={ready} />
    </StrictMode>,
  );
}

void start();
