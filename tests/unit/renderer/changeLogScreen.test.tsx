// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChangeEntry, ExportRecord, Project } from '../../../shared/model';
import { importProject } from '../../../renderer/db/importProject';
import { CHANGE_PAGE, ChangeLogScreen } from '../../../renderer/features/changes/ChangeLogScreen';
import {
  describedLog,
  existingItemKeys,
  exportWindows,
  predatesLog,
} from '../../../renderer/features/changes/changeFilters';
import { freshDatabaseEachTest, inDatabase, renderInApp } from '../../support/renderInApp';
import { sampleProject } from '../../support/sampleProject';

const exported = (id: string, kind: ExportRecord['kind'], at: string): ExportRecord => ({
  id,
  at,
  kind,
  language: 'en',
  audienceId: null,
  versionLabel: '1',
  editionDate: '',
  draft: false,
  contentHash: 'abcdef0123456789',
});

const entry = (n: number, extra: Partial<ChangeEntry> = {}): ChangeEntry => ({
  id: `log-${n}`,
  at: new Date(Date.parse('2026-11-03T08:00:00.000Z') + n * 60_000).toISOString(),
  target: 'vendors',
  itemId: 'v-m365',
  itemName: 'Microsoft 365',
  action: 'changed',
  path: ['legalEntity'],
  before: `Entity ${n - 1}`,
  after: `Entity ${n}`,
  ...extra,
});

/** The sample project with a removed vendor and a new owner of an activity, and the register exported between them. */
function loggedProject(): Project {
  const project = sampleProject();
  project.changeLog.entries.push(
    entry(1, {
      itemId: 'v-gone',
      itemName: 'Dropbox',
      action: 'removed',
      path: [],
      before: undefined,
      after: undefined,
    }),
    entry(2, {
      target: 'activities',
      itemId: 'act-support',
      itemName: 'Support',
      path: ['owner'],
      before: 'Jens Jensen',
      after: 'Mette Hansen',
    }),
  );
  project.exportHistory.push(exported('exp-reg', 'register', '2026-11-03T08:01:30.000Z'));
  return project;
}

describe('the change log, as plain functions', () => {
  it('lists the log newest first, in words', () => {
    const log = describedLog(loggedProject(), 'en');
    expect(log.map((change) => change.id)).toEqual(['log-2', 'log-1', 'chg-1']);
    expect(log[0]).toMatchObject({
      item: 'Support',
      field: 'owner',
      before: 'Jens Jensen',
      after: 'Mette Hansen',
    });
  });

  it('knows which items still exist, so only those are linked', () => {
    const keys = existingItemKeys(loggedProject());
    expect(keys.has('vendors:v-m365')).toBe(true);
    expect(keys.has('activities:act-support')).toBe(true);
    expect(keys.has('vendors:v-gone')).toBe(false);
  });

  it('offers "since the last export" for each document exported before, by its latest export', () => {
    const history = [
      exported('p1', 'policy', '2026-10-01T09:00:00.000Z'),
      exported('p2', 'policy', '2026-11-01T09:00:00.000Z'),
      exported('a1', 'audit-pack', '2026-11-02T09:00:00.000Z'),
      exported('r1', 'register', '2026-09-01T09:00:00.000Z'),
    ];
    expect(exportWindows(history).map(({ window, record }) => [window, record.id])).toEqual([
      ['policy', 'p2'],
      ['register', 'r1'],
    ]);
    expect(exportWindows([])).toEqual([]);
  });

  it('warns only for an export older than the log', () => {
    const since = '2026-11-01T09:00:00.000Z';
    expect(predatesLog(exported('old', 'policy', '2026-10-31T09:00:00.000Z'), since)).toBe(true);
    expect(predatesLog(exported('new', 'policy', '2026-11-01T09:00:00.000Z'), since)).toBe(false);
    expect(predatesLog(undefined, since)).toBe(false);
  });
});

describe('ChangeLogScreen', () => {
  const database = freshDatabaseEachTest('change-log-screen');

  const renderLog = async (project: Project) => {
    await importProject(database(), project, 'new');
    await renderInApp(<ChangeLogScreen />, { route: '/changes', wrap: inDatabase(database(), project.id) });
    return screen.findByTestId('change-count');
  };

  it('lists every change, links the items that still exist, and narrows the list by search and area', async () => {
    const count = await renderLog(loggedProject());
    expect(count.textContent).toBe('3 of 3 changes');
    const [renamed, removed] = screen.getAllByTestId('change-row');
    expect(within(renamed!).getByRole('link', { name: 'Open Support' }).getAttribute('href')).toBe(
      '/activities/act-support',
    );
    expect(within(removed!).queryByRole('link')).toBeNull();
    expect(removed!.textContent).toContain('Dropbox');

    await userEvent.type(screen.getByRole('textbox', { name: 'Search the log' }), 'dropbox');
    await waitFor(() => expect(count.textContent).toBe('1 of 3 changes'));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Search the log' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Search the log' }), 'no such change');
    expect(await screen.findByText('No change matches the filters.')).toBeTruthy();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Search the log' }));

    await userEvent.click(screen.getByLabelText('Area', { selector: 'input' }));
    await userEvent.click(screen.getByRole('option', { name: 'Processing activity' }));
    await waitFor(() => expect(count.textContent).toBe('1 of 3 changes'));
    expect(screen.getByTestId('change-row').textContent).toContain('Mette Hansen');
  });

  it('shows the changes since a document’s last export, and warns when that export is older than the log', async () => {
    const project = loggedProject();
    project.exportHistory.push(exported('old', 'vendors', '2026-10-01T09:00:00.000Z'));
    const count = await renderLog(project);

    await userEvent.click(screen.getByLabelText('Show', { selector: 'input' }));
    await userEvent.click(screen.getByRole('option', { name: /^Since the last register export/ }));
    await waitFor(() => expect(count.textContent).toBe('1 of 3 changes'));
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.click(screen.getByLabelText('Show', { selector: 'input' }));
    await userEvent.click(screen.getByRole('option', { name: /^Since the last vendor overview export/ }));
    await waitFor(() => expect(count.textContent).toBe('3 of 3 changes'));
    expect(screen.getByRole('alert').textContent).toMatch(/older than the change log/);
  });

  it('renders a long log a page at a time', async () => {
    const project = sampleProject();
    const total = CHANGE_PAGE + 30;
    project.changeLog.entries = Array.from({ length: total }, (_, i) => entry(i + 1));
    const count = await renderLog(project);
    expect(count.textContent).toBe(`${total} of ${total} changes`);
    expect(screen.getAllByTestId('change-row')).toHaveLength(CHANGE_PAGE);
    await userEvent.click(screen.getByRole('button', { name: 'Show 30 more' }));
    expect(screen.getAllByTestId('change-row')).toHaveLength(total);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });
});
