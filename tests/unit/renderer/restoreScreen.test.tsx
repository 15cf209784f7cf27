// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../../shared/platform/fileContract';
import { serializeProjectFile } from '../../../shared/project-file';
import { importProject } from '../../../renderer/db/importProject';
import { readProjectSnapshot } from '../../../renderer/db/snapshot';
import { listProjectSummaries } from '../../../renderer/db/workspace';
import { platform } from '../../../renderer/platform/platform';
import { RestoreScreen } from '../../../renderer/features/backups/RestoreScreen';
import {
  ALL_PROJECTS,
  backedUpProjects,
  backupsOf,
  formatSize,
} from '../../../renderer/features/backups/backupList';
import { freshDatabaseEachTest, inDatabase, renderInApp } from '../../support/renderInApp';
import { sampleProject } from '../../support/sampleProject';

const backup = (id: string, projectId: string, projectName: string | null, extra: Partial<BackupInfo> = {}) =>
  ({
    id,
    projectId,
    projectName,
    createdAt: '2026-11-20T09:00:00.000Z',
    reason: 'beforeDelete',
    sizeBytes: 2048,
    activityCount: projectName === null ? null : 2,
    vendorCount: projectName === null ? null : 1,
    ...extra,
  }) as BackupInfo;

describe('the list of backups', () => {
  const backups = [
    backup('b1', 'p-zulu', 'Zulu ApS'),
    backup('b2', 'p-alfa', 'Alfa A/S'),
    backup('b3', 'p-zulu', 'Zulu ApS'),
    backup('b4', 'p-broken', null),
  ];

  it('offers each project once, by name, and one that cannot be read by its id', () => {
    expect(backedUpProjects(backups)).toEqual([
      { id: 'p-alfa', name: 'Alfa A/S' },
      { id: 'p-broken', name: 'p-broken' },
      { id: 'p-zulu', name: 'Zulu ApS' },
    ]);
  });

  it('shows one project’s backups in their order, or all', () => {
    expect(backupsOf(backups, 'p-zulu').map((b) => b.id)).toEqual(['b1', 'b3']);
    expect(backupsOf(backups, ALL_PROJECTS)).toHaveLength(4);
  });

  it('gives sizes in kB below a megabyte, never as zero, and in MB above', () => {
    expect(formatSize(20 * 1024, 'en')).toBe('20 kB');
    expect(formatSize(1536, 'en')).toBe('1.5 kB');
    expect(formatSize(10, 'en')).toBe('0.1 kB');
    expect(formatSize(3.5 * 1024 * 1024, 'da')).toBe('3,5 MB');
    expect(formatSize(40 * 1024 * 1024, 'sv')).toBe('40 MB');
  });
});

describe('RestoreScreen', () => {
  const database = freshDatabaseEachTest('restore-screen');
  const fileText = serializeProjectFile(sampleProject(), {
    appVersion: '0.0.0-test',
    now: '2026-11-20T09:00:00.000Z',
  });
  const stored = [
    backup('sample-project/20261120-beforeDelete.kartotek', 'sample-project', 'ITGuy ApS'),
    backup('p-other/20261119-daily.kartotek', 'p-other', 'Andet ApS', { reason: 'daily' }),
    backup('p-broken/20261118-save.kartotek', 'p-broken', null, { reason: 'save' }),
  ];
  beforeEach(() => {
    vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
    vi.spyOn(platform, 'listBackups').mockResolvedValue(stored);
    vi.spyOn(platform, 'readBackup').mockImplementation(async (id) => ({
      status: 'ok',
      backup: stored.find((b) => b.id === id)!,
      text: fileText,
    }));
    vi.spyOn(platform, 'createBackup').mockImplementation(async () => ({ status: 'notDue' }));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  const renderRestore = () =>
    renderInApp(<RestoreScreen />, { route: '/restore', wrap: inDatabase(database()) });

  it('lists every backup with why it was taken and what it holds, and filters them by project', async () => {
    await renderRestore();
    const table = await screen.findByRole('table', { name: 'Automatic backups' });
    const rows = within(table).getAllByTestId('backup-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toContain('Before delete');
    expect(rows[0]!.textContent).toContain('2 activities · 1 vendor');
    expect(rows[0]!.textContent).toContain('2 kB');
    expect(rows[2]!.textContent).toContain('Unreadable backup');
    expect(rows[2]!.textContent).toContain('Cannot be read');
    expect(within(rows[2]!).getByRole('button').hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/kept in this browser’s storage/)).toBeTruthy();

    await userEvent.click(screen.getByLabelText('Project', { selector: 'input' }));
    await userEvent.click(screen.getByRole('option', { name: 'Andet ApS' }));
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(1));
    expect(screen.getByTestId('backup-row').textContent).toContain('Daily');
  });

  it('restores a project that no longer exists under its own id', async () => {
    await renderRestore();
    await userEvent.click(await screen.findByRole('button', { name: /^Restore “ITGuy ApS” from/ }));
    expect(await screen.findByText('“ITGuy ApS” was restored from the backup.')).toBeTruthy();
    expect((await readProjectSnapshot(database(), 'sample-project'))?.vendors[0]?.name).toBe('Microsoft 365');
  });

  it('adds a backup of a project that exists beside it, named by when it is from, and keeps the project', async () => {
    const current = sampleProject();
    current.name = 'ITGuy ApS (now)';
    await importProject(database(), current, 'new');
    await renderRestore();
    await userEvent.click(await screen.findByRole('button', { name: /^Restore “ITGuy ApS” from/ }));
    expect(
      await screen.findByText(/^“ITGuy ApS \(restored from .+\)” was restored from the backup\.$/),
    ).toBeTruthy();
    const names = (await listProjectSummaries(database())).map((project) => project.name).sort();
    expect(names).toEqual(['ITGuy ApS (now)', expect.stringMatching(/^ITGuy ApS \(restored from /)]);
    expect(platform.createBackup).toHaveBeenCalledWith(
      expect.objectContaining({ projectId: 'sample-project', reason: 'beforeRestore' }),
    );
  });
});
