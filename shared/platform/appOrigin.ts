/**
 * The renderer is served from app://kartotek/. Never change scheme or host: IndexedDB (the user's data)
 * is keyed by this origin, and a new origin would look like data loss.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kartotek';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Environment variable that points the app's data folder elsewhere (tests, portable installs). */
export const DATA_DIR_ENV = 'KARTOTEK_DATA_DIR';
