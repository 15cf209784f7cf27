import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { runWizard } from './support';

const SHOTS = '/tmp/confirm-shots';

test('a starter register is suggestions: badges, a banner with the library note, Confirm all', async ({
  page,
}) => {
  await runWizard(page, 'ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Vendors', exact: true }).click();
  const first = page.getByTestId('catalog-item').first();
  await expect(first.getByTestId('suggested-badge')).toHaveText('Suggestion');
  await first.click();
  const banner = page.getByTestId('suggestion-banner');
  await expect(banner).toContainText('Suggestion from');
  await page.screenshot({ path: `${SHOTS}/vendor-banner.png` });
  await banner.getByRole('button', { name: 'Confirm' }).click();
  await expect(banner).toBeHidden();
  await expect(first.getByTestId('suggested-badge')).toBeHidden();

  await page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
  await expect(page.getByTestId('activity-row').first().getByTestId('suggested-badge')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/activities-badges.png` });
  await page.getByTestId('confirm-all').click();
  await expect(page.getByTestId('suggested-badge')).toHaveCount(0);
});

test('the policy of a starter register is refused as final, explained, and exported as a marked draft', async ({
  page,
}) => {
  await runWizard(page, 'ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
  await page.locator('.mantine-SegmentedControl-root').getByText('Privacy policy').click();
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Not ready as a final document' });
  await expect(dialog.getByTestId('export-unconfirmed')).toContainText('suggestion from the template');
  await page.screenshot({ path: `${SHOTS}/export-refused.png` });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export draft' }).click();
  const file = await download;
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const headers = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  const xml = (await Promise.all(headers.map((name) => zip.file(name)!.async('string')))).join('');
  expect(xml).toContain('DRAFT');
});

test('the starter policy audiences are suggestions the user confirms on the Organisation screen', async ({
  page,
}) => {
  await runWizard(page, 'ITGuy ApS');
  await page.getByRole('navigation').getByRole('link', { name: 'Organisation', exact: true }).click();
  const audiences = page.getByTestId('organisation-section-audiences');
  const first = audiences.getByTestId('audience').first();
  await expect(first.getByTestId('suggested-badge')).toHaveText('Suggestion');
  await first.getByTestId('suggestion-banner').getByRole('button', { name: 'Confirm' }).click();
  await expect(first.getByTestId('suggested-badge')).toBeHidden();
  await expect(audiences.getByTestId('suggested-badge')).not.toHaveCount(0);
  await audiences.getByTestId('confirm-all').click();
  await expect(audiences.getByTestId('suggested-badge')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/audiences-confirmed.png` });
});
