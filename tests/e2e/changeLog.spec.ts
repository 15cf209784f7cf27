import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { createProject, expectNoSeriousA11yViolations, runWizard, SCREENSHOT_DIR } from './support';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

/** Exports the privacy policy from the Documents screen (as a draft, past the refusal dialog, if any) and returns its text. */
async function exportPolicy(page: Page, path: string): Promise<string> {
  await nav(page, 'Documents');
  await page.locator('.mantine-SegmentedControl-root').getByText('Privacy policy').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const anyway = page.getByRole('dialog').getByRole('button', { name: 'Export draft' });
  if (await anyway.isVisible({ timeout: 1500 }).catch(() => false)) await anyway.click();
  const file = await download;
  await file.saveAs(path);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

test('every edit is in the change log with its old and new value, and the item is one click away', async ({
  page,
}) => {
  await createProject(page, 'Log test');
  await nav(page, 'Change log');
  await expect(page.getByText('No changes recorded yet.', { exact: false })).toBeVisible();

  await nav(page, 'Organisation');
  const organisation = page.getByTestId('organisation-section-organisation');
  await organisation.getByLabel('City').fill('Odense');
  await nav(page, 'Activities');
  await page.getByRole('button', { name: 'New activity' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Newsletter');

  await nav(page, 'Change log');
  const rows = page.getByTestId('change-row');
  // The new activity is one "Added" entry holding its name, however many keystrokes it took.
  await expect(rows).toHaveCount(2);
  const city = rows.filter({ hasText: 'Organisation › city' });
  await expect(city).toContainText('Organisation and settings');
  await expect(city).toContainText('Changed');
  await expect(city).toContainText('Odense');
  const added = rows.filter({ hasText: 'Processing activity' });
  await expect(added).toContainText('Added');
  await expect(added).toContainText('Newsletter');

  await page.getByRole('textbox', { name: 'Search the log' }).fill('odense');
  await expect(rows).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Search the log' }).fill('');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/change-log.png`, fullPage: true });

  await added.getByRole('link', { name: 'Open Newsletter' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Newsletter');

  // The log survives a reload: it lives in the database with the project.
  await page.reload();
  await nav(page, 'Change log');
  await expect(rows).toHaveCount(2);
});

test('changes since the last policy export: shown on the screen and listed in the next policy', async ({
  page,
}, testInfo) => {
  await runWizard(page, 'ITGuy ApS');
  await nav(page, 'Organisation');
  await page.getByTestId('organisation-section-organisation').getByLabel('City').fill('Aarhus C');
  const first = await exportPolicy(page, testInfo.outputPath('first.docx'));
  expect(first).not.toContain('Changes since the previous version');

  await nav(page, 'Change log');
  await page.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: /^Since the last privacy policy export/ }).click();
  await expect(page.getByTestId('change-count')).toHaveText('0 of 1 change');

  await nav(page, 'Activities');
  await page.getByRole('link', { name: 'Newsletters and marketing' }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  const oldName = await name.inputValue();
  await name.fill('E-mail newsletter');

  await nav(page, 'Change log');
  await expect(page.getByTestId('change-count')).toHaveText('2 of 2 changes');
  await page.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: /^Since the last privacy policy export/ }).click();
  await expect(page.getByTestId('change-count')).toHaveText('1 of 2 changes');
  await expect(page.getByTestId('change-row')).toContainText('E-mail newsletter');

  // The export history marks the policy as outdated and leads to the changes.
  await nav(page, 'Documents');
  await page.getByTestId('export-history').getByRole('link', { name: 'Show the changes' }).first().click();
  await expect(page.getByRole('heading', { name: 'Change log', level: 2 })).toBeVisible();

  const second = await exportPolicy(page, testInfo.outputPath('second.docx'));
  expect(second).toContain('Changes since the previous version');
  expect(second).toContain(`The activity “${oldName}” is now called “E-mail newsletter”`);
});
