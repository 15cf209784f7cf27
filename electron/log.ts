/**
 * The main process logs to stdout/stderr (visible when started from a terminal, and captured by the
 * Electron test suite). Modules take a Logger rather than calling console, so tests can assert on it.
 * Never log payloads: they may hold register content, which is personal data.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(`[kartotek] ${message}`),
  warn: (message) => console.warn(`[kartotek] ${message}`),
  error: (message, error) => console.error(`[kartotek] ${message}`, ...(error === undefined ? [] : [error])),
};
