import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app/App';
import { KartotekDatabase } from './db/database';
import { pendingWrites, replayAbandonedEdits } from './db/pendingWrites';
import { lastOpenProject, requestPersistentStorage } from './db/workspace';
import { initI18n, i18next } from './app/i18n';
import { platform } from './platform/platform';

async function start() {
  const i18n = await initI18n();
  void platform.setUiLanguage(i18n.language as 'da' | 'sv' | 'en');
  const root = createRoot(document.getElementById('root')!);
  const db = new KartotekDatabase();
  try {
    await db.open();
  } catch (error) {
    // Without a database nothing can be kept: say so instead of showing an app that loses edits.
    root.render(
      <p role="alert" style={{ padding: 24, fontFamily: 'system-ui' }}>
        {i18next.t('errors.storageUnavailable')} ({error instanceof Error ? error.message : String(error)})
      </p>,
    );
    return;
  }
  // Edits a closed window could not finish storing (db/pendingWrites.ts), before anything is shown.
  await replayAbandonedEdits(db);
  // The desktop window waits for the edits in flight before it closes.
  platform.onFlushRequest(() => pendingWrites.settled());
  const [initialProjectId, persistence] = await Promise.all([
    lastOpenProject(db),
    requestPersistentStorage(),
  ]);
  root.render(
    <StrictMode>
      <App db={db} initialProjectId={initialProjectId} persistence={persistence} />
    </StrictMode>,
  );
}

void start();
