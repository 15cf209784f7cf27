// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diffProjects, type ItemChange, type ProjectDiff } from '../../../shared/project-file';
import { fileSession } from '../../../renderer/common/fileSession';
import { importProject } from '../../../renderer/db/importProject';
import { readProjectSnapshot } from '../../../renderer/db/snapshot';
import { CompareScreen } from '../../../renderer/features/files/CompareScreen';
import { describeFields } from '../../../renderer/features/files/compareText';
import {
  changesByCollection,
  collectionHeadingKey,
  diffCounts,
  itemTitle,
  takenFromFile,
} from '../../../renderer/features/files/compareView';
import { freshDatabaseEachTest, inDatabase, renderInApp } from '../../support/renderInApp';
import { CONFIRMED } from '../../support/confirmed';
import { sampleProject } from '../../support/sampleProject';

/** The sample project as a consultant sends it back: a vendor renamed, the city moved, a source added. */
function returnedProject() {
  const returned = sampleProject();
  returned.updatedAt = '2026-11-20T09:00:00.000Z';
  returned.vendors[0]!.name = 'Microsoft 365 (EU Data Boundary)';
  returned.organisation.city = 'Aarhus N';
  returned.sources.push({
    id: 'src-register',
    name: { da: 'CVR-registret', sv: 'CVR-registret', en: 'Danish business register' },
    description: {},
    kind: 'publicRegister',
    confirmation: CONFIRMED,
  });
  return returned;
}

const more = (count: number) => `and ${count} more`;

describe('the fields that differ, in words', () => {
  it('names a setting by the vocabulary’s nouns, unquoted, in the UI language', () => {
    expect(describeFields([['organisation', 'city']], 'en', more)).toBe('Organisation › City');
    expect(describeFields([['organisation', 'city']], 'da', more)).toBe('Organisation › By');
    expect(describeFields([['organisation', 'city']], 'sv', more)).toBe('Organisation › Ort');
  });

  it('names an item’s field as a field of its kind, and one text per language by its language', () => {
    expect(describeFields([['name']], 'en', more, { within: ['vendors'] })).toBe('Name');
    expect(describeFields([['hqCountry']], 'da', more, { within: ['vendors'] })).toBe('Hovedsædets land');
    expect(describeFields([['purposes', 1, 'legalBases']], 'en', more, { within: ['activities'] })).toBe(
      'Purpose 2 › Legal bases',
    );
    expect(describeFields([['description', 'sv']], 'en', more, { within: ['sources'] })).toBe(
      'Description › Swedish text',
    );
  });

  it('quotes only a key the model does not know, and counts what it leaves out', () => {
    expect(describeFields([['organisation', 'fax']], 'en', more)).toBe('Organisation › “fax”');
    const fields = ['name', 'legalEntity', 'hqCountry', 'function', 'role', 'notes'].map((key) => [key]);
    expect(describeFields(fields, 'en', more, { within: ['vendors'], max: 4 })).toBe(
      'Name, Legal entity, Headquarters country, Function and 2 more',
    );
  });
});

