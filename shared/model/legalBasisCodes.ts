/**
 * Every legal basis a purpose can cite. Names and citation forms per language live in
 * shared/catalog/legalBases.ts; this list is what the project file accepts.
 */
export const GDPR_ART6_CODES = [
  'art6-1-a',
  'art6-1-b',
  'art6-1-c',
  'art6-1-d',
  'art6-1-e',
  'art6-1-f',
] as const;
export const GDPR_ART9_CODES = [
  'art9-2-a',
  'art9-2-b',
  'art9-2-c',
  'art9-2-d',
  'art9-2-e',
  'art9-2-f',
  'art9-2-g',
  'art9-2-h',
  'art9-2-i',
  'art9-2-j',
] as const;
const GDPR_ART10_CODES = ['art10'] as const;
/** National provisions: Danish databeskyttelsesloven and Swedish lag (2018:218). */
export const NATIONAL_BASIS_CODES = [
  'dk-dbl-7',
  'dk-dbl-8',
  'dk-dbl-11',
  'dk-dbl-12',
  'se-dsl-3-1',
  'se-dsl-3-8',
  'se-dsl-3-10',
] as const;

export const LEGAL_BASIS_CODES = [
  ...GDPR_ART6_CODES,
  ...GDPR_ART9_CODES,
  ...GDPR_ART10_CODES,
  ...NATIONAL_BASIS_CODES,
] as const;
export type LegalBasisCode = (typeof LEGAL_BASIS_CODES)[number];
