import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProject, expectNoSeriousA11yViolations, SCREENSHOT_DIR } from './support';

const FIXTURE = path.resolve('tests/fixtures/project-files/v1-full.kartotek');
const fixtureText = () => readFileSync(FIXTURE, 'utf8');

interface ProjectFileJson {
  savedAt: string;
  project: Record<string, unknown> & {
    updatedAt: string;
    organisation: Record<string, string>;
    vendors: { id: string; name: string; website: string; hqCountry: string }[];
    sources: unknown[];
  };
}

let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'kartotek-files-'));
});

/** A file in this run's temporary folder, written from text. */
function tempFile(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

function readProjectFile(file: string): ProjectFileJson {
  return JSON.parse(readFileSync(file, 'utf8')) as ProjectFileJson;
}

async function fileMenu(page: Page, item: string | RegExp) {
  await page.getByTestId('file-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** File → Open… and pick the file in the browser's file chooser. */
async function openFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, /^(Open…|Åbn…|Öppna…)/);
  await (await chooser).setFiles(file);
}

/** Runs `save` (a menu click or a shortcut) and stores the download under `name`. */
async function saveDownload(page: Page, name: string, save: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await save();
  const target = path.join(folder, name);
  await (await download).saveAs(target);
  return target;
}

/** Drags a file made of `text` over the window and drops it, as a user would from the desktop. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { name, text },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

async function nav(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

test('a project saved as a file opens in a fresh browser with every field, and the title tracks unsaved changes', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await openFile(page, FIXTURE);
  await expect(page.getByText('“ITGuy ApS” was opened.')).toBeVisible();
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS');
  // Opened from a file and not edited since: the title names the file and has no "•".
  await expect(page).toHaveTitle('ITGuy ApS — v1-full.kartotek — Kartotek');

  // An edit makes the project "not saved to its file", in the title and on the File menu.
  await nav(page, 'Organisation');
  const organisation = page.getByTestId('organisation-section-organisation');
  await organisation.getByLabel('City').fill('Aarhus N');
  await expect(page).toHaveTitle('• ITGuy ApS — v1-full.kartotek — Kartotek');
  await expect(page.getByTestId('file-menu')).toHaveAccessibleName(
    'File (changes not saved to “v1-full.kartotek”)',
  );

  // Ctrl+S saves to the project's file — in a browser, a download — even from inside a text field.
  await organisation.getByLabel('City').focus();
  const saved = await saveDownload(page, 'saved-once.kartotek', () => page.keyboard.press('Control+S'));
  await expect(page.getByText('Saved as “v1-full.kartotek”.')).toBeVisible();
  await expect(page).toHaveTitle('ITGuy ApS — v1-full.kartotek — Kartotek');
  await expect(page.getByTestId('file-menu')).toHaveAccessibleName('File');

  // The file is the fixture with exactly the one edit: nothing was lost on the way through the app.
  const original = JSON.parse(fixtureText()) as ProjectFileJson;
  const first = readProjectFile(saved);
  expect(first.project.organisation.city).toBe('Aarhus N');
  // The fixture is a version 1 file: it gains a change log, starting when it was saved, holding the edit.
  const { changeLog, ...rest } = first.project as typeof first.project & { changeLog: unknown };
  expect(changeLog).toEqual({
    since: original.savedAt,
    entries: [
      expect.objectContaining({
        target: 'project',
        path: ['organisation', 'city'],
        before: original.project.organisation.city,
        after: 'Aarhus N',
      }),
    ],
  });
  // What format version 3 added (confirmation, "not assessed" answers, edition dates) is the migration's
  // business (tests/unit/project-file/migrationV3.test.ts); everything else is exactly the fixture.
  const withoutV3 = (value: unknown) =>
    JSON.parse(JSON.stringify(value), (key, inner) =>
      [
        'confirmation',
        'checkBeforeUse',
        'editionDate',
        'draft',
        'requirement',
        'automatedDecisions',
      ].includes(key)
        ? undefined
        : inner,
    );
  expect(
    withoutV3({
      ...rest,
      updatedAt: original.project.updatedAt,
      organisation: { ...first.project.organisation, city: original.project.organisation.city },
    }),
  ).toEqual(withoutV3(original.project));

  // A fresh browser (no shared storage): open the saved file from the file picker on the Projects screen.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(fresh.getByText('No projects yet')).toBeVisible();
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(saved);
  await expect(fresh.getByTestId('current-project')).toHaveText('ITGuy ApS');
  await expect(fresh).toHaveTitle('ITGuy ApS — saved-once.kartotek — Kartotek');

  // The fields are all where the screens show them.
  await nav(fresh, 'Organisation');
  const org = fresh.getByTestId('organisation-section-organisation');
  await expect(org.getByLabel('Legal name')).toHaveValue('ITGuy ApS');
  await expect(org.getByLabel('CVR number')).toHaveValue('12345678');
  await expect(org.getByLabel('Street address')).toHaveValue('Eksempelvej 1');
  await expect(org.getByLabel('City')).toHaveValue('Aarhus N');
  await expect(org.getByLabel('E-mail for data protection enquiries')).toHaveValue('privacy@itguy.example');
  await expect(
    fresh.getByTestId('organisation-section-privacyContact').getByLabel('Name of the privacy contact'),
  ).toHaveValue('Mette Hansen');
  await expect(
    fresh.getByTestId('organisation-section-representative').getByLabel('Name of the representative'),
  ).toHaveValue('EU Rep GmbH');
  await expect(fresh.getByTestId('organisation-section-jointControllers')).toContainText('Partner A/S');

  await nav(fresh, 'Vendors');
  await fresh.getByTestId('catalog-item').filter({ hasText: 'Microsoft 365' }).click();
  await expect(fresh.getByRole('textbox', { name: 'Legal entity' })).toHaveValue(
    'Microsoft Ireland Operations Ltd',
  );

  await nav(fresh, 'Activities');
  await expect(fresh.getByTestId('activity-row')).toHaveCount(2);
  await fresh.getByTestId('activity-row').getByRole('link', { name: 'Support', exact: true }).click();
  const purpose = fresh.getByTestId('purpose').first();
  await expect(purpose.getByRole('textbox', { name: /^What the data is used for/ })).toHaveValue(
    'Yde support',
  );
  const bases = purpose.getByTestId('legal-basis');
  await expect(bases).toHaveCount(4);
  await expect(bases.nth(0).getByRole('combobox', { name: 'Legal basis' })).toHaveValue(
    /^Performance of a contract/,
  );
  await expect(bases.nth(1).getByRole('combobox', { name: 'Legal basis' })).toHaveValue(
    /^Legitimate interests/,
  );
  await expect(bases.nth(2).getByRole('combobox', { name: 'Legal basis' })).toHaveValue(/^Explicit consent/);
  await expect(purpose.getByRole('textbox', { name: /^Legitimate interest/ })).toHaveValue('Sikker drift');

  // …and the fields no screen shows are there too: saving again gives the same project.
  const again = await saveDownload(fresh, 'saved-twice.kartotek', () => fileMenu(fresh, /^Save$/));
  expect(readProjectFile(again).project).toEqual(first.project);
  await context.close();
});

test('opening a file whose project is here asks: compare, replace or keep both', async ({ page }) => {
  await page.goto('/');
  await openFile(page, FIXTURE);
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS');

  // Ctrl+O opens the picker too (the browser's own "open file" is kept from taking it).
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(FIXTURE);
  const dialog = page.getByRole('dialog', { name: 'This project is already here' });
  await expect(dialog).toContainText('“v1-full.kartotek” holds the project “ITGuy ApS”');
  await expect(dialog.getByTestId('choice-differences')).toHaveText(
    'The file and your project are identical.',
  );
  await expect(dialog.getByRole('button', { name: /^Compare/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Replace/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/files-choice-dialog.png` });

  await dialog.getByRole('button', { name: /^Keep both/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS (from file)');
  await nav(page, 'Projects');
  await expect(page.getByTestId('project-card')).toHaveCount(2);
  await expect(page.getByTestId('project-card').filter({ hasText: 'ITGuy ApS (from file)' })).toHaveCount(1);

  // Replace: the project is overwritten by the file, after a backup of it.
  await nav(page, 'Projects');
  await page.getByRole('button', { name: 'Open: ITGuy ApS', exact: true }).click();
  await nav(page, 'Organisation');
  await page.getByTestId('organisation-section-organisation').getByLabel('City').fill('Odense');
  await openFile(page, FIXTURE);
  await expect(dialog.getByTestId('choice-differences')).toHaveText(
    'The file and your project differ in 1 place.',
  );
  await dialog.getByRole('button', { name: /^Replace/ }).click();
  await expect(page.getByText('“ITGuy ApS” was replaced by the file.')).toBeVisible();
  await nav(page, 'Organisation');
  await expect(page.getByTestId('organisation-section-organisation').getByLabel('City')).toHaveValue(
    'Aarhus C',
  );
  await nav(page, 'Projects');
  await expect(page.getByTestId('project-card')).toHaveCount(2);
  await fileMenu(page, 'Restore from backup…');
  const beforeReplace = page.getByTestId('backup-row').filter({ hasText: 'Before replace' });
  await expect(beforeReplace).toHaveCount(1);
  await expect(beforeReplace).toContainText('ITGuy ApS');
});

test('compare two versions of a project and take one change from the file', async ({ page }) => {
  await page.goto('/');
  await openFile(page, FIXTURE);
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS');

  // The client's version comes back: a vendor renamed, the city changed, a source added.
  const returned = JSON.parse(fixtureText()) as ProjectFileJson;
  returned.project.updatedAt = '2026-11-20T12:00:00.000Z';
  returned.project.vendors[0]!.name = 'Microsoft 365 (EU Data Boundary)';
  returned.project.organisation.city = 'Aarhus N';
  returned.project.sources.push({
    id: 'src-register',
    name: { da: 'CVR-registret', sv: 'CVR-registret', en: 'Danish business register' },
    description: {},
    kind: 'publicRegister',
  });
  const file = tempFile('Fra kunden.kartotek', JSON.stringify(returned, null, 2));

  await openFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'This project is already here' });
  await expect(dialog.getByTestId('choice-differences')).toHaveText(
    'The file and your project differ in 3 places.',
  );
  await dialog.getByRole('button', { name: /^Compare/ }).click();
  await expect(page).toHaveURL(/#\/compare$/);
  await expect(page.getByRole('heading', { name: 'Compare with a file', level: 2 })).toBeVisible();
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toContainText('1 only in the file');
  await expect(summary).toContainText('1 changed');
  await expect(summary).toContainText('1 setting');

  const vendor = page
    .getByTestId('compare-item')
    .filter({ hasText: 'Microsoft 365 → Microsoft 365 (EU Data Boundary)' });
  await expect(vendor.getByText(/^Differs in/)).toHaveText('Differs in: Name');
  const city = page.getByTestId('compare-setting').filter({ hasText: 'Organisation › City' });
  await expect(city).toContainText('Aarhus C');
  await expect(city).toContainText('Aarhus N');
  const source = page.getByTestId('compare-item').filter({ hasText: 'CVR-registret' });
  await expect(source).toContainText('Only in the file');

  // The file's version for the vendor only; the city and the new source keep the local state.
  await vendor.getByText('Use the file’s').click();
  await expect(vendor.getByRole('radio', { name: 'Use the file’s' })).toBeChecked();
  await expect(city.getByRole('radio', { name: 'Keep yours' })).toBeChecked();
  await expect(source.getByRole('radio', { name: 'Leave out' })).toBeChecked();
  await expect(page.getByTestId('compare-status')).toHaveText(
    '1 difference will be taken from the file; everything else stays as it is.',
  );
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByText('“ITGuy ApS” was opened.')).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/files-compare.png`, fullPage: true });

  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.getByText('1 change from the file was applied to “ITGuy ApS”.')).toBeVisible();
  await expect(page).toHaveURL(/#\/overview$/);
  // The merged project is not what either file holds: it has changes not saved to its file.
  await expect(page).toHaveTitle('• ITGuy ApS — v1-full.kartotek — Kartotek');

  await nav(page, 'Vendors');
  await expect(page.getByTestId('catalog-item')).toHaveCount(1);
  await expect(page.getByTestId('catalog-item')).toContainText('Microsoft 365 (EU Data Boundary)');
  await nav(page, 'Sources');
  await expect(page.getByTestId('catalog-item')).toHaveCount(1);
  await nav(page, 'Organisation');
  await expect(page.getByTestId('organisation-section-organisation').getByLabel('City')).toHaveValue(
    'Aarhus C',
  );
});

test('a broken file dropped on the window is refused in the UI language, and nothing changes', async ({
  page,
}) => {
  await createProject(page, 'Eksisterende ApS');
  await page.getByRole('button', { name: /^Language: / }).click();
  await page.getByRole('menuitem', { name: 'Dansk' }).click();
  await page.getByRole('link', { name: 'Projekter', exact: true }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(1);
  const dialog = page.getByRole('dialog', { name: 'Filen kunne ikke åbnes' });

  // Cut off in the middle, as an e-mail attachment sometimes is.
  const text = fixtureText();
  await dropFile(page, 'afkortet.kartotek', text.slice(0, Math.floor(text.length / 2)));
  await expect(dialog).toContainText('afkortet.kartotek');
  await expect(dialog.getByTestId('file-problem')).toContainText('Filen er beskadiget eller ufuldstændig');
  await expect(dialog).toContainText('Intet i Kartotek er blevet ændret.');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  // A field with a wrong value is named by its place in the register.
  const wrong = JSON.parse(text) as ProjectFileJson;
  wrong.project.vendors[0]!.hqCountry = 'XX';
  await dropFile(page, 'forkert.kartotek', JSON.stringify(wrong));
  await expect(dialog.getByTestId('file-problem')).toContainText('Leverandør 1 »Microsoft 365« › ');
  await dialog.getByRole('button', { name: 'OK' }).click();

  // A file from a newer Kartotek is refused, saying so.
  await dropFile(page, 'nyere.kartotek', text.replace('"formatVersion": 1', '"formatVersion": 7'));
  await expect(dialog.getByTestId('file-problem')).toContainText('nyere version af Kartotek');
  await expect(dialog.getByTestId('file-problem')).toContainText('filformat 7');
  await dialog.getByRole('button', { name: 'OK' }).click();

  // Too large to be a project file: refused before it is read, with the limit.
  const huge = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(65 * 1024 * 1024)], 'kæmpe.kartotek'));
    return transfer;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer: huge });
  await expect(dialog.getByTestId('file-problem')).toHaveText(
    '»kæmpe.kartotek« kunne ikke åbnes. Filen er større, end en projektfil må være. En projektfil må højst fylde 64 MB.',
  );
  await dialog.getByRole('button', { name: 'OK' }).click();

  await expect(page.getByTestId('project-card')).toHaveCount(1);
  await expect(page.getByTestId('current-project')).toHaveText('Eksisterende ApS');

  // A good file dropped the same way is opened.
  await dropFile(page, 'v1-full.kartotek', text);
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS');
  await page.getByRole('link', { name: 'Projekter', exact: true }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(2);
});

test('the Restore screen lists the backup made before a delete and restores it as a new project', async ({
  page,
}) => {
  await createProject(page, 'Backup test');
  // Opening a project takes the day's backup.
  await fileMenu(page, 'Restore from backup…');
  await expect(page.getByRole('heading', { name: 'Automatic backups', level: 2 })).toBeVisible();
  await expect(page.getByTestId('backup-row').filter({ hasText: 'Daily' })).toContainText('Backup test');

  await nav(page, 'Vendors');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mailchimp');
  await expect(page.getByTestId('catalog-item')).toContainText('Mailchimp');

  // Delete, then delete permanently: the project is gone from the app.
  await nav(page, 'Projects');
  await page.getByRole('button', { name: 'Actions for Backup test' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete “Backup test”?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page.getByRole('button', { name: 'Delete permanently' }).click();
  await page
    .getByRole('dialog', { name: 'Delete “Backup test” permanently?' })
    .getByRole('button', { name: 'Delete permanently' })
    .click();
  await expect(page.getByTestId('deleted-project-card')).toHaveCount(0);
  await expect(page.getByTestId('project-card')).toHaveCount(0);
  // "Undo" of the delete has nothing left to bring back once the project is gone for good.
  await expect(page.getByText('“Backup test” was deleted.')).toBeHidden();

  await page.getByRole('link', { name: 'Automatic backups…' }).click();
  const beforeDelete = page.getByTestId('backup-row').filter({ hasText: 'Before delete' });
  await expect(beforeDelete).toHaveCount(1);
  await expect(beforeDelete).toContainText('Backup test');
  await expect(beforeDelete).toContainText('0 activities · 1 vendor');
  await expect(beforeDelete).toContainText(/\d+(\.\d)? kB/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/files-restore.png`, fullPage: true });

  await beforeDelete
    .getByRole('button', { name: /^Restore “Backup test” from .+ as a new project$/ })
    .click();
  await expect(page.getByText('“Backup test” was restored from the backup.')).toBeVisible();
  await expect(page.getByTestId('current-project')).toHaveText('Backup test');
  await nav(page, 'Vendors');
  await expect(page.getByTestId('catalog-item')).toContainText('Mailchimp');

  // Restoring it again while it exists adds a second project and leaves the first alone.
  await fileMenu(page, 'Restore from backup…');
  await page
    .getByTestId('backup-row')
    .filter({ hasText: 'Before delete' })
    .getByRole('button', { name: /^Restore/ })
    .click();
  await expect(page.getByTestId('current-project')).toHaveText(/^Backup test \(restored from .+\)$/);
  await nav(page, 'Projects');
  await expect(page.getByTestId('project-card')).toHaveCount(2);
});
