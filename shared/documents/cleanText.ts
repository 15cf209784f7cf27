/**
 * XML 1.0 allows tab, line feed and carriage return below U+0020, and no lone surrogates, U+FFFE or U+FFFF.
 * User text may hold any of them (pasted from a PDF, typed in another tool); Word refuses a file with one in it,
 * so every string is cleaned on its way into a document. Tabs become spaces: the model has no tab stops.
 */
const INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A character cleanText may change (or keep, in a surrogate pair): nearly all texts have none and skip the passes. */
// eslint-disable-next-line no-control-regex -- as above
const TO_CLEAN = /[\u0000-\u0008\t\u000b\u000c\r\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

export function cleanText(text: string): string {
  if (!TO_CLEAN.test(text)) return text;
  return text.replace(INVALID, '').replace(/\t/g, ' ').replace(/\r\n?/g, '\n');
}

/** The external links a document may carry: web and e-mail only (no javascript:, file: or data:). */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  const trimmed = cleanText(href).trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

/** #RRGGBB, or null. */
export function safeColor(value: string | null): string | null {
  return value && /^#[0-9a-fA-F]{6}$/.test(value) ? value.toUpperCase() : null;
}
