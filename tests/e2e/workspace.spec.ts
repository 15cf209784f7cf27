import { expect, test, type Page } from '@playwright/test';

async function createProject(page: Page, name: string) {
  await page.getByRole('button', { name: 'New project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
}

async function openProjectActions(page: Page, name: string) {
  await page
    .getByRole('button', { name: new RegExp(`^(Actions for|Handlinger for|Åtgärder för) ${name}$`) })
    .click();
}

test('a new user creates, renames, deletes and restores a project, in three languages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Kartotek', level: 1 })).toBeVisible();
  await expect(page.getByText('No projects yet')).toBeVisible();
  // Register screens need a project first, and say so.
  await page.getByRole('link', { name: 'Activities' }).click();
  await expect(page.getByText('Open a project first')).toBeVisible();
  await page.getByRole('button', { name: 'Go to projects' }).click();

  await createProject(page, 'ITGuy ApS');
  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS');
  await expect(page.getByRole('heading', { name: 'Overview', level: 2 })).toBeVisible();

  // Rename
  await page.getByRole('link', { name: 'Projects' }).click();
  await openProjectActions(page, 'ITGuy ApS');
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename project' });
  await rename.getByLabel('Project name').fill('  ');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename.getByText('Give the project a name.')).toBeVisible();
  await rename.getByLabel('Project name').fill('ITGuy ApS (Aarhus)');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('project-card')).toContainText('ITGuy ApS (Aarhus)');
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS (Aarhus)');

  // Danish
  await page.getByRole('button', { name: /^Language: / }).click();
  await page.getByRole('menuitem', { name: 'Dansk' }).click();
  await expect(page.getByRole('heading', { name: 'Projekter', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nyt projekt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aktiviteter' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  // Swedish
  await page.getByRole('button', { name: /^Sprog: / }).click();
  await page.getByRole('menuitem', { name: 'Svenska' }).click();
  await expect(page.getByRole('button', { name: 'Nytt projekt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Behandlingar' })).toBeVisible();
  await expect(page.getByText('1 behandling').or(page.getByText('0 behandlingar'))).toBeVisible();

  // Reload: the project, the language and the open project are all remembered.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Nytt projekt' })).toBeVisible();
  await expect(page.getByTestId('project-card')).toContainText('ITGuy ApS (Aarhus)');
  await expect(page.getByTestId('current-project')).toHaveText('ITGuy ApS (Aarhus)');
  await page.goto('/');
  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByRole('heading', { name: 'Översikt', level: 2 })).toBeVisible();

  // Delete (with confirmation) and restore from "Recently deleted"
  await page.getByRole('link', { name: 'Projekt', exact: true }).click();
  await openProjectActions(page, 'ITGuy ApS \\(Aarhus\\)');
  await page.getByRole('menuitem', { name: 'Ta bort' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort ”ITGuy ApS (Aarhus)”?' });
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(0);
  await expect(page.getByText('Inga projekt ännu')).toBeVisible();
  await expect(page.getByTestId('deleted-project-card')).toContainText('ITGuy ApS (Aarhus)');
  await expect(page.getByTestId('current-project')).toHaveText('Inget projekt öppet');

  await page.reload();
  await expect(page.getByTestId('deleted-project-card')).toContainText('ITGuy ApS (Aarhus)');
  await page.getByRole('button', { name: 'Återställ: ITGuy ApS (Aarhus)' }).click();
  await expect(page.getByTestId('project-card')).toContainText('ITGuy ApS (Aarhus)');
  await expect(page.getByTestId('deleted-project-card')).toHaveCount(0);
});

test('a deleted project comes back with Undo, and a copy keeps the original apart', async ({ page }) => {
  await page.goto('/');
  await createProject(page, 'Kunde A/S');
  await page.getByRole('link', { name: 'Projects' }).click();

  await openProjectActions(page, 'Kunde A/S');
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(2);
  await expect(page.getByTestId('project-card').filter({ hasText: 'Kunde A/S (copy)' })).toBeVisible();

  await openProjectActions(page, 'Kunde A/S');
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(2);
  await expect(page.getByTestId('deleted-project-card')).toHaveCount(0);

  // Switching projects
  await page.getByRole('button', { name: 'Open: Kunde A/S (copy)' }).click();
  await expect(page.getByTestId('current-project')).toHaveText('Kunde A/S (copy)');
});

test('the theme switches and is remembered', async ({ page }) => {
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('every register screen has its place in the navigation', async ({ page }) => {
  await page.goto('/');
  await createProject(page, 'Navigation test');
  const screens: [string, string][] = [
    ['Overview', 'Overview'],
    ['Activities', 'Processing activities'],
    ['Data subjects', 'Data subjects'],
    ['Data categories', 'Data categories'],
    ['Sources', 'Sources'],
    ['Recipients', 'Recipients'],
    ['Vendors', 'Vendors'],
    ['Security measures', 'Security measures'],
    ['Customers', 'Customers'],
    ['Organisation', 'Organisation'],
    ['Documents', 'Documents'],
  ];
  for (const [link, heading] of screens) {
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test('About shows the version and where the data lives', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'About Kartotek' }).click();
  const about = page.getByRole('dialog', { name: 'About Kartotek' });
  await expect(about.getByText(/^\d+\.\d+\.\d+$/)).toBeVisible();
  await expect(about.getByText('Web app in the browser')).toBeVisible();
  await expect(about.getByText('In this browser’s storage for this site')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
});
