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
