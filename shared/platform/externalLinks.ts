/**
 * Hosts whose https links the app itself offers (authorities, the GDPR text). The host process opens
 * nothing else: a link typed into the register is shown, never opened by the app.
 */
const OFFERED_LINK_HOSTS: ReadonlySet<string> = new Set([
  'www.datatilsynet.dk',
  'www.imy.se',
  'www.datatilsynet.no',
  'tietosuoja.fi',
  'eur-lex.europa.eu',
  'www.retsinformation.dk',
  'www.riksdagen.se',
  'www.dataprivacyframework.gov',
]);

export function isOfferedExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    OFFERED_LINK_HOSTS.has(parsed.hostname)
  );
}
