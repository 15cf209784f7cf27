import { expect, test } from '@playwright/test';

test('the Content-Security-Policy blocks an injected inline script and inline event handlers', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Kartotek', level: 1 })).toBeVisible();
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.appendChild(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    img.setAttribute('onload', 'window.__handler = true;');
    document.body.appendChild(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return seen;
  });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __handler?: boolean }).__handler)).toBeUndefined();
  expect(violations.some((directive) => directive.startsWith('script-src'))).toBe(true);
});

test('the CSP refuses requests to any other origin (nothing leaves the machine)', async ({ page }) => {
  await page.goto('/');
  const directives = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    await fetch('https://example.com/').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return seen;
  });
  // A refusal by the policy itself, not merely a missing network.
  expect(directives).toContain('connect-src');
});
