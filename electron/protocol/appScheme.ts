import type { CustomScheme } from 'electron';
import { APP_SCHEME } from '../../shared/platform/appOrigin';

/**
 * app:// must be registered before `ready`. standard: real origins, relative URLs and IndexedDB (the
 * working store) behave as on https; secure: a secure context, as IndexedDB and crypto expect;
 * supportFetchAPI: the renderer may fetch its own assets. Nothing more is granted (no CORS, no service
 * workers, no CSP bypass).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};
