import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createProject, expectNoSeriousA11yViolations, runWizard, SCREENSHOT_DIR } from './support';

test('the Documents screen previews the register and exports it as a Word file', async ({
  page,
}, testInfo) => {
  await runWizard(page, 'ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();

  const preview = page.getByTestId('document-preview');
  await expect(preview.getByText('ITGuy ApS').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.locator('.mantine-SegmentedControl-root').getByText('Record of processing activities').click();
  await expect(preview.getByText('Record of processing activities').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/documents.png` });

  // The starter register is the template's suggestion until the user confirms it: no final document yet.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('dialog', { name: 'Not ready as a final document' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Export draft' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^Record of processing activities - ITGuy ApS - \d{4}-\d{2}-\d{2}\.docx$/,
  );
  const path = testInfo.outputPath('register.docx');
  await file.saveAs(path);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('ITGuy ApS');
  await expect(page.getByTestId('export-history')).toContainText('Record of processing activities');
});

test('exporting a policy from a register with errors refuses the final document, names them and offers a draft', async ({
  page,
}) => {
  await createProject(page, 'Errors test');
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  await page.getByRole('button', { name: 'New activity' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Newsletter');
  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
  await page.locator('.mantine-SegmentedControl-root').getByText('Privacy policy').click();
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Not ready as a final document' });
  await expect(dialog.getByTestId('export-errors')).toContainText('Newsletter');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Nothing has been exported yet.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Export draft' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Privacy policy - /);
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const headers = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  const headerXml = (await Promise.all(headers.map((name) => zip.file(name)!.async('string')))).join('');
  expect(headerXml).toContain('DRAFT');
});

test('the D-mærket audit pack downloads as one zip with every document and its index', async ({
  page,
}, testInfo) => {
  await runWizard(page, 'ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'D-mærket audit pack (.zip)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  const path = testInfo.outputPath('pack.zip');
  await file.saveAs(path);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files);
  expect(names.some((name) => name.startsWith('00 '))).toBe(true);
  expect(names.filter((name) => name.endsWith('.docx')).length).toBeGreaterThanOrEqual(6);
  await expect(page.getByTestId('export-history')).toContainText('D-mærket audit pack');
});

test('the policy goes to a website: a web page to save, and the HTML copied for the site’s editor', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await runWizard(page, 'ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
  await page.locator('.mantine-SegmentedControl-root').getByText('Privacy policy').click();

  // The starter policy is a suggestion until confirmed: the web page, too, is offered only as a draft.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'For your website' }).click();
  await page.getByRole('menuitem', { name: 'Save as web page (.html)' }).click();
  await page
    .getByRole('dialog', { name: 'Not ready as a final document' })
    .getByRole('button', { name: 'Export draft' })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Privacy policy - ITGuy ApS - .*\.html$/);
  const saved = testInfo.outputPath('policy.html');
  await file.saveAs(saved);
  const html = readFileSync(saved, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('<html lang="en-GB">');
  expect(html).toContain('DRAFT');
  expect(html).not.toMatch(/<script/i);

  // The page as a browser shows it: looked at in the screenshots.
  const viewer = await context.newPage();
  await viewer.setContent(html);
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
  await expect(viewer.getByRole('heading', { level: 2, name: 'In brief' })).toBeVisible();
  await viewer.screenshot({ path: `${SCREENSHOT_DIR}/policy-web-page.png`, fullPage: true });
  await viewer.close();

  await page.getByRole('button', { name: 'For your website' }).click();
  await page.getByRole('menuitem', { name: 'Copy HTML for your website' }).click();
  await page
    .getByRole('dialog', { name: 'Not ready as a final document' })
    .getByRole('button', { name: 'Export draft' })
    .click();
  await expect(page.getByText('The HTML is copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('<article ')).toBe(true);
  expect(copied).toContain('id="brief"');
  expect(copied).not.toMatch(/<h1|<style/);
  await expect(page.getByTestId('export-history').getByRole('row')).toHaveCount(3);
});

test('the register downloads as an Excel workbook: a sheet per part, marked as a draft until confirmed', async ({
  page,
}) => {
  await runWizard(page, 'ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
  await page.locator('.mantine-SegmentedControl-root').getByText('Record of processing activities').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel (.xlsx)' }).click();
  await page
    .getByRole('dialog', { name: 'Not ready as a final document' })
    .getByRole('button', { name: 'Export draft' })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Record of processing activities - ITGuy ApS - .*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  const bytes = readFileSync(await file.path());
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer,
  );
  const visible = workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
  expect(visible).toEqual([
    'Controller',
    'Processing activities',
    'Purposes and bases',
    'Data subjects × data',
    'Vendors',
    'Security measures',
  ]);
  expect(workbook.worksheets[0]!.getCell('A2').value).toBe('DRAFT');
  await expect(page.getByTestId('export-history')).toContainText('Record of processing activities');
});
