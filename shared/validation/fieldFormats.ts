import { z } from 'zod';
import type { Jurisdiction } from '../model/organisation';
import { isCountryCode } from '../model/countries';

/**
 * Field-format checks for inline validation in the editor. Each returns an error code (translated
 * by the UI) or null. Empty values are valid here: whether a field is required is decided elsewhere.
 */
export type FieldError =
  'required' | 'email' | 'url' | 'cvr' | 'orgNr' | 'country' | 'date' | 'colour' | 'phone';

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

/** Danish CVR: eight digits (spaces allowed for readability). */
export function checkCvr(value: string): FieldError | null {
  return value === '' || /^\d{8}$/.test(value.replace(/\s/g, '')) ? null : 'cvr';
}

/** Swedish organisationsnummer: NNNNNN-NNNN. */
export function checkOrgNr(value: string): FieldError | null {
  return value === '' || /^\d{6}-\d{4}$/.test(value.trim()) ? null : 'orgNr';
}

/** The registration-number format the jurisdiction uses; other countries' numbers are free text. */
export function checkRegistrationNumber(value: string, jurisdiction: Jurisdiction): FieldError | null {
  if (jurisdiction === 'DK') return checkCvr(value);
  if (jurisdiction === 'SE') return checkOrgNr(value);
  return null;
}

export function checkCountry(value: string): FieldError | null {
  return value === '' || isCountryCode(value) ? null : 'country';
}

export function checkDate(value: string): FieldError | null {
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? null
    : 'date';
}

export function checkColour(value: string): FieldError | null {
  return value === '' || /^#[0-9a-fA-F]{6}$/.test(value) ? null : 'colour';
}

/** Digits, spaces, dashes, brackets and one leading +: enough to catch typing mistakes. */
export function checkPhone(value: string): FieldError | null {
  return value === '' || /^\+?[\d\s\-().]{6,20}$/.test(value.trim()) ? null : 'phone';
}
