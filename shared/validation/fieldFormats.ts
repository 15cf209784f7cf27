import * as z from 'zod';
import { isCountryCode } from '../model/countries';
import { isValidCvr, isValidOrgNr } from './registrationNumbers';

/**
 * Field-format checks: the one definition the editor's inline errors and the checks' findings
 * (shared/checks/rules/fieldFormatRules.ts) both use. Each returns an error code (translated by the UI)
 * or null. Empty values are valid here: whether a field is required is decided elsewhere.
 *
 * The model stores what the user typed in these fields, valid or not (see model/primitives.ts): a
 * half-typed e-mail is never lost and the project can always be saved; the editor shows the error at
 * once, and the finding keeps an invalid value out of a final document.
 */
export type FieldError =
  'required' | 'email' | 'url' | 'cvr' | 'orgNr' | 'country' | 'date' | 'dateRange' | 'colour' | 'phone';

const emailSchema = z.email();

export function checkEmail(value: string): FieldError | null {
  return value === '' || emailSchema.safeParse(value).success ? null : 'email';
}

export function checkUrl(value: string): FieldError | null {
  if (value === '') return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
      ? null
      : 'url';
  } catch {
    return 'url';
  }
}

/** Danish CVR: eight digits with the modulus-11 check (see registrationNumbers.ts). */
export function checkCvr(value: string): FieldError | null {
  return value.trim() === '' || isValidCvr(value) ? null : 'cvr';
}

/** Swedish organisationsnummer: NNNNNN-NNNN with the Luhn check digit (see registrationNumbers.ts). */
export function checkOrgNr(value: string): FieldError | null {
  return value.trim() === '' || isValidOrgNr(value) ? null : 'orgNr';
}

/**
 * The registration-number format of a jurisdiction or a country (ISO code): CVR for Denmark,
 * organisationsnummer for Sweden; other countries' numbers are free text.
 */
export function checkRegistrationNumber(value: string, jurisdictionOrCountry: string): FieldError | null {
  if (jurisdictionOrCountry === 'DK') return checkCvr(value);
  if (jurisdictionOrCountry === 'SE') return checkOrgNr(value);
  return null;
}

export function checkCountry(value: string): FieldError | null {
  return value === '' || isCountryCode(value) ? null : 'country';
}

/** A real calendar date, and, when a range is given (model/primitives.ts typedDateRange), one inside it. */
export function checkDate(value: string, range?: { earliest: string; latest: string }): FieldError | null {
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'date';
  return range && (value < range.earliest || value > range.latest) ? 'dateRange' : null;
}

export function checkColour(value: string): FieldError | null {
  return value === '' || /^#[0-9a-fA-F]{6}$/.test(value) ? null : 'colour';
}

/** Digits, spaces, dashes, brackets and one leading +: enough to catch typing mistakes. */
export function checkPhone(value: string): FieldError | null {
  return value === '' || /^\+?[\d\s\-().]{6,20}$/.test(value.trim()) ? null : 'phone';
}
