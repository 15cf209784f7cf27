import { expect, test } from '@playwright/test';
import { createProject, expectNoSeriousA11yViolations, SCREENSHOT_DIR } from './support';

test('a vendor located in the US demands a transfer mechanism at once', async ({ page }) => {
  await createProject(page, 'Vendor test');
  await page.getByRole('navigation').getByRole('link', { name: 'Vendors' }).click();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mailchimp');
  await page.getByRole('textbox', { name: 'Function' }).fill('Newsletter');
  await expect(page.getByText('Transfer mechanism: Not needed')).toBeVisible();

  await page.getByRole('combobox', { name: 'Processing locations' }).fill('United States');
  await page.getByRole('option', { name: 'United States (US)' }).click();
  await page.keyboard.press('Escape');
  const problem = page.getByTestId('transfer-problem');
  await expect(problem).toContainText('outside the EU/EEA (United States)');
  await expect(page.getByTestId('catalog-item').filter({ hasText: 'Mailchimp' })).toContainText('⚠');

  await page.getByRole('combobox', { name: 'Transfer mechanism' }).click();
  await page.getByRole('option', { name: /Data Privacy Framework/ }).click();
  await expect(problem).toBeHidden();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/vendor-editor.png`, fullPage: true });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Mailchimp');
  await expect(page.getByRole('combobox', { name: 'Transfer mechanism' })).toHaveValue(
    /Data Privacy Framework/,
  );
});

test('catalog items are created, translated, searched, deleted and brought back', async ({ page }) => {
  await createProject(page, 'Catalog test');
  await page.getByRole('navigation').getByRole('link', { name: 'Organisation' }).click();
  // Until the Organisation screen sets languages, a project has its one primary language.
  await page.getByRole('navigation').getByRole('link', { name: 'Data categories' }).click();
  await expect(page.getByText('Nothing here yet')).toBeVisible();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Health data');
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: /Special categories/ }).click();
  await expect(page.getByTestId('catalog-item')).toContainText(
    'Special categories of personal data (Art. 9)',
  );
  await expect(page.getByText('Not used by any activity yet.')).toBeVisible();

  await page.getByRole('button', { name: 'New', exact: true }).click();
  // The new item's editor replaces the previous one; type only once it is there.
  await expect(page.getByRole('heading', { name: '(no name)', level: 3 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Contact details');
  await expect(page.getByTestId('catalog-item')).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Search' }).fill('health');
  await expect(page.getByTestId('catalog-item')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Search' }).fill('');

  await page.getByTestId('catalog-item').filter({ hasText: 'Health data' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('It is not used by any activity.');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('catalog-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('catalog-item')).toHaveCount(2);

  await page.reload();
  await expect(page.getByTestId('catalog-item')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
});

test('a vendor is added from the library in one click, and edits show where it differs', async ({ page }) => {
  await createProject(page, 'Library test');
  await page.getByRole('navigation').getByRole('link', { name: 'Vendors' }).click();
  await page.getByRole('button', { name: 'Add from library' }).click();
  const library = page.getByRole('dialog', { name: 'Vendor library' });
  await library.getByRole('textbox', { name: /Search by name/ }).fill('remote support');
  await expect(library.getByTestId('library-entry').filter({ hasText: 'TeamViewer' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await library.getByRole('button', { name: 'Add TeamViewer' }).click();
  await expect(library).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('TeamViewer');
  await expect(page.getByTestId('library-differences')).toContainText('Your copy matches the library.');

  await page.getByRole('textbox', { name: 'Legal entity' }).fill('TeamViewer Germany GmbH (our contract)');
  await expect(page.getByTestId('library-differences')).toContainText(
    'TeamViewer Germany GmbH (our contract)',
  );
  await expect(page.getByTestId('library-differences')).toContainText('Legal entity');

  await page.getByRole('button', { name: 'Add from library' }).click();
  await library.getByRole('textbox', { name: /Search by name/ }).fill('TeamViewer');
  await expect(library.getByTestId('library-entry').filter({ hasText: 'TeamViewer' })).toContainText(
    'In your register',
  );
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Legal entity' })).toHaveValue(
    'TeamViewer Germany GmbH (our contract)',
  );
});
