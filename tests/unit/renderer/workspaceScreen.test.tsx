// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KartotekDatabase } from '../../../renderer/db/database';
import { createWorkspaceProject, deleteProject, type ProjectSummary } from '../../../renderer/db/workspace';
import { copyName, splitProjects } from '../../../renderer/features/workspace/projectList';
import { WorkspaceScreen } from '../../../renderer/features/workspace/WorkspaceScreen';
import { freshDatabaseEachTest, inDatabase, renderInApp } from '../../support/renderInApp';

const summary = (id: string, deletedAt: string | null = null) =>
  ({ id, name: id, deletedAt, activityCount: 0, updatedAt: '2026-12-01T10:00:00.000Z' }) as ProjectSummary;

describe('the workspace lists', () => {
  it('puts deleted projects apart and keeps the order of each list', () => {
    const { active, deleted } = splitProjects([
      summary('a'),
      summary('b', '2026-12-02T10:00:00.000Z'),
      summary('c'),
    ]);
    expect(active.map((p) => p.id)).toEqual(['a', 'c']);
    expect(deleted.map((p) => p.id)).toEqual(['b']);
    expect(splitProjects(undefined)).toEqual({ active: [], deleted: [] });
  });

  it('cuts the name of a copy to the longest project name', () => {
    expect(copyName('Copy of Firma')).toBe('Copy of Firma');
    expect(copyName('x'.repeat(200))).toHaveLength(120);
  });
});

describe('WorkspaceScreen', () => {
  const database = freshDatabaseEachTest('workspace-screen');
  let db: KartotekDatabase;
  beforeEach(() => {
    db = database();
  });

  const renderWorkspace = (openId: string | null) =>
    renderInApp(<WorkspaceScreen />, { route: '/projects', wrap: inDatabase(db, openId) });

  it('lists the projects in use, marks the open one, and shows deleted ones under Recently deleted', async () => {
    const open = await createWorkspaceProject(db, 'Åben ApS', 'da');
    await createWorkspaceProject(db, 'Anden A/S', 'da');
    const gone = await createWorkspaceProject(db, 'Slettet I/S', 'da');
    await deleteProject(db, gone.id);
    await renderWorkspace(open.id);

    const list = await screen.findByRole('list', { name: 'Projects' });
    await waitFor(() => expect(within(list).getAllByTestId('project-card')).toHaveLength(2));
    const openCard = within(list).getByText('Åben ApS').closest('li')!;
    expect(within(openCard).getByText('Open now')).toBeTruthy();
    expect(within(within(list).getByText('Anden A/S').closest('li')!).queryByText('Open now')).toBeNull();

    const deleted = screen.getByRole('region', { name: 'Recently deleted' });
    expect(within(deleted).getByTestId('deleted-project-card').textContent).toContain('Slettet I/S');
  });

  it('brings a deleted project back into the list with Restore', async () => {
    const gone = await createWorkspaceProject(db, 'Slettet I/S', 'da');
    await deleteProject(db, gone.id);
    await renderWorkspace(null);

    await userEvent.click(await screen.findByRole('button', { name: 'Restore: Slettet I/S' }));
    const list = screen.getByRole('list', { name: 'Projects' });
    await waitFor(() => expect(within(list).getByText('Slettet I/S')).toBeTruthy());
    expect(screen.queryByRole('region', { name: 'Recently deleted' })).toBeNull();
    expect((await db.projects.get(gone.id))?.deletedAt).toBeFalsy();
  });

  it('renames a project from its menu', async () => {
    const project = await createWorkspaceProject(db, 'Gammelt navn', 'da');
    await renderWorkspace(null);

    await userEvent.click(await screen.findByRole('button', { name: 'Actions for Gammelt navn' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /Project name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Nyt navn');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.projects.get(project.id))?.name).toBe('Nyt navn'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
