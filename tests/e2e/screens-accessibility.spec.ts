import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, SCREENSHOT_DIR } from './support';

const CATALOG_SCREENS = [
  'Data subjects',
  'Data categories',
  'Sources',
  'Recipients',
  'Vendors',
  'Security measures',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen of a filled register passes axe (${scheme} theme)`, async ({ page }) => {
    await page.goto('/');
    if (scheme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.getByRole('button', { name: 'Start from a template…' }).click();
    await page.getByRole('textbox', { name: 'Legal name of the organisation' }).fill('ITGuy ApS');
    await page.getByRole('checkbox', { name: 'Dansk' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    // The wizard ticks nothing by itself: the filled register takes every starter activity.
    await page.getByRole('button', { name: 'Select all' }).click();
    await page.getByRole('combobox', { name: 'Customers you process data for' }).fill('Kunde A/S');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Next' }).click();
    for (const name of ['Microsoft 365', 'TeamViewer'])
      await page.getByRole('checkbox', { name, exact: true }).check();
    await page.getByRole('button', { name: 'Create register' }).click();
    await expect(page).toHaveURL(/#\/overview$/);
    await expectNoSeriousA11yViolations(page);

    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Activities' }).click();
    await expect(page.getByTestId('activity-row').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId('activity-row').first().getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Purposes and legal bases' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/filled-activity-${scheme}.png`, fullPage: true });

    for (const screen of CATALOG_SCREENS) {
      await nav.getByRole('link', { name: screen, exact: true }).click();
      await page.getByTestId('catalog-item').first().click();
      await expect(page.getByTestId('usage-list')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }
    await nav.getByRole('link', { name: 'Customers', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Customers', level: 2 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await nav.getByRole('link', { name: 'Organisation', exact: true }).click();
    await expect(page.getByRole('textbox', { name: /Legal name/ }).first()).toHaveValue('ITGuy ApS');
    await expectNoSeriousA11yViolations(page);
    // An edit, so that the Change log below has a row to check.
    await page.getByTestId('organisation-section-organisation').getByLabel('City').fill('Aarhus C');
    await nav.getByRole('link', { name: 'Documents', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Documents', level: 2 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await nav.getByRole('link', { name: 'Change log', exact: true }).click();
    await expect(page.getByTestId('change-row').first()).toContainText('Aarhus C');
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/change-log-${scheme}.png`, fullPage: true });
  });
}
