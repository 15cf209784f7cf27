import type { Language } from '../i18n/languages';
import type { Jurisdiction } from '../model/organisation';
import {
  AUTHORITY_JURISDICTIONS,
  freezeDeep,
  type AuthorityJurisdiction,
  type OutdatedAuthorityMarker,
  type SupervisoryAuthority,
} from './legalCatalogTypes';

/**
 * The supervisory authorities a data subject can complain to [Art. 13(2)(d), 14(2)(e), 77], with their current
 * contact details from the project's GDPR reference (§4). A field the reference marks as coming from secondary
 * sources carries `verified: false`; a field the reference does not give is left out, never guessed.
 */
const AUTHORITIES: Record<AuthorityJurisdiction, SupervisoryAuthority> = {
  DK: {
    jurisdiction: 'DK',
    country: 'DK',
    name: {
      da: 'Datatilsynet',
      sv: 'Datatilsynet (Danmark)',
      en: 'Danish Data Protection Agency (Datatilsynet)',
    },
    address: {
      lines: ['Carl Jacobsens Vej 35', '2500 Valby'],
      countryName: { da: 'Danmark', sv: 'Danmark', en: 'Denmark' },
      verified: true,
    },
    phone: { value: '+45 33 19 32 00', international: '+45 33 19 32 00', verified: true },
    email: { value: 'dt@datatilsynet.dk', verified: true },
    website: { value: 'www.datatilsynet.dk', url: 'https://www.datatilsynet.dk', verified: true },
  },
  SE: {
    jurisdiction: 'SE',
    country: 'SE',
    name: {
      da: 'Integritetsskyddsmyndigheten (IMY)',
      sv: 'Integritetsskyddsmyndigheten (IMY)',
      en: 'Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
    },
    address: {
      lines: ['Box 8114', '104 20 Stockholm'],
      countryName: { da: 'Sverige', sv: 'Sverige', en: 'Sweden' },
      verified: true,
    },
    // The reference has phone and e-mail from secondary sources only.
    phone: { value: '08-657 61 00', international: '+46 8 657 61 00', verified: false },
    email: { value: 'imy@imy.se', verified: false },
    website: { value: 'www.imy.se', url: 'https://www.imy.se', verified: true },
  },
  NO: {
    jurisdiction: 'NO',
    country: 'NO',
    name: {
      da: 'Datatilsynet (Norge)',
      sv: 'Datatilsynet (Norge)',
      en: 'Norwegian Data Protection Authority (Datatilsynet)',
    },
    address: {
      lines: ['Postboks 458 Sentrum', '0105 Oslo'],
      countryName: { da: 'Norge', sv: 'Norge', en: 'Norway' },
      verified: true,
    },
    // The reference gives no phone number or e-mail address.
    website: { value: 'www.datatilsynet.no', url: 'https://www.datatilsynet.no', verified: true },
  },
  FI: {
    jurisdiction: 'FI',
    country: 'FI',
    name: {
      da: 'Tietosuojavaltuutetun toimisto / Dataombudsmannens byrå (Finland)',
      sv: 'Dataombudsmannens byrå / Tietosuojavaltuutetun toimisto (Finland)',
      en: 'Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto / Dataombudsmannens byrå)',
    },
    address: {
      lines: ['PL 800', '00531 Helsinki'],
      countryName: { da: 'Finland', sv: 'Finland', en: 'Finland' },
      verified: true,
    },
    phone: { value: '+358 29 566 6700', international: '+358 29 566 6700', verified: true },
    email: { value: 'tietosuoja@om.fi', verified: true },
    // The reference gives no website.
  },
};

freezeDeep(AUTHORITIES);

export const SUPERVISORY_AUTHORITIES: readonly SupervisoryAuthority[] = Object.freeze(
  AUTHORITY_JURISDICTIONS.map((j) => AUTHORITIES[j]),
);

/** The authority for an organisation's jurisdiction; null for "other" (the user must name it). */
export function authorityForJurisdiction(jurisdiction: Jurisdiction): SupervisoryAuthority | null {
  return jurisdiction === 'other' ? null : AUTHORITIES[jurisdiction];
}

/** True when some contact field must be shown as "check before use". */
export function hasUnverifiedContactDetails(authority: SupervisoryAuthority): boolean {
  return [authority.address, authority.phone, authority.email, authority.website].some(
    (field) => field !== undefined && !field.verified,
  );
}

/**
 * The contact block as document lines: name, address, country, phone (international form), e-mail, website.
 * Unverified fields are left out unless asked for, so a document never states them as fact by default.
 */
export function authorityContactLines(
  authority: SupervisoryAuthority,
  language: Language,
  options: { includeUnverified?: boolean } = {},
): string[] {
  const include = (field: { verified: boolean } | undefined): boolean =>
    field !== undefined && (field.verified || options.includeUnverified === true);
  const lines = [authority.name[language]];
  if (include(authority.address))
    lines.push(...authority.address.lines, authority.address.countryName[language]);
  if (include(authority.phone) && authority.phone) lines.push(authority.phone.international);
  if (include(authority.email) && authority.email) lines.push(authority.email.value);
  if (include(authority.website) && authority.website) lines.push(authority.website.value);
  return lines;
}

/**
 * Words that show a text still names an authority the old way. Matched case-insensitively by
 * findOutdatedAuthorityMarkers; the checks offer the replacement.
 */
export const OUTDATED_AUTHORITY_MARKERS: readonly OutdatedAuthorityMarker[] = freezeDeep([
  {
    marker: 'Datainspektionen',
    jurisdiction: 'SE',
    replacement: {
      da: 'Integritetsskyddsmyndigheten (IMY)',
      sv: 'Integritetsskyddsmyndigheten (IMY)',
      en: 'Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
    },
    reason: {
      da: 'Den svenske tilsynsmyndighed hed Datainspektionen indtil 1. januar 2021; i dag hedder den Integritetsskyddsmyndigheten (IMY).',
      sv: 'Den svenska tillsynsmyndigheten hette Datainspektionen fram till den 1 januari 2021; i dag heter den Integritetsskyddsmyndigheten (IMY).',
      en: 'The Swedish supervisory authority was called Datainspektionen until 1 January 2021; it is now Integritetsskyddsmyndigheten (IMY).',
    },
  },
  {
    marker: 'Borgergade 28',
    jurisdiction: 'DK',
    replacement: {
      da: 'Carl Jacobsens Vej 35, 2500 Valby',
      sv: 'Carl Jacobsens Vej 35, 2500 Valby',
      en: 'Carl Jacobsens Vej 35, 2500 Valby',
    },
    reason: {
      da: 'Borgergade 28, 5., 1300 København K er Datatilsynets tidligere adresse; den nuværende er Carl Jacobsens Vej 35, 2500 Valby.',
      sv: 'Borgergade 28, 5., 1300 København K är danska Datatilsynets tidigare adress; den nuvarande är Carl Jacobsens Vej 35, 2500 Valby.',
      en: "Borgergade 28, 5., 1300 København K is the Danish Data Protection Agency's former address; the current one is Carl Jacobsens Vej 35, 2500 Valby.",
    },
  },
]);

/** The outdated markers a text contains (case-insensitive), in catalog order. */
export function findOutdatedAuthorityMarkers(text: string): OutdatedAuthorityMarker[] {
  const haystack = text.toLocaleLowerCase('en');
  return OUTDATED_AUTHORITY_MARKERS.filter((m) => haystack.includes(m.marker.toLocaleLowerCase('en')));
}
