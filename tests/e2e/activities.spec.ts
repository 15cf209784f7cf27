import { expect, test, type Locator, type Page } from '@playwright/test';
import { createProject, expectNoSeriousA11yViolations, SCREENSHOT_DIR } from './support';

async function newActivity(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  await page.getByRole('button', { name: 'New activity' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function addBasis(page: Page, purpose: Locator, basis: RegExp) {
  const bases = purpose.getByTestId('legal-basis');
  const before = await bases.count();
  await purpose.getByRole('button', { name: 'Add legal basis' }).click();
  await expect(bases).toHaveCount(before + 1);
  await bases.last().getByRole('combobox', { name: 'Legal basis' }).click();
  await page.getByRole('option', { name: basis }).click();
  await expect(bases.last().getByRole('combobox', { name: 'Legal basis' })).toHaveValue(basis);
}

async function addPurpose(page: Page, description: string, basis: RegExp) {
  const purposes = page.getByTestId('purpose');
  const before = await purposes.count();
  await page.getByRole('button', { name: 'Add purpose' }).click();
  await expect(purposes).toHaveCount(before + 1);
  const purpose = purposes.last();
  await purpose.getByRole('textbox', { name: 'What the data is used for' }).fill(description);
  await expect(purpose.getByText(/has no legal basis/)).toBeVisible();
  await addBasis(page, purpose, basis);
  await expect(purpose.getByText(/has no legal basis/)).toBeHidden();
  return purpose;
}

async function link(page: Page, field: string, name: string) {
  const input = page.getByRole('textbox', { name: field, exact: true });
  await input.fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^(Create “${name}”|${name})`) })
    .first()
    .click();
  await expect(
    page.getByRole('list', { name: field }).getByRole('link', { name: `Open ${name}` }),
  ).toBeVisible();
}

test('a new user records two activities with purposes, legal bases and the data they need', async ({
  page,
}) => {
  await createProject(page, 'Register test');
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  await expect(page.getByText('No processing activities yet')).toBeVisible();

  // Activity 1: invoicing — contract and legal obligation
  await newActivity(page, 'Invoicing');
  await expect(page.getByText(/Add at least one purpose/)).toBeVisible();
  const invoicing = await addPurpose(page, 'Send invoices to customers', /^Performance of a contract/);
  await addBasis(page, invoicing, /^Legal obligation/);
  await invoicing
    .getByRole('textbox', { name: 'Note (e.g. the statute for a legal obligation)' })
    .last()
    .fill('Bookkeeping Act');
  await link(page, 'Categories of data subjects', 'Customers');
  await link(page, 'Categories of personal data', 'Contact details');
  await page.getByRole('checkbox', { name: 'Contact details about Customers' }).check();
  await page
    .getByRole('textbox', { name: 'How long the data is kept, in words', exact: true })
    .fill('5 years');

  // Activity 2: support — legitimate interest in words, then health data demands an Art. 9 condition
  await newActivity(page, 'Support');
  const support = await addPurpose(page, 'Help users with their IT', /^Legitimate interests/);
  await expect(support.getByRole('textbox', { name: 'Legitimate interest' })).toBeVisible();
  await support
    .getByRole('textbox', { name: 'Legitimate interest' })
    .fill('Keeping customers’ systems running');
  await link(page, 'Categories of personal data', 'Contact details');
  await link(page, 'Categories of personal data', 'Health data');
  await expect(page.getByTestId('missing-special')).toHaveCount(0);
  await page
    .getByRole('list', { name: 'Categories of personal data' })
    .getByRole('link', { name: 'Open Health data' })
    .click();
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: /Special categories/ }).click();
  await page.getByRole('link', { name: 'Support' }).click();
  await expect(page.getByTestId('missing-special')).toContainText(
    'Special categories of data are linked (Health data)',
  );
  await addBasis(page, support, /^Explicit consent/);
  await expect(page.getByTestId('missing-special')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/activity-editor.png`, fullPage: true });

  // Reload: everything is still there
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Legitimate interest' })).toHaveValue(
    'Keeping customers’ systems running',
  );
  await page.getByRole('link', { name: 'All activities' }).click();
  await expect(page.getByTestId('activity-row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Invoicing' }).click();
  await expect(page.getByRole('checkbox', { name: 'Contact details about Customers' })).toBeChecked();
  await expect(
    page.getByRole('textbox', { name: 'Note (e.g. the statute for a legal obligation)' }).last(),
  ).toHaveValue('Bookkeeping Act');
  await expect(
    page.getByRole('textbox', { name: 'How long the data is kept, in words', exact: true }),
  ).toHaveValue('5 years');

  // A data category in use says where before it goes, and Undo brings it back with its links
  await page.getByRole('navigation').getByRole('link', { name: 'Data categories' }).click();
  await page.getByTestId('catalog-item').filter({ hasText: 'Contact details' }).click();
  await expect(page.getByTestId('usage-list')).toContainText('Invoicing');
  await expect(page.getByTestId('usage-list')).toContainText('Support');
  await page.getByRole('button', { name: 'Delete' }).click();
  const usages = page.getByTestId('delete-usages');
  await expect(usages).toContainText('Invoicing');
  await expect(usages).toContainText('data per data subject');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('catalog-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('catalog-item')).toHaveCount(2);
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  await page.getByRole('link', { name: 'Invoicing' }).click();
  await expect(page.getByRole('checkbox', { name: 'Contact details about Customers' })).toBeChecked();
});

