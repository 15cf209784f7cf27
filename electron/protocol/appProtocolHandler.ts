import { CONTENT_SECURITY_POLICY } from '../../shared/platform/csp';
import type { Logger } from '../log';
import { contentTypeFor } from './contentTypes';
import { entryFilePath, resolveRendererFile } from './rendererFiles';

export interface AppProtocolOptions {
  readonly rendererRoot: string;
  /** fs.promises.readFile in main; passed in so tests can count what is read. */
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
  readonly log: Logger;
}

const SECURITY_HEADERS = {
  // The CSP travels as a header (not only a meta tag) so it also covers what runs before the HTML parses.
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/** The handler for protocol.handle('app', …): serves dist/renderer and nothing else. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const serve = async (filePath: string): Promise<Response> => {
    const body = await options.readFile(filePath);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) },
    });
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');

    const resolution = resolveRendererFile(options.rendererRoot, request.url);
    if (resolution.kind === 'refused') {
      if (resolution.status !== 404) options.log.warn(`app:// refused a request: ${resolution.reason}`);
      return textResponse(resolution.status, resolution.status === 404 ? 'Not found' : 'Refused');
    }

    try {
      return await serve(resolution.filePath);
    } catch (error) {
      if (!isMissingFile(error)) {
        options.log.error('app:// could not read a file', error);
        return textResponse(500, 'Internal error');
      }
    }
    if (!resolution.fallbackToEntry) return textResponse(404, 'Not found');
    try {
      return await serve(entryFilePath(options.rendererRoot));
    } catch (error) {
      options.log.error('app:// could not read index.html (is the renderer built?)', error);
      return textResponse(404, 'Not found');
    }
  };
}
