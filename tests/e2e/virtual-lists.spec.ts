import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializeProjectFile } from '../../shared/project-file';
import { generateProject } from '../../build/scripts/bench/generate';
import { expectNoSeriousA11yViolations, SCREENSHOT_DIR } from './support';

// Long lists are virtualised: a large register (the benchmark's generator, cut to 500 activities) opened
// through File → Open, as a consultant would.
const ACTIVITIES = 500;
/** Far fewer rows than the register has: what fits the window plus a few either side. */
const MAX_ROWS_IN_DOM = 60;

const project = generateProject();
project.activities = project.activities.slice(0, ACTIVITIES);
const drafts = project.activities.filter((a) => a.status === 'draft').length;
// Not among the first rows in name order (so not rendered at first); its number makes the search unique.
const target = project.activities[436]!;
const targetName = target.name.en!;
const targetSearch = '#437';

let file: string;
test.beforeAll(() => {
  const folder = mkdtempSync(path.join(tmpdir(), 'kartotek-virtual-'));
  file = path.join(folder, 'large-register.kartotek');
  writeFileSync(file, serializeProjectFile(project, { appVersion: 'e2e', now: '2026-11-01T09:00:00.000Z' }));
});

async function openLargeRegister(page: Page) {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('file-menu').click();
  await page.getByRole('menuitem', { name: /^(Open…|Åbn…|Öppna…)/ }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('current-project')).toHaveText(project.name, { timeout: 30_000 });
}

/** The scroll box of a virtualised list: the nearest ancestor whose height is limited (max-height). */
function scrollBoxOf(list: Locator) {
  return list.locator('xpath=ancestor::div[contains(@style, "max-height")][1]');
}

/**
 * Scrolls a list to its end as a user does: rows are measured as they render (a long name wraps), so the
 * end can move a little further once the last rows are in; scroll again until it stays put.
 */
async function scrollToEnd(box: Locator) {
  await expect
    .poll(() =>
      box.evaluate(async (node) => {
        node.scrollTo({ top: node.scrollHeight });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return node.scrollHeight - node.clientHeight - node.scrollTop <= 1;
      }),
    )
    .toBe(true);
}

/** True when the element is inside the scroll box's visible area, below its sticky header (if any). */
async function shownInScrollBox(element: Locator, box: Locator) {
  const [e, b] = await Promise.all([element.boundingBox(), box.boundingBox()]);
  const header = await box.evaluate(
    (node) => node.querySelector('thead')?.getBoundingClientRect().height ?? 0,
  );
  if (!e || !b) return false;
  return e.y >= b.y + header - 1 && e.y + e.height <= b.y + b.height + 1;
}

