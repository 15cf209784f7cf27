import type { Language } from '../i18n/languages';
import type { Activity } from './activity';
import type { Jurisdiction } from './organisation';
import type { Project } from './project';
import { confirmedByUser } from './confirmation';
import { deepEqual } from './values';

/** A random id; the platform's crypto exists in browsers, Electron and Node alike. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

const jurisdictionForLanguage: Record<Language, Jurisdiction> = { da: 'DK', sv: 'SE', en: 'other' };

export interface NewProjectOptions {
  name: string;
  /** The primary document language; defaults the jurisdiction (da → DK, sv → SE). */
  language: Language;
  id?: string;
  now?: string;
}

/** An empty, valid project: the state a new user starts from. */
export function createProject({ name, language, id = newId(), now = nowIso() }: NewProjectOptions): Project {
  const jurisdiction = jurisdictionForLanguage[language];
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    organisation: {
      legalName: '',
      registrationNumber: '',
      street: '',
      postcode: '',
      city: '',
      country: jurisdiction === 'other' ? '' : jurisdiction,
      phone: '',
      email: '',
      website: '',
      privacyEmail: '',
      jurisdiction,
    },
    privacyContact: { kind: 'contact', name: '', email: '', phone: '', isManagement: false },
    representative: null,
    jointControllers: [],
    documentLanguages: { languages: [language], primary: language },
    policy: {
      title: {},
      introduction: {},
      includeCookieSection: false,
      cookieText: {},
      extraSections: [],
      childrenStatement: {},
      changesText: {},
      effectiveDate: '',
      version: '1.0',
      confirmation: confirmedByUser(now),
    },
    branding: { logo: null, accentColor: '', footerText: {} },
    exportHistory: [],
    changeLog: { since: now, entries: [] },
    dataSubjects: [],
    dataCategories: [],
    sources: [],
    recipients: [],
    vendors: [],
    securityMeasures: [],
    customers: [],
    audiences: [],
    activities: [],
  };
}

export function createActivity(id = newId(), now = nowIso()): Activity {
  return {
    id,
    name: {},
    description: {},
    owner: '',
    status: 'draft',
    role: 'controller',
    customerIds: [],
    jointControllerIds: [],
    purposes: [],
    dataSubjectIds: [],
    dataCategoryIds: [],
    subjectData: [],
    sourceIds: [],
    recipients: [],
    vendorIds: [],
    manualTransfers: [],
    retention: { text: {}, period: null, startEvent: {}, basis: {}, ruleId: null },
    securityMeasureIds: [],
    requirement: { kind: 'notAssessed', consequence: {} },
    automatedDecisions: { status: 'notAssessed', logic: {}, significance: {} },
    dpia: { status: 'notAssessed', reason: {}, date: '' },
    audienceIds: [],
    internalOnly: false,
    lastReviewed: '',
    nextReview: '',
    createdAt: now,
    updatedAt: now,
    confirmation: confirmedByUser(now),
  };
}

/**
 * An activity exactly as "New activity" made it: nothing typed or chosen yet. The editor discards such an
 * activity when the user leaves it, so an abandoned Ctrl+N leaves no "(unnamed)" record behind.
 */
export function isBlankActivity(activity: Activity): boolean {
  const blank = createActivity(activity.id, activity.createdAt);
  return deepEqual({ ...activity, updatedAt: blank.updatedAt, confirmation: blank.confirmation }, blank);
}
