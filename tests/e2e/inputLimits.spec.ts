import { expect, test } from '@playwright/test';
import { createProject, SCREENSHOT_DIR } from './support';

/** The Danish date the editor takes at the latest: ten years after today (as typedDateRange has it). */
function latestDanishDate(): string {
  const now = new Date();
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']; // prettier-ignore
  const day = now.getMonth() === 1 && now.getDate() === 29 ? 28 : now.getDate();
  return `${day}. ${months[now.getMonth()]} ${now.getFullYear() + 10}`;
}

test('a name counts its characters near 200 and stops there; a date beyond ten years is refused with the range', async ({
  page,
}) => {
  await createProject(page, 'Grænser ApS');
  await page.getByRole('button', { name: /^Language: / }).click();
  await page.getByRole('menuitem', { name: 'Dansk' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Aktiviteter' }).click();
  await page.getByRole('button', { name: 'Ny aktivitet' }).click();

  const name = page.getByRole('textbox', { name: 'Navn', exact: true });
  const counter = page.locator('[data-character-count]');
  await name.fill('Løn'.padEnd(159, ' og personaleadministration'));
  await expect(counter).toHaveCount(0);
  await name.pressSequentially(' og løn'.repeat(3) + ' xy');
  await expect(counter).toHaveText('183 / 200');
  await page
    .getByRole('region', { name: 'Generelt' })
    .screenshot({ path: `${SCREENSHOT_DIR}/input-limits-name-da.png` });
  await name.pressSequentially(' og ferie'.repeat(4));
  await expect(name).toHaveValue(/^.{200}$/);
  await expect(counter).toHaveText('200 / 200');

  const nextReview = page.getByLabel('Næste gennemgang');
  await nextReview.scrollIntoViewIfNeeded();
  await nextReview.fill('2030-06-01');
  await nextReview.fill('9999-12-31');
  const message = `Skriv en dato fra 1. januar 1990 til ${latestDanishDate()}.`;
  await expect(page.getByText(message)).toBeVisible();
  await expect(nextReview).toHaveAttribute('aria-invalid', 'true');
  await expect(nextReview).toHaveAttribute('min', '1990-01-01');
  await page
    .getByRole('region', { name: 'Politik og gennemgang' })
    .screenshot({ path: `${SCREENSHOT_DIR}/input-limits-date-da.png` });

  // The refused date was never stored: the activity opened again shows the last date it took.
  await page.getByRole('navigation').getByRole('link', { name: 'Aktiviteter' }).click();
  await page
    .getByRole('link', { name: /^Løn og personale/ })
    .first()
    .click();
  await expect(page.getByLabel('Næste gennemgang')).toHaveValue('2030-06-01');
  await expect(page.getByText(message)).toHaveCount(0);
});

test('a name of one unbroken 200-character word wraps inside its cell in the list, and opens', async ({
  page,
}) => {
  await createProject(page, 'Lange ord ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  await page.getByRole('button', { name: 'New activity' }).click();
  const word = `Lønadministration${'x'.repeat(183)}`;
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(word);
  await expect(page.getByRole('heading', { name: word, level: 2 })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();

  const link = page.getByRole('link', { name: word });
  const cell = page.getByRole('cell').filter({ has: link });
  const [linkBox, cellBox] = [await link.boundingBox(), await cell.boundingBox()];
  expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(cellBox!.x + cellBox!.width);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/input-limits-long-word-list.png` });
  await link.click();
  await expect(page.getByRole('heading', { name: word, level: 2 })).toBeVisible();
});
