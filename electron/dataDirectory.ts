import path from 'node:path';
import { DATA_DIR_ENV } from '../shared/platform/appOrigin';

/**
 * The folder given in KARTOTEK_DATA_DIR (tests, portable installs), made absolute, or null to keep
 * Electron's default userData (…/Kartotek, derived from productName). Main applies it with
 * app.setPath('userData') before `ready` and before the single-instance lock, which is keyed by it:
 * two test runs with different folders must not see each other as "the other instance".
 */
export function resolveDataDirectory(
  env: Readonly<Record<string, string | undefined>>,
  workingDirectory: string,
): string | null {
  const value = env[DATA_DIR_ENV]?.trim();
  return value ? path.resolve(workingDirectory, value) : null;
}
