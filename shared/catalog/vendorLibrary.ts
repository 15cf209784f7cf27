import { suggestedBy } from '../model/confirmation';
import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';
import { TRANSFER_MECHANISMS, VENDOR_ROLES } from '../model/catalogs';
import type { TransferMechanism, Vendor, VendorRole } from '../model/catalogs';
import { isCountryCode } from '../model/countries';
import { thirdCountries } from '../model/transfers';
import type { LocalizedText } from '../model/primitives';
import { VENDOR_CATEGORIES, VENDOR_CATEGORY_LABELS } from './vendorLibraryTypes';
import type { VendorLibraryEntry } from './vendorLibraryTypes';
import { BUSINESS_APP_VENDORS } from './vendors/businessApps';
import { CLOUD_AND_COLLABORATION_VENDORS } from './vendors/cloudAndCollaboration';
import { INDEPENDENT_CONTROLLER_VENDORS } from './vendors/independentControllers';
import { IT_SERVICE_TOOL_VENDORS } from './vendors/itServiceTools';

export type { VendorLibraryEntry } from './vendorLibraryTypes';

/**
 * The built-in vendor library: facts from the Kartotek team reference. Entries whose facts are not
 * confirmed carry verification.status 'checkBeforeUse' and say in their notes what to check.
 */
export const VENDOR_LIBRARY: readonly VendorLibraryEntry[] = [
  ...CLOUD_AND_COLLABORATION_VENDORS,
  ...IT_SERVICE_TOOL_VENDORS,
  ...BUSINESS_APP_VENDORS,
  ...INDEPENDENT_CONTROLLER_VENDORS,
];

const entriesById: ReadonlyMap<string, VendorLibraryEntry> = new Map(
  VENDOR_LIBRARY.map((entry) => [entry.id, entry]),
);

export function getVendorLibraryEntry(entryId: string): VendorLibraryEntry | undefined {
  return entriesById.get(entryId);
}

// ---------------------------------------------------------------------------------------------
// Search

