import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SCREENSHOT_DIR = 'test-results/screenshots';

async function seedProject(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).first().click();
  await page.getByRole('dialog').getByLabel('Project name').fill('ITGuy ApS');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS');
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const LANGUAGE_CASES = [
  { native: 'English', nav: 'Activities', projects: 'Projects' },
  { native: 'Dansk', nav: 'Aktiviteter', projects: 'Projekter' },
  { native: 'Svenska', nav: 'Behandlingar', projects: 'Projekt' },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test(`the shell in every language, ${scheme} theme, passes axe and is captured`, async ({ page }) => {
    await seedProject(page);
    if (scheme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    for (const language of LANGUAGE_CASES) {
      await page.getByRole('button', { name: /^(Language|Sprog|Språk): / }).click();
      await page.getByRole('menuitem', { name: language.native }).click();
      await expect(page.getByRole('navigation').getByRole('link', { name: language.nav })).toBeVisible();

      await page.getByRole('navigation').getByRole('link', { name: language.projects, exact: true }).click();
      await expect(page.getByTestId('project-card')).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/workspace-${language.native}-${scheme}.png` });

      await page.getByRole('navigation').getByRole('link', { name: language.nav }).click();
      await expect(page.getByTestId('empty-state')).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/activities-${language.native}-${scheme}.png` });
    }
  });
}

test('the empty workspace and the dialogs pass axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No projects yet')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'New project' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/new-project-dialog.png` });
});
