/**
 * The Content-Security-Policy of the renderer, shared by Electron (response header) and the web build
 * (meta tag). Scripts only from the app itself. Inline styles are allowed because Mantine sets CSS
 * variables through style attributes and a <style> element; images may be data: (logos travel as data).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
