import type { Wording } from '../model/primitives';
import { vendorFromLibrary, getVendorLibraryEntry } from '../catalog/vendorLibrary';
import type { Language } from '../i18n/languages';
import { LANGUAGES } from '../i18n/languages';
import type { Activity } from '../model/activity';
import type { Vendor } from '../model/catalogs';
import { isCountryCode, type CountryCode } from '../model/countries';
import { createActivity, createProject, newId, nowIso } from '../model/factories';
import { confirmedByUser, suggestedBy } from '../model/confirmation';
import type { LocalizedText } from '../model/primitives';
import type { Jurisdiction, PrivacyContact } from '../model/organisation';
import { ProjectSchema, type Project } from '../model/project';
import {
  itFirmActivities,
  STARTER_ACTIVITY_KEYS,
  type ItFirmActivity,
  type StarterActivityKey,
} from './itServicesFirm/activities';
import {
  AUDIENCE_KEYS,
  CATEGORY_KEYS,
  itFirmCatalog,
  MEASURE_KEYS,
  RECIPIENT_KEYS,
  SOURCE_KEYS,
  SUBJECT_KEYS,
} from './itServicesFirm/catalog';
import { activityNeedsCustomers, defaultActivityKeys, IT_SERVICES_FIRM_TEMPLATE } from './itServicesFirm';
import { templateVariant, text } from './templateTypes';
import {
  checkEmail,
  checkPhone,
  checkRegistrationNumber,
  checkUrl,
  type FieldError,
} from '../validation/fieldFormats';

/** Organisation fields a new project starts with; anything left out is empty. */
export interface StarterOrganisation {
  readonly legalName?: string;
  readonly registrationNumber?: string;
  readonly street?: string;
  readonly postcode?: string;
  readonly city?: string;
  /** ISO 3166-1 alpha-2; defaults to the jurisdiction's country (empty for "other"). */
  readonly country?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
  readonly privacyEmail?: string;
}

/** A customer (controller) the processor activity is carried out for [Art. 30(2)(a)]. */
export interface StarterCustomer {
  readonly name: string;
  readonly registrationNumber?: string;
  /** A contact person or address at the customer. */
  readonly contact?: string;
}

export interface BuildStarterProjectOptions {
  readonly organisation?: StarterOrganisation;
  readonly jurisdiction: Jurisdiction;
  /** The document languages; `primary` must be one of them. */
  readonly languages: readonly Language[];
  readonly primary: Language;
  /**
   * Which template activities to include, kept in template order. Default: all of them when `customers` are
   * given; without customers, all but the processor activity "IT operations for customers" (see
   * defaultActivityKeys and activityNeedsCustomers), so that a register built with the defaults never claims
   * processor work without naming the controllers it is done for. Choosing the processor activity without
   * customers throws StarterTemplateError.
   */
  readonly activityKeys?: readonly StarterActivityKey[];
  /**
   * The customers (controllers) the processor activity is carried out for [Art. 30(2)(a)]: each becomes an
   * entry of the customers catalog, linked to the processor activity. Needed whenever the processor activity is
   * chosen (the template never invents customers); only allowed when it is. An empty list counts as none.
   * The data processing agreement with each customer is left for the user to refer to.
   */
  readonly customers?: readonly StarterCustomer[];
  /**
   * Library vendor ids to copy in (default: none; the template never chooses a vendor for the user).
   * Each must be suggested for at least one chosen activity; an activity only refers to the chosen vendors
   * suggested for it.
   */
  readonly vendorLibraryIds?: readonly string[];
  /**
   * Instead of vendorLibraryIds: the library vendors per activity, as a wizard that asks per activity collects
   * them. Activities not listed get no vendors. Each id must be suggested for the activity it is listed under.
   */
  readonly vendorsByActivity?: Readonly<Partial<Record<StarterActivityKey, readonly string[]>>>;
  /** The local date YYYY-MM-DD: review dates and the policy's effective date are set from it. */
  readonly today: string;
  /** Creation timestamp (ISO 8601 with offset); defaults to the current time. */
  readonly now?: string;
  /** The project's name in the workspace; defaults to the legal name, else the template name. */
  readonly projectName?: string;
  readonly privacyContact?: PrivacyContact;
  /** Id generator (default: random UUIDs). Every id in the project comes from it. */
  readonly ids?: () => string;
}

