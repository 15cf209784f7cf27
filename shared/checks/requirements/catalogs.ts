import type { Wording } from '../../model/primitives';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { isProcessorRole, type Vendor } from '../../model/catalogs';
import { anyText, isTextMissing, resolveText } from '../../model/localizedText';
import type { LocalizedText } from '../../model/primitives';
import { lacksTransferMechanism, thirdCountries } from '../../model/transfers';
import { CATALOG_ITEMS } from '../projectText';

import type { Citation } from './citation';
import { fieldWording } from '../../model/vocabulary';
import { NOUNS } from './nouns';
import { defineRequirement, type CatalogKey, type Requirement, type RequirementContext } from './types';

/** What each catalog entry must state, and which catalogs must not be empty. */

const hasCheckBeforeUse = (vendor: Vendor): boolean => anyText(vendor.checkBeforeUse, LANGUAGES) !== '';

/** The whole note in each language (namesOf's short names would cut off what to check). */
function noteText(value: LocalizedText, primary: Language): Wording {
  const result = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const text = resolveText(value, language, primary).text.trim();
    result[language] = text || anyText(value, [language, primary, ...LANGUAGES]);
  }
  return result;
}

const named = (name: LocalizedText | string, { primary }: RequirementContext): boolean =>
  typeof name === 'string' ? name.trim() !== '' : !isTextMissing(name, primary);

const CATALOG_NAMES: readonly Requirement[] = CATALOG_ITEMS.map((catalog) =>
  defineRequirement({
    id: `${catalog.kind}.name`,
    scope: catalog.key,
    field: 'name',
    noun: fieldWording(`${catalog.kind}.name`),
    given: (entry, context) => named(entry.name, context),
    severity: 'warning',
    rule: 'catalog-item-no-name',
    articles: [],
  }),
);

const DESCRIPTIONS: readonly Requirement[] = [
  defineRequirement({
    id: 'dataSubject.description',
    scope: 'dataSubjects',
    field: 'description',
    noun: fieldWording('dataSubject.description'),
    given: (entry, { primary }) => !isTextMissing(entry.description, primary),
    severity: 'warning',
    rule: 'catalog-item-no-description',
    articles: [],
  }),
  defineRequirement({
    id: 'securityMeasure.description',
    scope: 'securityMeasures',
    field: 'description',
    noun: fieldWording('securityMeasure.description'),
    given: (entry, { primary }) => !isTextMissing(entry.description, primary),
    severity: 'warning',
    rule: 'catalog-item-no-description',
    articles: [{ article: 30, paragraph: 1, point: 'g' }],
  }),
];

const VENDORS: readonly Requirement[] = [
  defineRequirement({
    id: 'vendor.function',
    scope: 'vendors',
    field: 'function',
    noun: fieldWording('vendor.function'),
    given: (vendor, { primary }) => !isTextMissing(vendor.function, primary),
    severity: 'warning',
    rule: 'vendor-no-function',
    articles: [],
  }),
  defineRequirement({
    id: 'vendor.hqCountry',
    scope: 'vendors',
    field: 'hqCountry',
    noun: fieldWording('vendor.hqCountry'),
    given: (vendor) => vendor.hqCountry !== '',
    severity: 'warning',
    rule: 'vendor-no-country',
    articles: [],
  }),
  defineRequirement({
    id: 'vendor.processingLocations',
    scope: 'vendors',
    field: 'processingLocations',
    noun: fieldWording('vendor.processingLocations'),
    given: (vendor) => vendor.processingLocations.length > 0,
    severity: 'warning',
    rule: 'vendor-no-processing-country',
    articles: [
      { article: 13, paragraph: 1, point: 'f' },
      { article: 30, paragraph: 1, point: 'e' },
    ],
  }),
  defineRequirement({
    id: 'vendor.transferMechanism',
    scope: 'vendors',
    field: 'transferMechanism',
    noun: fieldWording('vendor.transferMechanism'),
    applies: (vendor) => thirdCountries(vendor).length > 0,
    given: (vendor) => !lacksTransferMechanism(vendor),
    severity: 'error',
    rule: 'vendor-transfer-without-mechanism',
    articles: [{ chapter: 'V' }, { article: 13, paragraph: 1, point: 'f' }],
    params: (vendor, names) => ({
      vendor: names,
      countries: thirdCountries(vendor),
      unknown: vendor.transferMechanism === 'unknown',
    }),
  }),
  defineRequirement({
    id: 'vendor.dpaStatus',
    scope: 'vendors',
    field: 'dpa.status',
    noun: NOUNS.dpaStatus,
    applies: (vendor) => isProcessorRole(vendor.role),
    given: (vendor) => vendor.dpa.status !== 'unknown',
    severity: 'warning',
    rule: 'processor-dpa-unknown',
    articles: [{ article: 28, paragraph: 3 }],
    params: (vendor, names) => ({ vendor: names, role: vendor.role }),
  }),
  defineRequirement({
    id: 'vendor.dpa',
    scope: 'vendors',
    field: 'dpa.status',
    noun: NOUNS.dpa,
    // Not yet recorded is the warning above; this one is the register saying there is no agreement.
    applies: (vendor) => isProcessorRole(vendor.role) && vendor.dpa.status !== 'unknown',
    given: (vendor) => vendor.dpa.status === 'signed',
    severity: 'error',
    rule: 'processor-without-dpa',
    articles: [{ article: 28, paragraph: 3 }],
    params: (vendor, names) => ({ vendor: names, role: vendor.role, status: vendor.dpa.status }),
  }),
  defineRequirement({
    id: 'vendor.factsVerified',
    scope: 'vendors',
    field: 'lastVerified',
    noun: fieldWording('vendor.lastVerified'),
    // A library copy's "check before use" note: what the documents print rests on nobody's word until checked.
    applies: hasCheckBeforeUse,
    given: (vendor) => vendor.lastVerified !== '',
    severity: 'warning',
    rule: 'vendor-facts-unverified',
    articles: [],
    params: (vendor, names, { primary }) => ({
      vendor: names,
      check: noteText(vendor.checkBeforeUse, primary),
    }),
  }),
  defineRequirement({
    id: 'vendor.lastVerified',
    scope: 'vendors',
    field: 'lastVerified',
    noun: fieldWording('vendor.lastVerified'),
    applies: (vendor) => !hasCheckBeforeUse(vendor),
    given: (vendor) => vendor.lastVerified !== '',
    severity: 'info',
    rule: 'vendor-not-verified',
    articles: [],
  }),
];