test('the activity list filters, searches and sorts; deleting an activity can be undone', async ({
  page,
}) => {
  await createProject(page, 'List test');
  await newActivity(page, 'Recruitment');
  await newActivity(page, 'Newsletter');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Active' }).click();
  await page.getByRole('link', { name: 'All activities' }).click();
  const rows = page.getByTestId('activity-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Newsletter');
  await page.getByRole('button', { name: 'Sort by Activity' }).click();
  await expect(rows.first()).toContainText('Recruitment');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Active' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Newsletter');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Active' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('recru');
  await expect(rows).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Recruitment' }).click();
  await page.getByRole('button', { name: 'Delete activity' }).click();
  await expect(page.getByTestId('activity-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('activity-row')).toHaveCount(2);
});

test('Ctrl+K finds text inside an activity and Ctrl+N creates one', async ({ page }) => {
  await createProject(page, 'Search test');
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  await page.keyboard.press('Control+n');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Payroll');
  await addPurpose(page, 'Pay salaries through the bank', /^Legal obligation/);
  await page.getByRole('navigation').getByRole('link', { name: 'Vendors' }).click();

  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search the register…' });
  await expect(search).toBeFocused();
  await search.fill('salaries');
  await page.getByRole('button', { name: /Payroll/ }).click();
  await expect(page).toHaveURL(/#\/activities\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Payroll', level: 2 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a new activity left without typing anything leaves nothing behind; one with a name stays', async ({
  page,
}) => {
  await createProject(page, 'Blank test');
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Activities' }).click();
  await page.getByRole('button', { name: 'New activity' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await nav.getByRole('link', { name: 'Activities' }).click();
  await expect(page.getByText('No processing activities yet')).toBeVisible();
  await nav.getByRole('link', { name: 'Change log' }).click();
  // "Added" and "removed" fold into nothing: the log of the new project is still empty.
  await expect(page.getByText('No changes recorded yet.')).toBeVisible();

  await nav.getByRole('link', { name: 'Activities' }).click();
  await page.keyboard.press('Control+n');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Payroll');
  await nav.getByRole('link', { name: 'Activities' }).click();
  await expect(page.getByTestId('activity-row')).toHaveCount(1);
  await expect(page.getByTestId('activity-row')).toContainText('Payroll');
});
