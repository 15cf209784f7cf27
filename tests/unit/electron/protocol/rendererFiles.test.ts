import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../../../electron/protocol/rendererFiles';

const root = path.resolve('/app/dist/renderer');

describe('resolveRendererFile', () => {
  it('serves index.html for the origin root and for the entry URL', () => {
    for (const url of ['app://kartotek/', 'app://kartotek', 'app://kartotek/index.html']) {
      expect(resolveRendererFile(root, url)).toEqual({
        kind: 'file',
        filePath: path.join(root, 'index.html'),
        fallbackToEntry: false,
      });
    }
  });

  it('maps assets below the renderer folder, decoding each segment, ignoring query and hash', () => {
    expect(resolveRendererFile(root, 'app://kartotek/assets/index-abc.js?v=1#x')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-abc.js'),
      fallbackToEntry: false,
    });
    expect(resolveRendererFile(root, 'app://kartotek/assets/Inter%20Var.woff2')).toMatchObject({
      filePath: path.join(root, 'assets', 'Inter Var.woff2'),
    });
  });

  it('marks extension-less paths (client routes) as falling back to index.html', () => {
    expect(resolveRendererFile(root, 'app://kartotek/projects/p1')).toMatchObject({
      kind: 'file',
      fallbackToEntry: true,
    });
  });

  it.each([
    'app://kartotek/..%2f..%2fetc%2fpasswd',
    'app://kartotek/assets/..%2F..%2F..%2Fsecret.txt',
    'app://kartotek/..%5c..%5csecret.txt',
    'app://kartotek/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://kartotek/%00index.html',
    'app://kartotek/C:%5cWindows%5cwin.ini',
    'app://kartotek/C:/Windows/win.ini',
    'app://kartotek/%252e%252e/%2e%2e%2fsecret',
  ])('refuses the traversal attempt %s', (url) => {
    const result = resolveRendererFile(root, url);
    expect(result.kind).toBe('refused');
  });

  it('keeps dot segments that the URL parser resolves inside the renderer folder', () => {
    // The WHATWG parser already collapses these; whatever remains must stay below the root.
    for (const url of ['app://kartotek/../../secret.txt', 'app://kartotek/%2e%2e/%2e%2e/secret.txt']) {
      const result = resolveRendererFile(root, url);
      if (result.kind === 'file') expect(result.filePath.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('refuses other schemes, hosts and ports, and malformed encoding', () => {
    expect(resolveRendererFile(root, 'app://other/index.html')).toMatchObject({
      kind: 'refused',
      status: 404,
    });
    expect(resolveRendererFile(root, 'app://kartotek:8080/index.html')).toMatchObject({ kind: 'refused' });
    expect(resolveRendererFile(root, 'file:///etc/passwd')).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveRendererFile(root, 'https://kartotek/index.html')).toMatchObject({ kind: 'refused' });
    expect(resolveRendererFile(root, 'app://kartotek/%E0%A4%A')).toMatchObject({
      kind: 'refused',
      status: 400,
    });
    expect(resolveRendererFile(root, 'not a url')).toMatchObject({ kind: 'refused', status: 400 });
  });
});
