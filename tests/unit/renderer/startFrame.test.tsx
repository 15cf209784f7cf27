// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app/App';
import { initI18n } from '../../../renderer/app/i18n';
import { KartotekDatabase } from '../../../renderer/db/database';
import { createWorkspaceProject, rememberLastProject } from '../../../renderer/db/workspace';
import { renderInApp } from '../../support/renderInApp';

/**
 * Issue 18: the app's frame (header, navigation) is rendered, in the user's language, before the database is
 * open, so the first paint waits for neither IndexedDB nor the screens; the screens come once it is open
 * (main.tsx renders App again with the workspace's start).
 */
describe('the start of the app', () => {
  afterEach(() => {
    cleanup();
    window.location.hash = '';
  });

  async function setUp(name: string) {
    // renderInApp brings the browser polyfills Mantine needs; what it renders is removed again.
    await renderInApp(<></>);
    cleanup();
    await initI18n('da');
    return new KartotekDatabase(name);
  }

  it('shows the frame in the UI language without touching the database, then the start screen', async () => {
    const db = await setUp('start-frame-empty');
    const open = vi.spyOn(db, 'open');
    const { rerender } = render(<App db={db} start={null} />);

    expect(screen.getByTestId('file-menu')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Hovednavigation' });
    expect(within(nav).getByText('Projekter')).toBeTruthy();
    expect(within(nav).getByText('Aktiviteter')).toBeTruthy();
    // No screen yet, and nothing read: Dexie opens a database on the first query.
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    // Effects and live queries have had their turn (a query would have opened the database).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(open).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);

    await db.open();
    rerender(<App db={db} start={{ initialProjectId: null, persistence: 'persistent' }} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Projekter' })).toBeTruthy();
    await db.delete();
  });

  it('opens the project open last time once the database is open, never "no project" before', async () => {
    const db = await setUp('start-frame-project');
    await db.open();
    const project = await createWorkspaceProject(db, 'Firma A/S', 'da');
    await rememberLastProject(db, project.id);
    const { rerender } = render(<App db={db} start={null} />);
    expect(screen.getByTestId('current-project').textContent).toBe('');

    rerender(<App db={db} start={{ initialProjectId: project.id, persistence: 'persistent' }} />);
    await waitFor(() => expect(screen.getByTestId('current-project').textContent).toBe('Firma A/S'));
    expect(window.location.hash).toBe('#/overview');
    await db.delete();
  });
});