const CUSTOMERS: readonly Requirement[] = [
  defineRequirement({
    id: 'customer.registrationNumber',
    scope: 'customers',
    field: 'registrationNumber',
    noun: fieldWording('customer.registrationNumber'),
    given: (customer) => customer.registrationNumber.trim() !== '',
    severity: 'info',
    rule: 'customer-no-registration-number',
    articles: [],
  }),
  defineRequirement({
    id: 'customer.dpaReference',
    scope: 'customers',
    field: 'dpaReference',
    noun: fieldWording('customer.dpaReference'),
    given: (customer) => customer.dpaReference.trim() !== '',
    severity: 'warning',
    rule: 'customer-no-dpa-reference',
    articles: [{ article: 28, paragraph: 3 }],
  }),
];

const live = (project: RequirementContext['project']) =>
  project.activities.filter((a) => a.status !== 'retired');

/** Lists that must hold something: always, or once an activity needs them. */
const REQUIRED_LISTS: Readonly<
  Partial<Record<CatalogKey, (project: RequirementContext['project']) => boolean>>
> = {
  dataSubjects: () => true,
  dataCategories: () => true,
  securityMeasures: () => true,
  customers: (project) => live(project).some((a) => a.role === 'processor'),
  audiences: (project) => live(project).some((a) => !a.internalOnly),
};

const LIST_ARTICLES: Readonly<Partial<Record<CatalogKey, readonly Citation[]>>> = {
  dataSubjects: [{ article: 30, paragraph: 1, point: 'c' }],
  dataCategories: [{ article: 30, paragraph: 1, point: 'c' }],
  securityMeasures: [{ article: 30, paragraph: 1, point: 'g' }],
  customers: [{ article: 30, paragraph: 2, point: 'a' }],
};

const LISTS: readonly Requirement[] = [
  defineRequirement({
    id: 'activities.empty',
    scope: 'list',
    list: 'activities',
    field: null,
    noun: NOUNS.empty,
    given: (project) => live(project).length > 0,
    severity: 'error',
    rule: 'no-activities',
    articles: [{ article: 30, paragraph: 1 }],
  }),
  ...CATALOG_ITEMS.flatMap((catalog) => {
    const required = REQUIRED_LISTS[catalog.key];
    if (!required) return [];
    return [
      defineRequirement({
        id: `${catalog.key}.empty`,
        scope: 'list',
        list: catalog.key,
        field: null,
        noun: NOUNS.empty,
        applies: required,
        given: (project) => project[catalog.key].length > 0,
        severity: 'warning',
        rule: 'catalog-empty',
        articles: LIST_ARTICLES[catalog.key] ?? [],
      }),
    ];
  }),
];

export const CATALOG_REQUIREMENTS: readonly Requirement[] = [
  ...LISTS,
  ...CATALOG_NAMES,
  ...DESCRIPTIONS,
  ...VENDORS,
  ...CUSTOMERS,
];
