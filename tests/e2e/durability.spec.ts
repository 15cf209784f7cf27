import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createProject, expectNoSeriousA11yViolations } from './support';

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

/** The stored legal name of the only project, read from IndexedDB as a reload would. */
function storedLegalName(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kartotek');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ organisation: { legalName: string } }[]>((resolve, reject) => {
      const request = db.transaction('projects').objectStore('projects').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows[0]?.organisation.legalName;
  });
}

/** What "within a second" means for a change to reach another tab. */
const SYNC = { timeout: 1000 };

type Tab = Awaited<ReturnType<typeof openLegalName>>;

/**
 * `typing` types `typed` at the end of the field and keeps the cursor there; once that reached `other`, the
 * user there replaces the whole text with `theirs` and leaves the field.
 */
async function typeWhileTheOtherReplaces(typing: Tab, typed: string, other: Tab, theirs: string) {
  await typing.field.click();
  await typing.page.keyboard.press('End');
  await typing.field.pressSequentially(typed);
  await expect(other.field).toHaveValue(await typing.field.inputValue(), SYNC);
  await other.field.fill(theirs);
  await other.field.blur();
}

test('two tabs on one project: changes show in the other within a second, and a clash is the user’s choice', async ({
  context,
  page,
}) => {
  await createProject(page, 'Two tabs');
  const a = await openLegalName(context);
  const b = await openLegalName(context);

  await a.field.pressSequentially('Acme');
  await expect(b.field).toHaveValue('Acme', SYNC);
  // The user turns to the other tab (the field loses focus, as when the window does).
  await a.field.blur();

  // B is typing when A changes the same field: B keeps its text and is asked.
  await typeWhileTheOtherReplaces(b, ' Nord', a, 'Acme Syd');
  const conflict = b.page.getByTestId('field-conflict');
  await expect(conflict).toBeVisible(SYNC);
  await expect(conflict).toContainText('This field was changed elsewhere');
  await expect(conflict).toContainText('“Acme Syd”');
  await expect(b.field).toHaveValue('Acme Nord');
  await expectNoSeriousA11yViolations(b.page, '[data-testid="field-conflict"]');
  await b.page.screenshot({ path: '/tmp/kartotek-field-conflict.png' });

  await conflict.getByRole('button', { name: 'Keep my text' }).click();
  await expect(conflict).toBeHidden();
  await expect(a.field).toHaveValue('Acme Nord', SYNC);
  expect(await storedLegalName(b.page)).toBe('Acme Nord');

  // Again, and this time B takes A's text.
  await typeWhileTheOtherReplaces(b, ' A/S', a, 'Acme Øst');
  await expect(conflict).toBeVisible(SYNC);
  await conflict.getByRole('button', { name: 'Use the other text' }).click();
  await expect(conflict).toBeHidden();
  await expect(b.field).toHaveValue('Acme Øst');
  await expect(a.field).toHaveValue('Acme Øst');
  expect(await storedLegalName(b.page)).toBe('Acme Øst');
});
