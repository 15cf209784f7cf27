import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';

/** End-to-end tests of the built web version of the renderer, in Debian's Chromium. */
const port = Number(process.env.E2E_PORT ?? 4174);
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.E2E_PORT ? `../../test-results/e2e-${port}` : '../../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Only hangs should end a test: a busy 2-core machine (CI, other work) must not fail a correct one.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'en-GB',
    // Mantine honours reduced motion: no half-faded notifications when axe measures contrast.
    contextOptions: { reducedMotion: 'reduce' },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
