import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../../shared/platform/appOrigin';

export type RendererFileResolution =
  | { readonly kind: 'file'; readonly filePath: string; readonly fallbackToEntry: boolean }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

const ENTRY_FILE = 'index.html';

/**
 * Maps an app://kartotek/… URL to a file below the renderer folder, or refuses it. Pure: it reads
 * nothing, so every traversal trick can be tested without a disk.
 *
 * Each path segment is percent-decoded on its own and refused if it then holds a separator, a NUL or
 * a dot segment: "%2e%2e%2f" and "..%5c" must not climb out. The joined path is checked again against
 * the root as a second line of defence.
 *
 * A path without a file extension may be a client-side route (e.g. after "Reload" on a history-routed
 * screen), so it falls back to index.html when no such file exists; a missing asset stays a 404.
 */
export function resolveRendererFile(rendererRoot: string, requestUrl: string): RendererFileResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') {
    return { kind: 'refused', status: 404, reason: 'not the app origin' };
  }

  const segments: string[] = [];
  for (const rawSegment of url.pathname.split('/')) {
    if (rawSegment === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return { kind: 'refused', status: 400, reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment) || /^[A-Za-z]:/.test(segment)) {
      return { kind: 'refused', status: 403, reason: 'path escapes the app folder' };
    }
    segments.push(segment);
  }

  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, ...(segments.length > 0 ? segments : [ENTRY_FILE]));
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { kind: 'refused', status: 403, reason: 'path escapes the app folder' };
  }
  const last = segments.at(-1) ?? ENTRY_FILE;
  return { kind: 'file', filePath, fallbackToEntry: path.extname(last) === '' };
}

export function entryFilePath(rendererRoot: string): string {
  return path.resolve(rendererRoot, ENTRY_FILE);
}
