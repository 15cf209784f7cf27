import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expectNoSeriousA11yViolations, runWizard, SCREENSHOT_DIR } from './support';

test('a new user builds a complete Danish register with the wizard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'Dansk' }).click();
  await page.getByRole('button', { name: 'Start fra en skabelon…' }).click();
  await expect(page.getByRole('heading', { name: 'En ny fortegnelse på få minutter' })).toBeVisible();

  await page.getByRole('button', { name: 'Næste' }).click();
  await expect(page.getByText('Skal udfyldes.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Organisationens juridiske navn' }).fill('ITGuy ApS');
  await page.getByRole('textbox', { name: 'CVR-nummer / organisationsnummer' }).fill('1234');
  await page.getByRole('button', { name: 'Næste' }).click();
  await expect(page.getByText(/^Ikke et gyldigt CVR-nummer/)).toBeVisible();
  await page.getByRole('textbox', { name: 'CVR-nummer / organisationsnummer' }).fill('36936894');
  await page
    .getByRole('textbox', { name: 'E-mail til spørgsmål om databeskyttelse' })
    .fill('privacy@itguy.dk');
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('Eksempelvej 1');
  await page.getByRole('textbox', { name: 'Postnummer', exact: true }).fill('8000');
  await page.getByRole('textbox', { name: 'By', exact: true }).fill('Aarhus C');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('info@itguy.dk');
  await page.getByRole('checkbox', { name: 'English' }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Næste' }).click();

  // Nothing is chosen for the user; "Vælg alle" is one click away.
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Vælg alle' }).click();
  await expect(page.getByTestId('activities-chosen')).toHaveText('12 af 12 valgt');
  await page.getByRole('checkbox', { name: 'Rekruttering' }).uncheck();
  // The processor activity needs the customers it is carried out for.
  await expect(page.getByRole('button', { name: 'Næste' })).toBeDisabled();
  await expect(
    page.getByText('Tilføj mindst én kunde, eller fravælg databehandleraktiviteten.'),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Kunder, I behandler oplysninger for' }).fill('Kunde A/S');
  await page.keyboard.press('Enter');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Næste' }).click();
  // The vendors: none ticked, grouped by kind, narrowed by a search.
  const vendorBoxes = page.getByRole('checkbox');
  const offered = await vendorBoxes.count();
  expect(offered).toBeGreaterThan(20);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.getByTestId('vendors-chosen')).toHaveText('Valgt: 0');
  await expect(page.getByRole('group', { name: 'Fjernsupport' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/wizard-vendors.png`, fullPage: true });
  const search = page.getByRole('searchbox', { name: 'Søg på navn eller hvad de laver' });
  await search.fill('mail');
  await expect(page.getByRole('checkbox', { name: 'Mailchimp' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'TeamViewer' })).toHaveCount(0);
  expect(await vendorBoxes.count()).toBeLessThan(offered);
  await search.fill('');
  await page.getByRole('checkbox', { name: 'TeamViewer' }).check();
  await expect(page.getByTestId('vendors-chosen')).toHaveText('Valgt: 1');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Opret fortegnelse' }).click();

  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Aktiviteter' }).click();
  // The list is virtualised: the count says how many activities there are; 11 rows fit one screen, so
  // every one of them is rendered and none is the recruitment activity that was left out.
  await expect(page.getByTestId('activity-count')).toHaveText('11 af 11 aktiviteter');
  const rows = page.getByTestId('activity-row');
  await expect(rows).toHaveCount(11);
  await expect(rows.filter({ hasText: 'Rekruttering' })).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Leverandører' }).click();
  await expect(page.getByTestId('catalog-item').filter({ hasText: 'TeamViewer' })).toBeVisible();

  // …and on to the published policy: no errors to confirm, a Word file with every activity of its audience.
  await page.getByRole('navigation').getByRole('link', { name: 'Dokumenter' }).click();
  await expect(page.getByTestId('document-preview')).toContainText('Privatlivspolitik');
  // The starter register is the template's suggestion until confirmed: exported as a draft.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér til Word' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Eksportér udkast' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^Privatlivspolitik - ITGuy ApS - Hjemmeside og kunder - \d{4}-\d{2}-\d{2}\.docx$/,
  );
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  for (const text of ['Kunder og aftaler', 'Support og fjernsupport', 'TeamViewer', 'Datatilsynet'])
    expect(xml).toContain(text);
  await expect(page.getByTestId('export-history')).toContainText('Privatlivspolitik');
});

test('the Overview shows completeness, findings with a way to each fix, and activity statuses', async ({
  page,
}) => {
  await runWizard(page, 'Bitspace AB', { country: 'Sweden' });

  await expect(page.getByTestId('overall-score')).toHaveText(/^\d+ %$/);
  await expect(page.getByTestId('section-score')).not.toHaveCount(0);
  await expect(page.getByTestId('activity-status')).toHaveCount(12);
  // Every status says why: a starter activity is a suggestion nobody confirmed yet and names no owner.
  const status = page.getByTestId('activity-status').filter({ hasText: 'Support' }).first();
  await expect(status).toContainText('Needs attention: ');
  await expect(status.getByTestId('status-reasons')).toContainText('not confirmed');
  await expect(status.getByTestId('status-reasons')).toContainText('missing owner');
  // A fresh register cannot know that the data processing agreements are signed: the checks ask.
  await expect(
    page.locator('[data-testid="finding"][data-rule="processor-dpa-unknown"]').first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/overview.png`, fullPage: true });

  const finding = page.locator('[data-testid="finding"][data-rule="processor-dpa-unknown"]').first();
  await finding.getByRole('button', { name: /^Go to fix/ }).click();
  await expect(page).toHaveURL(/#\/vendors\/[\w-]+$/);
  await expect(page.getByRole('combobox', { name: 'Data processing agreement' })).toBeVisible();
});

test('leaving the wizard after typing asks before what was entered is thrown away', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from a template…' }).click();
  const legalName = page.getByRole('textbox', { name: 'Legal name of the organisation' });
  await legalName.fill('ITGuy ApS');
  await page.getByRole('button', { name: 'Cancel' }).click();
  const question = page.getByRole('dialog', { name: 'Discard what you have entered?' });
  await expect(question).toContainText('the organisation details and your choices are lost');
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(question).toBeHidden();
  await expect(legalName).toHaveValue('ITGuy ApS');
  // A link out of the wizard asks too.
  await page.getByRole('navigation').getByRole('link', { name: 'Projects' }).click();
  await question.getByRole('button', { name: 'Discard' }).click();
  await expect(page).toHaveURL(/#\/projects$/);
  await expect(page.getByRole('button', { name: 'Start from a template…' })).toBeVisible();
});
