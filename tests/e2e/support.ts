import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** Creates a project through the UI, as a new user does, and waits until it is open. */
export async function createProject(page: Page, name: string) {
  await page.goto('/');
  await page
    .getByRole('button', { name: /^(New project|Nyt projekt|Nytt projekt)$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^(Project name|Projektnavn|Projektnamn)/).fill(name);
  await dialog.getByRole('button', { name: /^(Create|Opret|Skapa)$/ }).click();
  await expect(page.getByTestId('current-project')).toHaveText(name);
}

/** axe on the page, or only on the part matching `include` (e.g. an open dialog): no serious or critical findings. */
export async function expectNoSeriousA11yViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * The vendors the wizard once ticked by itself, which the specs rely on (the wizard now ticks none): one
 * per function, with the accounting system of the country.
 */
const USUAL_VENDORS = ['Cookiebot', 'Microsoft 365', 'TeamViewer', 'Acronis', 'Mailchimp'];
const ACCOUNTING_SYSTEM = { Denmark: ['Visma e-conomic'], Sweden: ['Fortnox'] } as const;

/**
 * Builds a register with the first-run wizard (English UI): every activity (Select all), one customer for the
 * processor activity, and the vendors named in `vendors` (default: the usual ones above), ticked by name.
 */
export async function runWizard(
  page: Page,
  legalName: string,
  options: { country?: 'Sweden' | 'Denmark'; vendors?: readonly string[] } = {},
) {
  const vendors = options.vendors ?? [
    ...USUAL_VENDORS,
    ...(options.country ? ACCOUNTING_SYSTEM[options.country] : []),
  ];
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from a template…' }).click();
  await page.getByRole('textbox', { name: 'Legal name of the organisation' }).fill(legalName);
  if (options.country) {
    await page.getByRole('combobox', { name: 'Where the organisation is established' }).click();
    await page.getByRole('option', { name: options.country }).click();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByRole('combobox', { name: 'Customers you process data for' }).fill('Kunde A/S');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Next' }).click();
  for (const name of vendors) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page.getByTestId('vendors-chosen')).toHaveText(`Chosen: ${vendors.length}`);
  await page.getByRole('button', { name: 'Create register' }).click();
  await expect(page).toHaveURL(/#\/overview$/);
  // The register is open (its name in the header) before anything else is asked of it, e.g. Ctrl+N.
  await expect(page.getByTestId('current-project')).toHaveText(legalName);
}
