import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../../electron/protocol/appProtocolHandler';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/platform/csp';
import { recordingLogger } from '../testLogger';

describe('app:// protocol handler', () => {
  let base: string;
  let rendererRoot: string;
  const reads: string[] = [];
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'kartotek-protocol-'));
    rendererRoot = path.join(base, 'dist', 'renderer');
    await mkdir(path.join(rendererRoot, 'assets'), { recursive: true });
    await writeFile(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Kartotek</title>');
    await writeFile(path.join(rendererRoot, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(rendererRoot, 'assets', 'app.css'), 'body{}');
    await writeFile(path.join(rendererRoot, 'assets', 'logo.svg'), '<svg/>');
    await writeFile(path.join(rendererRoot, 'assets', 'font.woff2'), 'wOF2');
    await writeFile(path.join(base, 'secret.txt'), 'TOP SECRET');
    handle = createAppProtocolHandler({
      rendererRoot,
      readFile: async (filePath) => {
        reads.push(filePath);
        return readFile(filePath);
      },
      log: recordingLogger(),
    });
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves the entry page with an HTML type and the CSP as a header', async () => {
    const response = await get('app://kartotek/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Kartotek</title>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (file, type) => {
    const response = await get(`app://kartotek/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers 404 (with the CSP) for a missing asset', async () => {
    for (const url of ['app://kartotek/assets/missing.js', 'app://kartotek/missing.png']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers a client route with index.html, so reloading a screen works', async () => {
    const response = await get('app://kartotek/projects/p1');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Kartotek</title>');
  });

  it('never reads or returns a file outside the renderer folder', async () => {
    const attempts = [
      'app://kartotek/..%2f..%2fsecret.txt',
      'app://kartotek/assets/..%2F..%2F..%2Fsecret.txt',
      'app://kartotek/..%5c..%5csecret.txt',
      'app://kartotek/../../secret.txt',
      'app://kartotek/%2e%2e/%2e%2e/secret.txt',
      `app://kartotek/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect([403, 404, 400]).toContain(response.status);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
    expect(reads.every((file) => file.startsWith(rendererRoot + path.sep))).toBe(true);
  });

  it('answers 404 for another host and 405 for anything but GET/HEAD', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://kartotek/index.html', 'POST')).status).toBe(405);
  });
});
