import { configure } from '@testing-library/dom';

/**
 * Testing Library waits for text to appear (findBy…, waitFor) for one second by default: a wall clock a loaded
 * 2-core machine can miss while a correct screen is still rendering. The suite sizes slow tests by count, never
 * by the clock (vitest.config.ts), so these waits end only when a screen truly never shows what is asked for.
 */
configure({ asyncUtilTimeout: 120_000 });