function normalizeForSearch(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/**
 * Entries matching every word of `query` (case-insensitive) in the name, legal entity, function in
 * `language`, or category (its key and its label in `language`). Name matches come first; otherwise
 * library order is kept. An empty query returns the whole library.
 */
export function searchVendorLibrary(
  query: string,
  language: Language,
  library: readonly VendorLibraryEntry[] = VENDOR_LIBRARY,
): VendorLibraryEntry[] {
  const needle = normalizeForSearch(query).trim();
  if (needle === '') return [...library];
  const words = needle.split(/\s+/);
  const scored: { entry: VendorLibraryEntry; score: number; index: number }[] = [];
  library.forEach((entry, index) => {
    const name = normalizeForSearch(entry.name);
    const haystack = [
      name,
      normalizeForSearch(entry.legalEntity),
      normalizeForSearch(entry.function[language]),
      entry.category,
      normalizeForSearch(VENDOR_CATEGORY_LABELS[entry.category][language]),
    ].join('\n');
    if (!words.every((word) => haystack.includes(word))) return;
    const score = name.startsWith(needle) ? 0 : name.includes(needle) ? 1 : 2;
    scored.push({ entry, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((item) => item.entry);
}

// ---------------------------------------------------------------------------------------------
// Copying an entry into a project

/** The entry's notes, for the user's own notes field. */
function copyNotes(entry: VendorLibraryEntry): LocalizedText {
  return entry.verification.status === 'checkBeforeUse' ? {} : copyTexts(entry.notes);
}

/** What the library could not confirm: the entry's notes, kept apart so a finding can follow them. */
function copyCheckBeforeUse(entry: VendorLibraryEntry): LocalizedText {
  return entry.verification.status === 'checkBeforeUse' ? copyTexts(entry.notes) : {};
}

function copyTexts(texts: Readonly<Record<(typeof LANGUAGES)[number], string>>): LocalizedText {
  const copy: LocalizedText = {};
  for (const language of LANGUAGES) {
    const text = texts[language].trim();
    if (text !== '') copy[language] = text;
  }
  return copy;
}

/**
 * A project vendor copied from library entry `entryId`, with id `newId` (which must satisfy the
 * model's id rule), or undefined when there is no such entry. The copy remembers the entry and its
 * version in `libraryRef`; later library versions never change it (see diffVendorAgainstLibrary).
 *
 * The copy's lastVerified stays empty: only the user can confirm the facts against their own contract.
 * An unconfirmed entry's notes go to `checkBeforeUse` (shown in the editor, a finding until the user has
 * verified the facts), not to the user's own notes. Like every library copy it is a suggestion. Independent
 * controllers get DPA status "notNeeded"; the DPA reference holds the vendor's DPA page where known.
 */
export function vendorFromLibrary(entryId: string, newId: string): Vendor | undefined {
  const entry = entriesById.get(entryId);
  if (!entry) return undefined;
  return {
    id: newId,
    name: entry.name,
    legalEntity: entry.legalEntity,
    registrationNumber: entry.registrationNumber,
    function: { da: entry.function.da, sv: entry.function.sv, en: entry.function.en },
    hqCountry: entry.hqCountry,
    processingLocations: [...entry.processingLocations],
    role: entry.role,
    transferMechanism: entry.transferMechanism,
    dpa: {
      status: entry.role === 'independentController' ? 'notNeeded' : 'unknown',
      date: '',
      reference: entry.dpaUrl,
    },
    website: entry.website,
    privacyPolicyUrl: '',
    lastVerified: '',
    notes: copyNotes(entry),
    checkBeforeUse: copyCheckBeforeUse(entry),
    libraryRef: { id: entry.id, version: entry.libraryVersion },
    confirmation: suggestedBy('library'),
  };
}

/** True when the library holds a newer version of the entry the vendor was copied from. */
export function isLibraryUpdateAvailable(
  vendor: Pick<Vendor, 'libraryRef'>,
  library: readonly VendorLibraryEntry[] = VENDOR_LIBRARY,
): boolean {
  if (!vendor.libraryRef) return false;
  const { id, version } = vendor.libraryRef;
  const entry = library.find((candidate) => candidate.id === id);
  return entry !== undefined && entry.libraryVersion > version;
}

// ---------------------------------------------------------------------------------------------
// Differences between a user's copy and the library

type VendorDiffField =
  | 'name'
  | 'legalEntity'
  | 'registrationNumber'
  | 'function.da'
  | 'function.sv'
  | 'function.en'
  | 'hqCountry'
  | 'processingLocations'
  | 'role'
  | 'transferMechanism'
  | 'website';

export type VendorDiffValue = string | null | readonly string[];

export interface VendorLibraryDifference {
  field: VendorDiffField;
  /** The value in the user's copy. */
  yours: VendorDiffValue;
  /** The value in the current library entry. */
  library: VendorDiffValue;
}

const sameText = (a: string, b: string) => a.trim() === b.trim();
const sameUrl = (a: string, b: string) => a.trim().replace(/\/$/, '') === b.trim().replace(/\/$/, '');
const countrySet = (codes: readonly string[]) =>
  [...new Set(codes.map((c) => c.trim().toUpperCase()))].sort();
const sameCountries = (a: readonly string[], b: readonly string[]) =>
  countrySet(a).join(',') === countrySet(b).join(',');

/**
 * The fields in which `vendor` differs from the current version of the library entry it was copied
 * from (surrounding whitespace, a trailing "/" in the website and the order of processing locations
 * are ignored). Empty when the vendor did not come from the library or the entry no longer exists.
 * Nothing is changed: library updates never overwrite the user's edits, the app only shows them.
 */
export function diffVendorAgainstLibrary(
  vendor: Vendor,
  library: readonly VendorLibraryEntry[] = VENDOR_LIBRARY,
): VendorLibraryDifference[] {
  if (!vendor.libraryRef) return [];
  const { id } = vendor.libraryRef;
  const entry = library.find((candidate) => candidate.id === id);
  if (!entry) return [];
  const differences: VendorLibraryDifference[] = [];
  const add = (field: VendorDiffField, yours: VendorDiffValue, theirs: VendorDiffValue) =>
    differences.push({ field, yours, library: theirs });

  if (!sameText(vendor.name, entry.name)) add('name', vendor.name, entry.name);
  if (!sameText(vendor.legalEntity, entry.legalEntity))
    add('legalEntity', vendor.legalEntity, entry.legalEntity);
  if (!sameText(vendor.registrationNumber, entry.registrationNumber)) {
    add('registrationNumber', vendor.registrationNumber, entry.registrationNumber);
  }
  for (const language of LANGUAGES) {
    const yours = vendor.function[language] ?? '';
    if (!sameText(yours, entry.function[language]))
      add(`function.${language}`, yours, entry.function[language]);
  }
  if (vendor.hqCountry !== entry.hqCountry) add('hqCountry', vendor.hqCountry, entry.hqCountry);
  if (!sameCountries(vendor.processingLocations, entry.processingLocations)) {
    add('processingLocations', [...vendor.processingLocations], [...entry.processingLocations]);
  }
  if (vendor.role !== entry.role) add('role', vendor.role, entry.role);
  if (vendor.transferMechanism !== entry.transferMechanism) {
    add('transferMechanism', vendor.transferMechanism, entry.transferMechanism);
  }
  if (!sameUrl(vendor.website, entry.website)) add('website', vendor.website, entry.website);
  return differences;
}

// ---------------------------------------------------------------------------------------------
// Consistency rules for the library itself (run by the unit tests; cheap enough for a debug check)

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The EU-US arrangement invalidated in July 2020 must never be offered or named as a basis. */
const INVALIDATED_FRAMEWORK = /privacy[\s-]*shield/i;

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Every rule a library entry must follow; an empty list means the library is consistent. */
export function findVendorLibraryIssues(library: readonly VendorLibraryEntry[] = VENDOR_LIBRARY): string[] {
  const issues: string[] = [];
  const seen = new Set<string>();
  for (const entry of library) {
    const at = (message: string) => issues.push(`${entry.id || '(no id)'}: ${message}`);
    if (!KEBAB_ID.test(entry.id) || entry.id.length > 64) at('id must be kebab-case, at most 64 characters');
    if (seen.has(entry.id)) at('duplicate id');
    seen.add(entry.id);
    if (!Number.isInteger(entry.libraryVersion) || entry.libraryVersion < 1) {
      at('libraryVersion must be an integer from 1');
    }
    if (entry.name.trim() === '') at('name is empty');
    if (!(VENDOR_CATEGORIES as readonly string[]).includes(entry.category)) at('unknown category');
    if (!(VENDOR_ROLES as readonly VendorRole[]).includes(entry.role)) at('unknown role');
    for (const language of LANGUAGES) {
      if (entry.function[language].trim() === '') at(`function.${language} is empty`);
    }
    if (entry.hqCountry !== '' && !isCountryCode(entry.hqCountry)) at('hqCountry is not an ISO code');
    for (const code of entry.processingLocations) {
      if (!isCountryCode(code)) at(`processing location ${code} is not an ISO code`);
    }
    const outside = thirdCountries(entry).length > 0;
    const mechanism = entry.transferMechanism;
    if (mechanism !== null && !(TRANSFER_MECHANISMS as readonly TransferMechanism[]).includes(mechanism)) {
      at('unknown transfer mechanism');
    }
    if (outside && mechanism === null) at('a location outside the EU/EEA needs a transfer mechanism');
    if (!outside && mechanism !== null)
      at('transfer mechanism must be null when every location is in the EU/EEA');
    if (!isHttpsUrl(entry.website)) at('website must be an https URL');
    if (entry.dpaUrl !== '' && !isHttpsUrl(entry.dpaUrl)) at('dpaUrl must be empty or an https URL');
    const { status, date } = entry.verification;
    if (status === 'verified') {
      if (!DATE.test(date)) at('a verified entry needs a verification date YYYY-MM-DD');
      if (mechanism === 'unknown') at('a verified entry cannot have an unknown transfer mechanism');
    } else if (date !== '' && !DATE.test(date)) {
      at('verification date must be YYYY-MM-DD or empty');
    }
    if (entry.verification.source.trim() === '') at('verification source is empty');
    const needsNotes = status === 'checkBeforeUse' || entry.role === 'independentController';
    for (const language of LANGUAGES) {
      if (needsNotes && entry.notes[language].trim() === '')
        at(`notes.${language} must say what to check or why`);
    }
    if (INVALIDATED_FRAMEWORK.test(JSON.stringify(entry)))
      at('mentions the invalidated EU-US framework by name');
  }
  return issues;
}
