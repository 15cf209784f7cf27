import { defineConfig } from '@playwright/test';

/**
 * The Electron window suite (Playwright's _electron). Run after a full build: `npm run test:electron`.
 * One worker: every test launches the real app, and they must not fight over windows or the display.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  // Only hangs should end a test: a busy machine must not fail a correct one.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  globalSetup: './globalSetup.ts',
  outputDir: '../../test-results/electron',
});