test('the Activities list renders only what is in view and still searches and filters the whole list', async ({
  page,
}) => {
  await openLargeRegister(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();

  const table = page.getByTestId('activity-table');
  const rows = page.getByTestId('activity-row');
  const count = page.getByTestId('activity-count');
  const box = scrollBoxOf(table);
  await expect(count).toHaveText(`${ACTIVITIES} of ${ACTIVITIES} activities`);
  // The table tells assistive technology its full size (header row + every activity), not what is rendered.
  await expect(table).toHaveAttribute('aria-rowcount', String(ACTIVITIES + 1));
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  expect(await rows.count()).toBeGreaterThan(5);
  expect(await rows.count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  await expect(rows.filter({ hasText: targetName })).toHaveCount(0);
  await expect(table.locator(`tr[aria-rowindex="${ACTIVITIES + 1}"]`)).toHaveCount(0);
  // The list is its own scroll box, ending at the bottom of the window: the page itself does not scroll.
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(
    true,
  );

  // Scrolling brings the later rows in, and the row count in the DOM stays bounded.
  const last = table.locator(`tr[aria-rowindex="${ACTIVITIES + 1}"]`);
  await scrollToEnd(box);
  await expect(last).toBeVisible();
  expect(await shownInScrollBox(last, box)).toBe(true);
  expect(await rows.count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  await box.evaluate((node) => node.scrollTo({ top: node.scrollHeight / 2 }));
  await expect(table.locator('tr[aria-rowindex="250"]')).toBeVisible();
  // Spacer rows, aria-rowcount and aria-rowindex are valid table markup.
  await expectNoSeriousA11yViolations(page);
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/activities-virtualised-${scheme}.png` });
  }
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // The search looks through the whole register, not only the rendered rows; the count and the
  // table's size follow it.
  const search = page.getByRole('search').getByRole('textbox', { name: 'Search' });
  expect(targetName.endsWith(targetSearch)).toBe(true);
  await search.pressSequentially(targetSearch);
  await expect(search).toHaveValue(targetSearch);
  await expect(count).toHaveText(`1 of ${ACTIVITIES} activities`);
  await expect(table).toHaveAttribute('aria-rowcount', '2');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link')).toHaveText(targetName);

  // A filter on the whole list: the count and aria-rowcount say how many match, not how many are rendered.
  await search.fill('');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Draft' }).click();
  await expect(count).toHaveText(`${drafts} of ${ACTIVITIES} activities`);
  await expect(table).toHaveAttribute('aria-rowcount', String(drafts + 1));
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Draft' }).click();
  await expect(count).toHaveText(`${ACTIVITIES} of ${ACTIVITIES} activities`);
});

test('Tab walks the virtualised Activities list row by row, keeping the focused row in view; Enter opens it', async ({
  page,
}) => {
  await openLargeRegister(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  const table = page.getByTestId('activity-table');
  const box = scrollBoxOf(table);
  await expect(table).toHaveAttribute('aria-rowcount', String(ACTIVITIES + 1));
  const rendered = await page.getByTestId('activity-row').count();

  // From the search box, Tab goes through the filters and the column headers to the first row.
  await page.getByRole('search').getByRole('textbox', { name: 'Search' }).focus();
  const focusedRowIndex = () =>
    page.evaluate(() => {
      const row = document.activeElement?.closest('[data-testid="activity-row"]');
      return row ? Number(row.getAttribute('aria-rowindex')) : null;
    });
  for (let i = 0; i < 20 && (await focusedRowIndex()) === null; i++) await page.keyboard.press('Tab');
  expect(await focusedRowIndex()).toBe(2);

  // On well past the rows that were rendered at first: every Tab reaches the next row and shows it.
  const steps = rendered + 10;
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('Tab');
    expect(await focusedRowIndex()).toBe(2 + i);
  }
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  expect(await shownInScrollBox(focused, box)).toBe(true);
  expect(await page.getByTestId('activity-row').count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);

  // Shift+Tab goes back, and the row is shown below the sticky header, not under it.
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+Tab');
  expect(await focusedRowIndex()).toBe(2 + steps - 10);
  expect(await shownInScrollBox(focused, box)).toBe(true);

  // Scrolled away with the mouse, the focused row stays in the DOM and keeps the focus.
  await scrollToEnd(box);
  await expect(table.locator(`tr[aria-rowindex="${ACTIVITIES + 1}"]`)).toBeVisible();
  expect(await focusedRowIndex()).toBe(2 + steps - 10);

  // Enter opens the focused activity.
  const name = (await focused.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/activities\/act-\d+$/);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
});

test('a catalog of 300 vendors is virtualised and its search finds any vendor', async ({ page }) => {
  await openLargeRegister(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Vendors' }).click();
  const items = page.getByTestId('catalog-item');
  const list = page.getByRole('list', { name: 'Vendors' });
  await expect(page.getByText(`${project.vendors.length} items`)).toBeVisible();
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  await expect(list.getByRole('listitem').first()).toHaveAttribute(
    'aria-setsize',
    String(project.vendors.length),
  );

  const lastVendor = project.vendors.at(-1)!.name;
  await expect(items.filter({ hasText: lastVendor })).toHaveCount(0);
  await scrollBoxOf(list).evaluate((node) => node.scrollTo({ top: node.scrollHeight }));
  await expect(items.filter({ hasText: lastVendor })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/vendors-virtualised.png` });

  await scrollBoxOf(list).evaluate((node) => node.scrollTo({ top: 0 }));
  await page.getByRole('textbox', { name: 'Search' }).fill(project.vendors[287]!.name);
  await expect(page.getByText('1 item', { exact: true })).toBeVisible();
  await items.click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    project.vendors[287]!.name,
  );
});