/** A choice the template cannot build (unknown activity or vendor, invalid organisation field …). */
export class StarterTemplateError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message);
    this.name = 'StarterTemplateError';
  }
}

const COUNTRY_OF: Readonly<Record<Jurisdiction, CountryCode | ''>> = {
  DK: 'DK',
  SE: 'SE',
  NO: 'NO',
  FI: 'FI',
  other: '',
};

const POLICY_TITLE = text('Privatlivspolitik', 'Integritetspolicy', 'Privacy policy');
const POLICY_INTRODUCTION = text(
  'Denne privatlivspolitik beskriver, hvordan vi behandler dine personoplysninger, hvorfor vi gør det, og hvilke rettigheder du har.',
  'Den här integritetspolicyn beskriver hur vi behandlar dina personuppgifter, varför vi gör det och vilka rättigheter du har.',
  'This privacy policy describes how we process your personal data, why we do so and what rights you have.',
);
const POLICY_COOKIES = text(
  'Vi bruger nødvendige cookies, for at hjemmesiden kan fungere. Andre cookies, fx til statistik og markedsføring, bruger vi kun, hvis du har givet samtykke i cookiebanneret. Du kan til enhver tid ændre eller trække dit samtykke tilbage via linket til cookieindstillinger på hjemmesiden. I cookieoversigten kan du se, hvilke cookies vi bruger, hvem de kommer fra, og hvor længe de gemmes.',
  'Vi använder nödvändiga kakor för att webbplatsen ska fungera. Andra kakor, t.ex. för statistik och marknadsföring, använder vi bara om du har samtyckt till det i cookiebannern. Du kan när som helst ändra eller återkalla ditt samtycke via länken till cookieinställningarna på webbplatsen. I förteckningen över kakor ser du vilka kakor vi använder, vem som sätter dem och hur länge de sparas.',
  'We use necessary cookies so that the website works. We use other cookies, for example for statistics and marketing, only if you have consented in the cookie banner. You can change or withdraw your consent at any time through the cookie settings link on the website. The cookie list shows which cookies we use, who sets them and how long they are kept.',
);
const POLICY_CHILDREN = text(
  'Vores hjemmeside og ydelser er ikke rettet mod børn, og vi indsamler ikke bevidst personoplysninger om børn.',
  'Vår webbplats och våra tjänster riktar sig inte till barn, och vi samlar inte medvetet in personuppgifter om barn.',
  'Our website and services are not aimed at children, and we do not knowingly collect personal data about children.',
);
const POLICY_CHANGES = text(
  'Vi opdaterer denne privatlivspolitik, når vores behandling af personoplysninger ændrer sig. Datoen for den seneste ændring står i politikken. Ved væsentlige ændringer giver vi dig besked direkte, hvis vi har dine kontaktoplysninger.',
  'Vi uppdaterar den här integritetspolicyn när vår behandling av personuppgifter ändras. Datumet för den senaste ändringen står i policyn. Vid väsentliga ändringar meddelar vi dig direkt om vi har dina kontaktuppgifter.',
  'We update this privacy policy when our processing of personal data changes. The date of the latest change is shown in the policy. If the changes are significant, we will tell you directly if we have your contact details.',
);

const copy = (value: Wording): LocalizedText => {
  const out: LocalizedText = {};
  for (const language of LANGUAGES) out[language] = value[language];
  return out;
};

function parseDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** The same calendar date a year later (29 February → 28 February). */
function oneYearAfter(date: Date): string {
  const y = date.getUTCFullYear() + 1;
  const m = date.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
  return next.toISOString().slice(0, 10);
}

function organisationCountry(value: string | undefined, jurisdiction: Jurisdiction): CountryCode | '' {
  if (value === undefined) return COUNTRY_OF[jurisdiction];
  const code = value.trim().toUpperCase();
  if (code === '') return '';
  if (!isCountryCode(code)) {
    throw new StarterTemplateError(`"${value}" is not an ISO 3166-1 alpha-2 country code (e.g. DK, SE).`);
  }
  return code;
}

