import { EU_EEA_COUNTRIES } from '../model/countries';

/**
 * International calling codes (ITU-T E.164) of the countries a Nordic register meets: the EU/EEA,
 * the Nordic territories and the usual neighbours. A country missing here is simply not checked.
 * E.164 country codes form a prefix code, so "starts with the expected code" is an exact test.
 */
// prettier-ignore
const CALLING_CODES: Readonly<Record<string, string>> = {
  AT: '43', BE: '32', BG: '359', HR: '385', CY: '357', CZ: '420', DK: '45', EE: '372', FI: '358', FR: '33',
  DE: '49', GR: '30', HU: '36', IE: '353', IT: '39', LV: '371', LT: '370', LU: '352', MT: '356', NL: '31',
  PL: '48', PT: '351', RO: '40', SK: '421', SI: '386', ES: '34', SE: '46', IS: '354', LI: '423', NO: '47',
  AX: '358', FO: '298', GL: '299', CH: '41', GB: '44', US: '1', CA: '1', IL: '972', AU: '61', NZ: '64',
  JP: '81', IN: '91', CN: '86', UA: '380', TR: '90', RS: '381',
};

export function callingCode(country: string): string | undefined {
  return CALLING_CODES[country];
}

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(CALLING_CODES));
const EU_EEA_CODES: readonly string[] = [...EU_EEA_COUNTRIES].flatMap((c) => CALLING_CODES[c] ?? []);

/**
 * The digits after "+" or "00", or null for a number written in national format (no country code),
 * which is fine: it is read as the organisation's own country.
 */
function internationalDigits(phone: string): string | null {
  const compact = phone.replace(/[\s\-./()\u00a0]/g, '');
  const match = /^(?:\+|00)(\d+)$/.exec(compact) ?? /^(?:\+|00)(\d+)/.exec(compact);
  return match ? (match[1] as string) : null;
}

/** "+45" for "+45 70 40 47 07": the known code the number starts with, else its first digits as written. */
function displayedCode(phone: string, digits: string): string {
  for (let length = 1; length <= 3; length++) {
    const candidate = digits.slice(0, length);
    if (KNOWN_CODES.has(candidate)) return `+${candidate}`;
  }
  const written = /^\s*(?:\+|00)\s*(\d{1,3})/.exec(phone);
  return `+${written?.[1] ?? digits.slice(0, 3)}`;
}

export type PhoneExpectation = { kind: 'country'; country: string } | { kind: 'euEea' };

/**
 * The country code a phone number carries when it does not fit the expectation; null when it fits,
 * carries no code, or the expected country's code is not known here.
 */
export function mismatchedCallingCode(phone: string, expected: PhoneExpectation): string | null {
  if (!phone.trim()) return null;
  const digits = internationalDigits(phone);
  if (digits === null) return null;
  if (expected.kind === 'country') {
    const code = CALLING_CODES[expected.country];
    if (code === undefined || digits.startsWith(code)) return null;
  } else if (EU_EEA_CODES.some((code) => digits.startsWith(code))) {
    return null;
  }
  return displayedCode(phone, digits);
}
