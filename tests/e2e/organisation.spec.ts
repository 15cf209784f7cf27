import { expect, test, type Locator, type Page } from '@playwright/test';
import { createActivity } from '../../shared/model';
import { expectNoSeriousA11yViolations, SCREENSHOT_DIR } from './support';

/** A 1×1 PNG, small enough to write down. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A new user's project with Danish as the primary document language (jurisdiction DK follows). */
async function createDanishProject(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByLabel('Primary document language').click();
  await page.getByRole('option', { name: 'Dansk' }).click();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('current-project')).toHaveText(name);
}

async function openOrganisation(page: Page) {
  await page
    .getByRole('navigation', { name: /^(Main navigation|Hovednavigation|Huvudnavigering)$/ })
    .getByRole('link', { name: 'Organisation', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Organisation', level: 2 })).toBeVisible();
}

async function chooseOption(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** axe on one part of the page, e.g. an open dialog (the page behind it is dimmed on purpose). */

const section = (page: Page, key: string) => page.getByTestId(`organisation-section-${key}`);

/**
 * Writes an activity that uses the joint controller straight into the database, as the activity editor
 * would; the organisation screen must then name it before deleting the joint controller.
 */
/** The stored footer text (da) of the only project: what a reload will show. */
async function storedFooterText(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kartotek');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ branding: { footerText: { da?: string } } }[]>((resolve, reject) => {
      const request = db.transaction('projects').objectStore('projects').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows[0]?.branding.footerText.da;
  });
}

async function seedActivityUsing(page: Page, projectName: string, activityName: string) {
  const activity = createActivity();
  await page.evaluate(
    async ({ projectName, activity, activityName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kartotek');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const read = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      type Row = { id: string; name: string; jointControllers: { id: string }[] };
      const project = (await read<Row>('projects')).find((p) => p.name === projectName)!;
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('activities', 'readwrite');
        tx.objectStore('activities').put({
          ...activity,
          name: { da: activityName },
          jointControllerIds: [project.jointControllers[0]!.id],
          projectId: project.id,
          seq: 1,
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { projectName, activity, activityName },
  );
}

test('a new user fills in the organisation, and everything is still there after a reload', async ({
  page,
}) => {
  await createDanishProject(page, 'ITGuy ApS');
  await openOrganisation(page);
  await expect(page.getByText('Every change is saved at once.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();

  // Organisation: the legal name is required, the CVR number is checked as Danish law writes it.
  const org = section(page, 'organisation');
  await expect(org.getByText('Required.')).toBeVisible();
  // The table of contents points at the section that needs attention.
  await expect(page.getByTestId('toc-problem-organisation')).toBeVisible();
  await org.getByLabel('Legal name').fill('ITGuy ApS');
  await expect(org.getByText('Required.')).toBeHidden();

  await expect(org.getByLabel('Jurisdiction', { exact: true })).toHaveValue('Denmark');
  await expect(page.getByTestId('authority')).toContainText('Danish Data Protection Agency (Datatilsynet)');
  await expect(page.getByTestId('authority')).toContainText('Carl Jacobsens Vej 35');
  const cvr = org.getByLabel('CVR number');
  await cvr.fill('1234 567');
  await expect(org.getByText(/^Not a valid CVR number/)).toBeVisible();
  // Eight digits, but the modulus-11 check digit is wrong: a typing mistake.
  await cvr.fill('29412007');
  await expect(org.getByText(/^Not a valid CVR number/)).toBeVisible();
  await cvr.fill('29412006');
  await expect(org.getByText(/^Not a valid CVR number/)).toBeHidden();

  // Sweden: the number is now an organisationsnummer, and the authority is IMY.
  await chooseOption(page, org.getByLabel('Jurisdiction', { exact: true }), 'Sweden');
  await expect(page.getByTestId('authority')).toContainText('Integritetsskyddsmyndigheten, IMY');
  await expect(page.getByTestId('authority')).toContainText('Check before use');
  await expect(org.getByText(/^Not a valid organisation number/)).toBeVisible();
  await chooseOption(page, org.getByLabel('Jurisdiction', { exact: true }), 'Other country');
  await expect(page.getByTestId('authority')).toContainText('name your supervisory authority');
  await chooseOption(page, org.getByLabel('Jurisdiction', { exact: true }), 'Denmark');
  await expect(page.getByTestId('authority')).toContainText('Datatilsynet');
  await expect(org.getByLabel('CVR number')).toHaveValue('29412006');
  await expect(org.getByText(/^Not a valid CVR number/)).toBeHidden();
  await expect(page.getByTestId('toc-problem-organisation')).toBeHidden();

  await org.getByLabel('Street address').fill('Søndergade 1');
  await org.getByLabel('Postcode').fill('8000');
  await org.getByLabel('City').fill('Aarhus C');
  const country = org.getByRole('combobox', { name: 'Country', exact: true });
  await expect(country).toHaveValue('Denmark (DK)');
  await country.fill('swe');
  await page.getByRole('option', { name: 'Sweden (SE)' }).click();
  await expect(country).toHaveValue('Sweden (SE)');
  await country.fill('denm');
  await page.getByRole('option', { name: 'Denmark (DK)' }).click();
  await expect(country).toHaveValue('Denmark (DK)');

  const email = org.getByRole('textbox', { name: 'E-mail', exact: true });
  await email.fill('info@itguy');
  await expect(org.getByText('Enter an e-mail address like name@example.com.')).toBeVisible();
  await email.fill('info@itguy.dk');
  await expect(org.getByText('Enter an e-mail address like name@example.com.')).toBeHidden();
  await org.getByLabel('Phone').fill('+45 12 34 56 78');
  await org.getByLabel('Website').fill('itguy.dk');
  await expect(org.getByText('Enter a web address starting with https://.')).toBeVisible();
  await org.getByLabel('Website').fill('https://itguy.dk');
  await expect(org.getByText('Enter a web address starting with https://.')).toBeHidden();
  await org.getByLabel('E-mail for data protection enquiries').fill('privacy@itguy.dk');

  // A DPO who is also the owner: the Art. 38(6) conflict is shown at once.
  const contact = section(page, 'privacyContact');
  await contact.getByRole('radio', { name: /^Yes — a data protection officer/ }).click();
  await expect(contact.getByRole('radio', { name: /^Yes — a data protection officer/ })).toBeChecked();
  await contact.getByLabel('Name of the data protection officer').fill('Jens Hansen');
  await contact.getByLabel('This person is the owner or part of the management').click();
  await expect(page.getByTestId('dpo-conflict')).toContainText('Art. 38(6)');
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('button', {
      name: 'DPO or privacy contact (needs attention)',
    }),
  ).toBeVisible();

  // Art. 27 representative: switched on and off again, with Undo.
  const representative = section(page, 'representative');
  await representative
    .getByRole('switch', { name: 'The organisation has a representative in the EU' })
    .click();
  await representative.getByLabel('Name of the representative').fill('EU Rep GmbH');
  await representative
    .getByRole('switch', { name: 'The organisation has a representative in the EU' })
    .click();
  await expect(representative.getByLabel('Name of the representative')).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(representative.getByLabel('Name of the representative')).toHaveValue('EU Rep GmbH');

  // Joint controller and policy audience.
  const joint = section(page, 'jointControllers');
  await joint.getByLabel('Name of a new joint controller').fill('Partner A/S');
  await joint.getByRole('button', { name: 'Add joint controller' }).click();
  await expect(joint.getByTestId('joint-controller')).toHaveCount(1);
  await expect(joint.getByLabel('Contact', { exact: true })).toBeFocused();
  await joint.getByLabel('Contact', { exact: true }).fill('kontakt@partner.dk');

  const audiences = section(page, 'audiences');
  await audiences.getByLabel('Name of a new audience').fill('Hjemmeside og kunder');
  await audiences.getByLabel('Name of a new audience').press('Enter');
  await expect(audiences.getByLabel('Audience 1')).toHaveValue('Hjemmeside og kunder');

  // Document languages: adding English gives every text an English tab, marked while it is missing.
  const languages = section(page, 'documentLanguages');
  await expect(languages.getByRole('checkbox', { name: 'Dansk' })).toBeDisabled();
  await languages.getByRole('checkbox', { name: 'English' }).click();
  await expect(languages.getByRole('checkbox', { name: 'English' })).toBeChecked();
  const policy = section(page, 'policy');
  await policy.getByLabel('Title (DA)').fill('Privatlivspolitik');
  const englishTitleTab = policy.getByRole('tab', { name: /^EN/ }).first();
  await expect(englishTitleTab).toHaveAccessibleName(/Translation missing/);
  await expect(englishTitleTab).toHaveAttribute('data-missing', 'true');
  await englishTitleTab.click();
  await policy.getByLabel('Title (EN)').fill('Privacy policy');
  await expect(englishTitleTab).not.toHaveAttribute('data-missing');
  await expect(englishTitleTab).not.toHaveAccessibleName(/Translation missing/);
  // Dropping a language keeps what was written in it.
  await languages.getByRole('checkbox', { name: 'English' }).click();
  await expect(policy.getByRole('tab')).toHaveCount(0);
  await languages.getByRole('checkbox', { name: 'English' }).click();
  await policy.getByRole('tab', { name: /^EN/ }).first().click();
  await expect(policy.getByLabel('Title (EN)')).toHaveValue('Privacy policy');

  await policy.getByRole('switch', { name: 'Include a section on cookies' }).click();
  await policy.getByLabel('Cookie section (DA)').fill('Vi bruger kun nødvendige cookies.');
  await policy.getByRole('button', { name: 'Add section' }).click();
  await expect(policy.getByTestId('extra-section')).toHaveCount(1);
  await policy.getByLabel('Heading (DA)').fill('Nyhedsbrev');
  await policy.getByLabel('Effective date').fill('2025-05-01');
  await policy.getByLabel('Version').fill('2.0');

  // Branding: a PNG is taken; anything else is refused in words.
  const branding = section(page, 'branding');
  const fileInput = branding.locator('input[type="file"]');
  await fileInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG });
  await expect(branding.getByRole('img', { name: 'Logo of ITGuy ApS' })).toBeVisible();
  await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(branding.getByRole('alert')).toHaveText(
    '“notes.txt” is not a PNG or JPEG image. Choose a PNG or JPEG file.',
  );
  await fileInput.setInputFiles({
    name: 'fake.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a png'),
  });
  await expect(branding.getByRole('alert')).toHaveText(
    '“fake.png” is not a PNG or JPEG image. Choose a PNG or JPEG file.',
  );
  await fileInput.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([TINY_PNG, Buffer.alloc(3 * 1024 * 1024)]),
  });
  await expect(branding.getByRole('alert')).toHaveText('“huge.png” is 3.1 MB. A logo may be at most 2 MB.');
  await expect(branding.getByRole('img', { name: 'Logo of ITGuy ApS' })).toBeVisible();

  const colour = branding.getByLabel('Accent colour', { exact: true });
  await colour.fill('#18');
  await expect(branding.getByText('Enter a colour like #1864ab.')).toBeVisible();
  await colour.fill('#1864ab');
  await expect(branding.getByText('Enter a colour like #1864ab.')).toBeHidden();
  await branding.getByLabel('Footer text (DA)').fill('ITGuy ApS · CVR 12345678');
  // Each edit is written as it is made; the write of the last keystroke may still be under way.
  await expect.poll(() => storedFooterText(page)).toBe('ITGuy ApS · CVR 12345678');

  // Reload: every edit was stored as it was made.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Organisation', level: 2 })).toBeVisible();
  await expect(org.getByLabel('Legal name')).toHaveValue('ITGuy ApS');
  await expect(org.getByLabel('CVR number')).toHaveValue('29412006');
  await expect(org.getByLabel('Street address')).toHaveValue('Søndergade 1');
  await expect(org.getByLabel('Postcode')).toHaveValue('8000');
  await expect(org.getByLabel('City')).toHaveValue('Aarhus C');
  await expect(org.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('Denmark (DK)');
  await expect(org.getByRole('textbox', { name: 'E-mail', exact: true })).toHaveValue('info@itguy.dk');
  await expect(org.getByLabel('Website')).toHaveValue('https://itguy.dk');
  await expect(page.getByTestId('authority')).toContainText('Datatilsynet');
  await expect(contact.getByRole('radio', { name: /^Yes — a data protection officer/ })).toBeChecked();
  await expect(contact.getByLabel('Name of the data protection officer')).toHaveValue('Jens Hansen');
  await expect(page.getByTestId('dpo-conflict')).toBeVisible();
  await expect(representative.getByLabel('Name of the representative')).toHaveValue('EU Rep GmbH');
  await expect(joint.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Partner A/S');
  await expect(joint.getByLabel('Contact', { exact: true })).toHaveValue('kontakt@partner.dk');
  await expect(audiences.getByLabel('Audience 1 (DA)')).toHaveValue('Hjemmeside og kunder');
  await expect(languages.getByRole('checkbox', { name: 'English' })).toBeChecked();
  await expect(policy.getByLabel('Title (DA)')).toHaveValue('Privatlivspolitik');
  await policy.getByRole('tab', { name: /^EN/ }).first().click();
  await expect(policy.getByLabel('Title (EN)')).toHaveValue('Privacy policy');
  await expect(policy.getByLabel('Cookie section (DA)')).toHaveValue('Vi bruger kun nødvendige cookies.');
  await expect(policy.getByLabel('Heading (DA)')).toHaveValue('Nyhedsbrev');
  await expect(policy.getByLabel('Effective date')).toHaveValue('2025-05-01');
  await expect(policy.getByLabel('Version')).toHaveValue('2.0');
  await expect(branding.getByRole('img', { name: 'Logo of ITGuy ApS' })).toBeVisible();
  await expect(branding.getByLabel('Accent colour', { exact: true })).toHaveValue('#1864ab');
  await expect(branding.getByLabel('Footer text (DA)')).toHaveValue('ITGuy ApS · CVR 12345678');

  // Light theme: axe finds nothing serious, and the screen is captured in English, Danish and Swedish.
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/organisation-English.png`, fullPage: true });

  await page.getByRole('button', { name: /^Language: / }).click();
  await page.getByRole('menuitem', { name: 'Dansk' }).click();
  await expect(page.getByRole('heading', { name: 'Organisation (dataansvarlig)' })).toBeVisible();
  await expect(org.getByLabel('Juridisk navn')).toHaveValue('ITGuy ApS');
  await expect(org.getByLabel('CVR-nummer')).toHaveValue('29412006');
  await expect(page.getByTestId('authority')).toContainText('Datatilsynet');
  await expect(page.getByTestId('dpo-conflict')).toContainText('artikel 38, stk. 6');
  await expect(org.getByRole('combobox', { name: 'Land', exact: true })).toHaveValue('Danmark (DK)');
  await org.getByRole('textbox', { name: 'E-mail', exact: true }).fill('info@itguy');
  await expect(org.getByText('Skriv en e-mailadresse som navn@eksempel.dk.')).toBeVisible();
  await org.getByRole('textbox', { name: 'E-mail', exact: true }).fill('info@itguy.dk');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/organisation-Dansk.png`, fullPage: true });

  await page.getByRole('button', { name: /^Sprog: / }).click();
  await page.getByRole('menuitem', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { name: 'Organisation (personuppgiftsansvarig)' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Gemensamt personuppgiftsansvariga (artikel 26)' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Företrädare i EU (artikel 27)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/organisation-Svenska.png`, fullPage: true });
});

test('a joint controller in use is deleted only after saying where and comes back with Undo; sections reorder by keyboard', async ({
  page,
}) => {
  await createDanishProject(page, 'Kunde A/S');
  await openOrganisation(page);
  const joint = section(page, 'jointControllers');
  await joint.getByLabel('Name of a new joint controller').fill('Partner A/S');
  await joint.getByRole('button', { name: 'Add joint controller' }).click();
  await expect(joint.getByTestId('joint-controller')).toHaveCount(1);

  await seedActivityUsing(page, 'Kunde A/S', 'Fælles arrangement');
  await page.reload();
  await expect(joint.getByTestId('joint-controller')).toContainText('Used by 1 activity');

  await joint.getByRole('button', { name: 'Delete Partner A/S' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Partner A/S”?' });
  await expect(confirm).toContainText('It is used by 1 activity, which will no longer refer to it:');
  await expect(confirm.getByTestId('delete-usages')).toHaveText('Fælles arrangement');
  await expect(async () => expectNoSeriousA11yViolations(page, '[role="dialog"]')).toPass();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/organisation-delete-joint-controller.png` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(joint.getByTestId('joint-controller')).toHaveCount(0);
  await expect(joint.getByText('No joint controllers.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(joint.getByTestId('joint-controller')).toHaveCount(1);
  await expect(joint.getByTestId('joint-controller')).toContainText('Used by 1 activity');

  // Extra policy sections: added, reordered with the keyboard, removed and brought back with Undo.
  const policy = section(page, 'policy');
  await policy.getByRole('button', { name: 'Add section' }).click();
  await expect(policy.getByLabel('Heading')).toBeFocused();
  await policy.getByLabel('Heading').fill('Nyhedsbrev');
  await policy.getByRole('button', { name: 'Add section' }).click();
  await expect(policy.getByLabel('Heading').nth(1)).toBeFocused();
  await policy.getByLabel('Heading').nth(1).fill('Kameraovervågning');
  await policy.getByRole('button', { name: 'Move section 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(policy.getByTestId('extra-section').first()).toContainText('Kameraovervågning');
  await expect(policy.getByRole('button', { name: 'Move section 1 down' })).toBeFocused();
  await policy.getByRole('button', { name: 'Remove section 1' }).click();
  await expect(policy.getByTestId('extra-section')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(policy.getByTestId('extra-section')).toHaveCount(2);
  await expect(policy.getByTestId('extra-section').first()).toContainText('Kameraovervågning');
  await page.reload();
  await expect(policy.getByLabel('Heading').first()).toHaveValue('Kameraovervågning');
  await expect(policy.getByLabel('Heading').nth(1)).toHaveValue('Nyhedsbrev');

  // Keyboard: the table of contents moves the focus to the chosen section.
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('button', { name: 'Branding' })
    .click();
  await expect(page.getByRole('heading', { name: 'Branding' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(section(page, 'branding').getByRole('button', { name: 'Upload logo…' })).toBeFocused();
});
