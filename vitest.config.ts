import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Tests are sized by count, never by the clock: the timeout only ends a test that hangs, and is far beyond what
    // a loaded 2-core machine needs for the slowest honest run (LibreOffice rendering, the file fuzz).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The same for Testing Library's own waits (findBy…, waitFor).
    setupFiles: ['tests/support/testingLibraryTimeout.ts'],
  },
});
