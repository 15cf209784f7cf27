import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDirectory } from '../../../electron/dataDirectory';
import { DATA_DIR_ENV } from '../../../shared/platform/appOrigin';

describe('resolveDataDirectory', () => {
  const cwd = path.resolve('/work/here');

  it('keeps Electron’s default folder when the variable is unset or blank', () => {
    expect(resolveDataDirectory({}, cwd)).toBeNull();
    expect(resolveDataDirectory({ [DATA_DIR_ENV]: '' }, cwd)).toBeNull();
    expect(resolveDataDirectory({ [DATA_DIR_ENV]: '   ' }, cwd)).toBeNull();
  });

  it('uses an absolute folder as given', () => {
    const folder = path.resolve('/tmp/kartotek-data');
    expect(resolveDataDirectory({ [DATA_DIR_ENV]: folder }, cwd)).toBe(folder);
  });

  it('makes a relative folder absolute against the working directory', () => {
    expect(resolveDataDirectory({ [DATA_DIR_ENV]: 'portable/data' }, cwd)).toBe(
      path.join(cwd, 'portable', 'data'),
    );
  });
});
