import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../../electron/appPaths';

describe('resolveAppPaths', () => {
  it('finds the renderer, the preload and the window icon beside dist/electron/main.cjs', () => {
    const mainDir = path.resolve('/app/dist/electron');
    expect(resolveAppPaths(mainDir)).toEqual({
      rendererRoot: path.resolve('/app/dist/renderer'),
      preloadPath: path.resolve('/app/dist/electron/preload.cjs'),
      iconPath: path.resolve('/app/dist/electron/icon.png'),
    });
  });
});