function chosenActivityKeys(
  keys: readonly StarterActivityKey[] | undefined,
  withCustomers: boolean,
): Set<StarterActivityKey> {
  if (keys === undefined) return new Set(defaultActivityKeys(withCustomers));
  const unknown = keys.filter((key) => !(STARTER_ACTIVITY_KEYS as readonly string[]).includes(key));
  if (unknown.length) {
    throw new StarterTemplateError(
      `Unknown starter activit${unknown.length === 1 ? 'y' : 'ies'}: ${unknown.join(', ')}. ` +
        `Known: ${STARTER_ACTIVITY_KEYS.join(', ')}.`,
    );
  }
  if (keys.length === 0) throw new StarterTemplateError('Choose at least one starter activity.');
  return new Set(keys);
}

/** The customers, trimmed, after checking them against the chosen activities. */
function chooseCustomers(
  activities: readonly ItFirmActivity[],
  customers: readonly StarterCustomer[],
): Required<StarterCustomer>[] {
  const needing = activities.filter((a) => a.needsCustomers);
  const named = needing.map((a) => `"${a.key}" (${a.name.en})`).join(', ');
  if (needing.length > 0 && customers.length === 0) {
    throw new StarterTemplateError('The customers are missing:', [
      `the processor activity needs at least one customer: ${named} is carried out for controllers, ` +
        "and a processor's record names the controllers it acts for (Art. 30(2)(a)); the template never " +
        'invents them. Give the customers, or leave the activity out.',
    ]);
  }
  if (needing.length === 0 && customers.length > 0) {
    const processorKeys = STARTER_ACTIVITY_KEYS.filter(activityNeedsCustomers).join(', ');
    throw new StarterTemplateError('The customers cannot be added:', [
      `customers are only recorded for the processor activity (${processorKeys}), which is not chosen`,
    ]);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const result = customers.map((customer, index) => {
    const name = customer.name.trim();
    if (name === '') problems.push(`customer ${index + 1} has no name`);
    else if (seen.has(name.toLocaleLowerCase())) problems.push(`the customer "${name}" is listed twice`);
    seen.add(name.toLocaleLowerCase());
    return {
      name,
      registrationNumber: customer.registrationNumber?.trim() ?? '',
      contact: customer.contact?.trim() ?? '',
    };
  });
  if (problems.length) throw new StarterTemplateError('The customers cannot be added:', problems);
  return result;
}

/** Which library vendors each chosen activity refers to, after checking the choice against the suggestions. */
function chooseVendors(
  activities: readonly ItFirmActivity[],
  options: BuildStarterProjectOptions,
): Map<StarterActivityKey, Set<string>> {
  const result = new Map<StarterActivityKey, Set<string>>();
  const problems: string[] = [];
  const unknown = (libraryId: string) => {
    if (getVendorLibraryEntry(libraryId)) return false;
    problems.push(`"${libraryId}" is not in the vendor library`);
    return true;
  };
  if (options.vendorsByActivity !== undefined) {
    if (options.vendorLibraryIds !== undefined) {
      throw new StarterTemplateError('Give either vendorLibraryIds or vendorsByActivity, not both.');
    }
    const chosenKeys = new Set(activities.map((a) => a.key));
    for (const [key, libraryIds] of Object.entries(options.vendorsByActivity)) {
      if (!chosenKeys.has(key as StarterActivityKey)) {
        problems.push(`vendors are listed for "${key}", which is not a chosen activity`);
      }
      const activity = activities.find((a) => a.key === key);
      for (const libraryId of libraryIds ?? []) {
        if (unknown(libraryId) || !activity) continue;
        if (!activity.vendors.some((v) => v.libraryId === libraryId)) {
          problems.push(`"${libraryId}" is not suggested for "${key}"`);
        }
      }
    }
    if (problems.length) throw new StarterTemplateError('These vendors cannot be added:', problems);
    for (const activity of activities) {
      result.set(activity.key, new Set(options.vendorsByActivity[activity.key] ?? []));
    }
    return result;
  }

  const requested = new Set(options.vendorLibraryIds ?? []);
  const suggested = new Set(activities.flatMap((a) => a.vendors.map((v) => v.libraryId)));
  for (const libraryId of requested) {
    if (unknown(libraryId)) continue;
    if (!suggested.has(libraryId))
      problems.push(`"${libraryId}" is not suggested for any of the chosen activities`);
  }
  if (problems.length) {
    throw new StarterTemplateError(
      `These vendors cannot be added (suggested for the chosen activities: ${[...suggested].join(', ')}):`,
      problems,
    );
  }
  for (const activity of activities) {
    result.set(
      activity.key,
      new Set(activity.vendors.map((v) => v.libraryId).filter((libraryId) => requested.has(libraryId))),
    );
  }
  return result;
}

/**
 * A complete, valid project from the "IT services firm" template: the chosen activities with everything they
 * refer to, and nothing else — catalog items, vendors and audiences that no chosen activity uses are left out.
 * The processor activity comes only with the customers it is carried out for (`customers`); without them the
 * default choice leaves it out, and choosing it explicitly throws.
 * Texts are filled in da, sv and en whatever the document languages, so a language can be added later.
 * Throws StarterTemplateError when the choice or an organisation field is invalid.
 */
export function buildStarterProject(options: BuildStarterProjectOptions): Project {
  const ids = options.ids ?? newId;
  const now = options.now ?? nowIso();
  const today = parseDate(options.today);
  if (!today) throw new StarterTemplateError(`"${options.today}" is not a date written YYYY-MM-DD.`);
  const languages = [...options.languages];
  if (languages.length === 0) throw new StarterTemplateError('Choose at least one document language.');
  if (!languages.includes(options.primary)) {
    throw new StarterTemplateError(
      `The primary language "${options.primary}" must be one of the document languages (${languages.join(', ')}).`,
    );
  }

  const variant = templateVariant(options.jurisdiction);
  const catalog = itFirmCatalog(variant);
  const givenCustomers = options.customers ?? [];
  const wantedKeys = chosenActivityKeys(options.activityKeys, givenCustomers.length > 0);
  const activities = itFirmActivities(variant).filter((activity) => wantedKeys.has(activity.key));
  const customers = chooseCustomers(activities, givenCustomers);

  // Vendors: the chosen library entries, each attached to the chosen activities it is suggested for.
  const vendorsFor = chooseVendors(activities, options);
  const suggested = [...new Set(activities.flatMap((a) => a.vendors.map((v) => v.libraryId)))];
  const chosen = new Set([...vendorsFor.values()].flatMap((set) => [...set]));
  const usedByProcessorActivity = new Set(
    activities.filter((a) => a.role === 'processor').flatMap((a) => [...(vendorsFor.get(a.key) ?? [])]),
  );
  const vendorIdByLibraryId = new Map<string, string>();
  const vendors: Vendor[] = [];
  for (const libraryId of suggested) {
    if (!chosen.has(libraryId)) continue;
    const vendor = vendorFromLibrary(libraryId, ids());
    if (!vendor) continue; // unreachable: chooseVendors checked the id
    // Library roles are typical defaults; in this register a vendor is a sub-processor when it serves the
    // processor activity and otherwise our own processor.
    if (vendor.role !== 'independentController') {
      vendor.role = usedByProcessorActivity.has(libraryId) ? 'subProcessor' : 'processor';
    }
    vendorIdByLibraryId.set(libraryId, vendor.id);
    vendors.push(vendor);
  }

  // Catalog items: only those a chosen activity refers to, in catalog order.
  const used = {
    subjects: new Set(activities.flatMap((a) => a.subjectData.map((link) => link.subject))),
    categories: new Set(
      activities.flatMap((a) => [
        ...a.subjectData.flatMap((link) => link.data),
        ...a.recipients.flatMap((link) => link.data),
      ]),
    ),
    sources: new Set(activities.flatMap((a) => a.sources)),
    recipients: new Set(activities.flatMap((a) => a.recipients.map((link) => link.recipient))),
    measures: new Set(activities.flatMap((a) => a.securityMeasures)),
    audiences: new Set(activities.flatMap((a) => a.audiences)),
  };
  const idMaps = {
    subjects: new Map<string, string>(),
    categories: new Map<string, string>(),
    sources: new Map<string, string>(),
    recipients: new Map<string, string>(),
    measures: new Map<string, string>(),
    audiences: new Map<string, string>(),
  };
  const register = (map: Map<string, string>, key: string) => {
    const id = ids();
    map.set(key, id);
    return id;
  };
  const idOf = (map: Map<string, string>, key: string): string => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`template refers to an unknown item "${key}"`);
    return id;
  };

  const project = createProject({ name: 'x', language: options.primary, id: ids(), now });
  project.dataSubjects = SUBJECT_KEYS.filter((k) => used.subjects.has(k)).map((k) => ({
    id: register(idMaps.subjects, k),
    name: copy(catalog.dataSubjects[k].name),
    description: copy(catalog.dataSubjects[k].description),
    confirmation: suggestedBy('template'),
  }));
  project.dataCategories = CATEGORY_KEYS.filter((k) => used.categories.has(k)).map((k) => ({
    id: register(idMaps.categories, k),
    name: copy(catalog.dataCategories[k].name),
    description: copy(catalog.dataCategories[k].description),
    kind: catalog.dataCategories[k].kind,
    confirmation: suggestedBy('template'),
  }));
  project.sources = SOURCE_KEYS.filter((k) => used.sources.has(k)).map((k) => ({
    id: register(idMaps.sources, k),
    name: copy(catalog.sources[k].name),
    description: copy(catalog.sources[k].description),
    kind: catalog.sources[k].kind,
    confirmation: suggestedBy('template'),
  }));
  project.recipients = RECIPIENT_KEYS.filter((k) => used.recipients.has(k)).map((k) => ({
    id: register(idMaps.recipients, k),
    name: copy(catalog.recipients[k].name),
    description: copy(catalog.recipients[k].description),
    kind: catalog.recipients[k].kind,
    country: catalog.recipients[k].country,
    confirmation: suggestedBy('template'),
  }));
  project.vendors = vendors;
  project.securityMeasures = MEASURE_KEYS.filter((k) => used.measures.has(k)).map((k) => ({
    id: register(idMaps.measures, k),
    name: copy(catalog.securityMeasures[k].name),
    kind: catalog.securityMeasures[k].kind,
    description: copy(catalog.securityMeasures[k].description),
    confirmation: suggestedBy('template'),
  }));
  project.audiences = AUDIENCE_KEYS.filter((k) => used.audiences.has(k)).map((k) => ({
    id: register(idMaps.audiences, k),
    name: copy(catalog.audiences[k].name),
    confirmation: suggestedBy('template'),
  }));
  // The controllers the processor activity works for; the reference to each DPA is the user's to add.
  project.customers = customers.map((customer) => ({
    id: ids(),
    name: customer.name,
    registrationNumber: customer.registrationNumber,
    contact: customer.contact,
    dpaReference: '',
    // The user typed the customers' names in the wizard: theirs, not the template's.
    confirmation: confirmedByUser(now),
  }));
  const customerIds = project.customers.map((customer) => customer.id);

  // A template reviewed nothing: the review date is set when the user confirms the activity. The next
  // review a year ahead is a plan, not a claim.
  const nextReview = oneYearAfter(today);
  project.activities = activities.map((template): Activity => {
    const activity = createActivity(ids(), now);
    const categoryKeys = [...new Set(template.subjectData.flatMap((link) => link.data))];
    return {
      ...activity,
      name: copy(template.name),
      description: copy(template.description),
      status: 'active',
      role: template.role,
      purposes: template.purposes.map((purpose) => ({
        id: ids(),
        description: copy(purpose.description),
        legalBases: purpose.bases.map((b) => ({
          code: b.code,
          legitimateInterest: b.interest ? copy(b.interest) : {},
          note: b.note ? copy(b.note) : {},
        })),
      })),
      dataSubjectIds: template.subjectData.map((link) => idOf(idMaps.subjects, link.subject)),
      dataCategoryIds: CATEGORY_KEYS.filter((k) => categoryKeys.includes(k)).map((k) =>
        idOf(idMaps.categories, k),
      ),
      subjectData: template.subjectData.flatMap((link) =>
        link.data.map((category) => ({
          dataSubjectId: idOf(idMaps.subjects, link.subject),
          dataCategoryId: idOf(idMaps.categories, category),
        })),
      ),
      sourceIds: template.sources.map((k) => idOf(idMaps.sources, k)),
      recipients: template.recipients.map((link) => ({
        recipientId: idOf(idMaps.recipients, link.recipient),
        dataCategoryIds: link.data.map((k) => idOf(idMaps.categories, k)),
      })),
      vendorIds: template.vendors.flatMap((v) => {
        const id = vendorsFor.get(template.key)?.has(v.libraryId)
          ? vendorIdByLibraryId.get(v.libraryId)
          : undefined;
        return id === undefined ? [] : [id];
      }),
      retention: {
        text: { ...template.retention.text },
        period: template.retention.period ? { ...template.retention.period } : null,
        startEvent: { ...template.retention.startEvent },
        basis: { ...template.retention.basis },
        ruleId: template.retention.ruleId,
      },
      securityMeasureIds: MEASURE_KEYS.filter((k) => template.securityMeasures.includes(k)).map((k) =>
        idOf(idMaps.measures, k),
      ),
      requirement: { kind: template.requirement.kind, consequence: copy(template.requirement.consequence) },
      dpia: { status: template.dpia.status, reason: copy(template.dpia.reason), date: '' },
      audienceIds: template.audiences.map((k) => idOf(idMaps.audiences, k)),
      internalOnly: template.internalOnly,
      customerIds: template.needsCustomers ? [...customerIds] : [],
      lastReviewed: '',
      nextReview,
      confirmation: suggestedBy('template'),
    };
  });

  const org = options.organisation ?? {};
  const legalName = org.legalName?.trim() ?? '';
  project.name = options.projectName?.trim() || legalName || IT_SERVICES_FIRM_TEMPLATE.name[options.primary];
  project.organisation = {
    legalName,
    registrationNumber: org.registrationNumber?.trim() ?? '',
    street: org.street?.trim() ?? '',
    postcode: org.postcode?.trim() ?? '',
    city: org.city?.trim() ?? '',
    country: organisationCountry(org.country, options.jurisdiction),
    phone: org.phone?.trim() ?? '',
    email: org.email?.trim() ?? '',
    website: org.website?.trim() ?? '',
    privacyEmail: org.privacyEmail?.trim() ?? '',
    jurisdiction: options.jurisdiction,
  };
  if (options.privacyContact) project.privacyContact = { ...options.privacyContact };
  project.documentLanguages = { languages, primary: options.primary };
  const hasWebsite = wantedKeys.has('website');
  project.policy = {
    ...project.policy,
    title: copy(POLICY_TITLE),
    introduction: copy(POLICY_INTRODUCTION),
    includeCookieSection: hasWebsite,
    cookieText: hasWebsite ? copy(POLICY_COOKIES) : {},
    childrenStatement: copy(POLICY_CHILDREN),
    changesText: copy(POLICY_CHANGES),
    effectiveDate: options.today,
    version: '1.0',
    confirmation: suggestedBy('template'),
  };

  // The file would hold any text here, but a starter register built from a typing mistake is refused at once,
  // as the editor and the wizard show it at once: the same checks (shared/validation).
  const formatProblems = organisationFormatProblems(project.organisation);
  if (formatProblems.length)
    throw new StarterTemplateError('The organisation details are not valid:', formatProblems);

  const result = ProjectSchema.safeParse(project);
  if (!result.success) {
    throw new StarterTemplateError(
      'The project could not be created:',
      result.error.issues.map((issue) => `${issue.path.join('.') || '(project)'}: ${issue.message}`),
    );
  }
  return project;
}

const FORMAT_PROBLEMS: Readonly<Partial<Record<FieldError, string>>> = {
  email: 'is not a valid e-mail address',
  url: 'is not a web address beginning with https:// or http://',
  phone: 'is not a phone number (digits, spaces, hyphens and an optional leading +)',
  cvr: 'is not a valid CVR number (8 digits, the last a modulus-11 check digit)',
  orgNr: 'is not a valid organisationsnummer (NNNNNN-NNNN, the last digit a Luhn check digit)',
};

function organisationFormatProblems(o: Project['organisation']): string[] {
  const checks: [string, string, FieldError | null][] = [
    [
      'registrationNumber',
      o.registrationNumber,
      checkRegistrationNumber(o.registrationNumber, o.jurisdiction),
    ],
    ['phone', o.phone, checkPhone(o.phone)],
    ['email', o.email, checkEmail(o.email)],
    ['website', o.website, checkUrl(o.website)],
    ['privacyEmail', o.privacyEmail, checkEmail(o.privacyEmail)],
  ];
  return checks.flatMap(([field, value, problem]) =>
    problem ? [`organisation.${field}: "${value}" ${FORMAT_PROBLEMS[problem] ?? 'is not valid'}`] : [],
  );
}
