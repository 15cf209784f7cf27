import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createProject } from './support';

/** How often the page is closed right after typing: each close is one chance to lose the last keystrokes. */
const CLOSES = 20;

async function openLegalName(
  context: BrowserContext,
): Promise<{ page: Page; field: ReturnType<Page['getByLabel']> }> {
  const page = await context.newPage();
  await page.goto('/#/organisation');
  const field = page.getByRole('textbox', { name: /^Legal name/ });
  await expect(field).toBeVisible();
  return { page, field };
}

test('no keystroke is lost when the page closes right after typing', async ({ context, page }) => {
  await createProject(page, 'Durable');
  await page.close();
  let expected = '';
  for (let round = 1; round <= CLOSES; round++) {
    const { page, field } = await openLegalName(context);
    // What the previous round typed survived its close (and is shown by a page that opened afterwards).
    await expect(field).toHaveValue(expected);
    await field.click();
    await page.keyboard.press('End');
    const word = ` w${round}`;
    await field.pressSequentially(word);
    expected += word;
    // No beforeunload, no waiting: the tab is gone the moment the last key has been handled.
    await page.close({ runBeforeUnload: false });
  }
  const { field } = await openLegalName(context);
  await expect(field).toHaveValue(expected);
});