describe('the comparison of a returned file', () => {
  const diff: ProjectDiff = diffProjects(sampleProject(), returnedProject());

  it('counts the differences by kind and groups the items by list in the navigation’s order', () => {
    expect(diffCounts(diff)).toEqual({ added: 1, changed: 1, removed: 0, settings: 1 });
    expect(changesByCollection(diff).map((group) => group.collection)).toEqual(['sources', 'vendors']);
  });

  it('takes from the file only what the user chose, and nothing by default', () => {
    const [source, vendor] = diff.items;
    expect(takenFromFile(diff, {})).toBe(0);
    expect(takenFromFile(diff, { [vendor!.key]: 'incoming', [source!.key]: 'local' })).toBe(1);
    expect(takenFromFile(diff, { [diff.settings[0]!.key]: 'incoming', [vendor!.key]: 'incoming' })).toBe(2);
  });

  it('shows a rename as old → new and an item only in the file by its name there', () => {
    const vendor = diff.items.find((item) => item.collection === 'vendors')!;
    expect(itemTitle(vendor)).toEqual({
      name: 'Microsoft 365',
      title: 'Microsoft 365 → Microsoft 365 (EU Data Boundary)',
    });
    const added = { ...vendor, kind: 'added', localName: null } as ItemChange;
    expect(itemTitle(added)).toEqual({
      name: 'Microsoft 365 (EU Data Boundary)',
      title: 'Microsoft 365 (EU Data Boundary)',
    });
  });

  it('names the lists the navigation does not name with words of its own', () => {
    expect(collectionHeadingKey('vendors')).toBe('nav.vendors');
    expect(collectionHeadingKey('audiences')).toBe('files.compare.collections.audiences');
    expect(collectionHeadingKey('jointControllers')).toBe('files.compare.collections.jointControllers');
  });
});

describe('CompareScreen', () => {
  const database = freshDatabaseEachTest('compare-screen');
  beforeEach(async () => {
    vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
    await importProject(database(), sampleProject(), 'new');
    fileSession.startCompare({ fileName: 'Fra kunden.kartotek', path: null, project: returnedProject() });
  });
  afterEach(() => {
    fileSession.endCompare();
    vi.unstubAllGlobals();
  });

  const renderCompare = () =>
    renderInApp(<CompareScreen />, { route: '/compare', wrap: inDatabase(database()) });
  const storedProject = () => readProjectSnapshot(database(), 'sample-project');

  it('lists each difference with its choice and counts what will be taken from the file', async () => {
    await renderCompare();
    const summary = await screen.findByTestId('compare-summary');
    expect(summary.textContent).toContain('1 only in the file');
    expect(summary.textContent).toContain('1 changed');
    expect(summary.textContent).toContain('1 setting');

    const city = screen.getByRole('row', { name: /Organisation › City/ });
    expect(within(city).getByRole('rowheader').textContent).toBe('Organisation › City');
    expect(city.textContent).toContain('Aarhus C');
    expect(city.textContent).toContain('Aarhus N');
    const vendors = screen.getByRole('region', { name: 'Vendors' });
    expect(within(vendors).getByTestId('compare-item').textContent).toContain('Differs in: Name');

    const status = screen.getByTestId('compare-status');
    expect(status.textContent).toBe(
      '0 differences will be taken from the file; everything else stays as it is.',
    );
    await userEvent.click(within(city).getByText('Use the file’s'));
    expect(status.textContent).toBe(
      '1 difference will be taken from the file; everything else stays as it is.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Use the file’s version everywhere' }));
    expect(status.textContent).toBe(
      '3 differences will be taken from the file; everything else stays as it is.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Keep yours everywhere' }));
    expect(status.textContent).toBe(
      '0 differences will be taken from the file; everything else stays as it is.',
    );
  });

  it('applies only the chosen differences, after a backup, and ends the comparison', async () => {
    await renderCompare();
    const city = await screen.findByRole('row', { name: /Organisation › City/ });
    await userEvent.click(within(city).getByText('Use the file’s'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText(/1 change from the file was applied to “ITGuy ApS”/)).toBeTruthy();
    const merged = await storedProject();
    expect(merged?.organisation.city).toBe('Aarhus N');
    expect(merged?.vendors[0]?.name).toBe('Microsoft 365');
    expect(merged?.sources.some((source) => source.id === 'src-register')).toBe(false);
    await waitFor(() => expect(screen.getByText('No file to compare')).toBeTruthy());
  });

  it('changes nothing when nothing is taken from the file', async () => {
    await renderCompare();
    await userEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    expect(
      await screen.findByText('Nothing was taken from the file; “ITGuy ApS” is unchanged.'),
    ).toBeTruthy();
    expect((await storedProject())?.organisation.city).toBe('Aarhus C');
  });
});
