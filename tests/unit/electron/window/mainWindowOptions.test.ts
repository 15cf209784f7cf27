import { describe, expect, it } from 'vitest';
import { createMainWindowOptions } from '../../../../electron/window/mainWindowOptions';

describe('main window options', () => {
  it('isolates and sandboxes the page and turns off every Node and webview door', () => {
    const { webPreferences } = createMainWindowOptions('/app/dist/electron/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('stays hidden until the first paint', () => {
    expect(createMainWindowOptions('/p.cjs').show).toBe(false);
  });
});

describe('main window options with restored bounds', () => {
  it('uses the restored bounds and keeps the minimum size', () => {
    const options = createMainWindowOptions('/p.cjs', { x: 40, y: 50, width: 1400, height: 900 });
    expect(options).toMatchObject({ x: 40, y: 50, width: 1400, height: 900, minWidth: 880, minHeight: 560 });
  });

  it('defaults to 1280 × 820 without a position, which Electron centres', () => {
    const options = createMainWindowOptions('/p.cjs');
    expect(options).toMatchObject({ width: 1280, height: 820 });
    expect(options.x).toBeUndefined();
  });

  it('sets the window icon only when one is given', () => {
    expect(createMainWindowOptions('/p.cjs', undefined, '/app/icon.png').icon).toBe('/app/icon.png');
    expect('icon' in createMainWindowOptions('/p.cjs')).toBe(false);
  });
});
