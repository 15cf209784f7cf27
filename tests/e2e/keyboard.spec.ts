import { expect, test, type Locator, type Page } from '@playwright/test';
import { runWizard } from './support';

/** Moves focus with Tab (as a keyboard user does) until `target` has it. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('the main flows work with the keyboard alone: new activity, vendor from the library, export', async ({
  page,
}) => {
  await runWizard(page, 'ITGuy ApS'); // setting up the project is not part of this test

  // Ctrl+N, type the name: the cursor starts in the new activity's name.
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard activity');
  await expect(page.getByRole('heading', { name: 'Keyboard activity', level: 2 })).toBeVisible();

  // Vendors → Add from library → search → add TeamViewer, with Tab and Enter only.
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Vendors' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Add from library' }));
  await page.keyboard.press('Enter');
  const library = page.getByRole('dialog', { name: 'Vendor library' });
  await expect(library.getByRole('textbox', { name: /Search by name/ })).toBeFocused();
  await page.keyboard.type('AnyDesk');
  await tabTo(page, library.getByRole('button', { name: 'Add AnyDesk' }));
  await page.keyboard.press('Enter');
  await expect(library).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('AnyDesk');

  // Documents → Export to Word.
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Documents' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Export to Word' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  // The new activity is still incomplete, so the policy is refused as final; a draft, chosen with the keyboard too.
  const question = page.getByRole('dialog', { name: 'Not ready as a final document' });
  await tabTo(page, question.getByRole('button', { name: 'Export draft' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  // Escape closes dialogs.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('textbox', { name: 'Search the register…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Search the register…' })).toBeHidden();
});
