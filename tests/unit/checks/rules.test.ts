import { CONFIRMED } from '../../support/confirmed';
import { suggestedBy } from '../../../shared/model/confirmation';
import { describe, expect, it } from 'vitest';
import {
  findingMessage,
  policyContentHash,
  RULE_IDS,
  RULES,
  runChecks,
  type Finding,
  type RuleId,
} from '../../../shared/checks';
import { LANGUAGES } from '../../../shared/i18n/languages';
import type { Activity, LegalBasisRef, Project } from '../../../shared/model';
import { bitspaceCorrected } from '../../fixtures/checks/bitspace';
import { itguyCorrected } from '../../fixtures/checks/itguy';

/**
 * Every rule, table-driven: scenarios where it fires and near misses where it must not. The base
 * registers are the corrected example fixtures, which raise no finding at all (see examples.test.ts).
 */

const TODAY = '2025-12-01';

type Scenario = readonly [label: string, build: () => Project];

const dk = (mutate: (project: Project) => void) => (): Project => {
  const project = itguyCorrected();
  mutate(project);
  return project;
};
const se = (mutate: (project: Project) => void) => (): Project => {
  const project = bitspaceCorrected();
  mutate(project);
  return project;
};

function activity(project: Project, id: string): Activity {
  const found = project.activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}

const basis = (code: LegalBasisRef['code'], note = '', interest = ''): LegalBasisRef => ({
  code,
  note: note ? { da: note, sv: note, en: note } : {},
  legitimateInterest: interest ? { da: interest, sv: interest, en: interest } : {},
});

/** Set the legal bases of an activity's first purpose. */
function bases(project: Project, id: string, ...refs: LegalBasisRef[]): void {
  (activity(project, id).purposes[0] as Activity['purposes'][number]).legalBases = refs;
}

function addCategory(
  project: Project,
  id: string,
  kind: 'special' | 'criminal' | 'nationalId',
  to: string,
): void {
  project.dataCategories.push({
    confirmation: CONFIRMED,
    id,
    name: { da: id, sv: id },
    description: {},
    kind,
  });
  activity(project, to).dataCategoryIds.push(id);
}

function addVendor(project: Project, fields: Partial<Project['vendors'][number]>): void {
  const id = fields.id ?? 'v-test';
  project.vendors.push({
    id,
    name: 'Test vendor',
    legalEntity: '',
    registrationNumber: '',
    function: { da: 'Test' },
    hqCountry: 'DE',
    processingLocations: ['DE'],
    role: 'processor',
    transferMechanism: null,
    dpa: { status: 'signed', date: '', reference: '' },
    website: '',
    privacyPolicyUrl: '',
    lastVerified: '2025-06-01',
    notes: {},
    checkBeforeUse: {},
    libraryRef: null,
    confirmation: CONFIRMED,
    ...fields,
  });
  activity(project, 'act-services').vendorIds.push(id);
}

// prettier-ignore
const CASES: Readonly<Record<RuleId, { fires: Scenario[]; passes: Scenario[] }>> = {
  'controller-identity-incomplete': {
    fires: [
      ['no street', dk((p) => void (p.organisation.street = ''))],
      ['no legal name', dk((p) => void (p.organisation.legalName = ''))],
      ['no e-mail, phone or privacy e-mail', dk((p) => Object.assign(p.organisation, { email: '', phone: '', privacyEmail: '' }))],
    ],
    passes: [['the corrected register', dk(() => {})], ['only a phone number', dk((p) => Object.assign(p.organisation, { email: '', privacyEmail: '' }))]],
  },
  'dpo-is-management': {
    fires: [
      ['DPO marked as management', dk((p) => Object.assign(p.privacyContact, { kind: 'dpo', isManagement: true }))],
      ['DPO name with the title "Ejer"', dk((p) => Object.assign(p.privacyContact, { kind: 'dpo', name: 'Lasse Hansen, Ejer', isManagement: false }))],
      ['DPO name with the title "VD"', se((p) => Object.assign(p.privacyContact, { name: 'Anna Berg (VD)' }))],
    ],
    passes: [
      ['the owner as privacy contact, not DPO', dk((p) => Object.assign(p.privacyContact, { kind: 'contact', isManagement: true }))],
      ['an independent DPO', se(() => {})],
    ],
  },
  'dpo-contact-missing': {
    fires: [['DPO without e-mail or phone, no privacy e-mail', se((p) => {
      Object.assign(p.privacyContact, { email: '', phone: '' });
      p.organisation.privacyEmail = '';
    })]],
    passes: [
      ['DPO with only a phone', se((p) => Object.assign(p.privacyContact, { email: '', phone: '08-123 456 01' }))],
      ['DPO reachable through the privacy e-mail', se((p) => Object.assign(p.privacyContact, { email: '', phone: '' }))],
      ['a privacy contact, not a DPO', dk((p) => Object.assign(p.privacyContact, { email: '', phone: '' }))],
    ],
  },
  'phone-country-mismatch': {
    fires: [
      ['Swedish code for a Danish organisation', dk((p) => void (p.organisation.phone = '+46 8 123 456'))],
      ['00-prefixed foreign code for the privacy contact', dk((p) => void (p.privacyContact.phone = '0047 22 33 44 55'))],
      ['Danish code for a Swedish DPO', se((p) => void (p.privacyContact.phone = '+45 70 40 47 07'))],
      ['US number for the EU representative', dk((p) => void (p.representative = { name: 'Rep', address: '', email: '', phone: '+1 555 0100' }))],
    ],
    passes: [
      ['national format without a code', dk((p) => void (p.organisation.phone = '70 40 47 07'))],
      ['the right code', dk((p) => void (p.organisation.phone = '+45 70 40 47 07'))],
      ['Swedish national format', se((p) => void (p.organisation.phone = '08-657 61 00'))],
      ['German number for the EU representative', dk((p) => void (p.representative = { name: 'Rep', address: '', email: '', phone: '+49 30 1234' }))],
      ['organisation without a country', dk((p) => Object.assign(p.organisation, { country: '', phone: '+46 8 123 456' }))],
    ],
  },
  'activity-no-purpose': {
    fires: [['no purposes', dk((p) => void (activity(p, 'act-marketing').purposes = []))]],
    passes: [['the corrected register', dk(() => {})], ['a retired activity without purposes', dk((p) => Object.assign(activity(p, 'act-marketing'), { purposes: [], status: 'retired' }))]],
  },
  'purpose-no-legal-basis': {
    fires: [
      ['no bases at all', dk((p) => bases(p, 'act-marketing'))],
      ['only an Art. 9 condition', dk((p) => bases(p, 'act-marketing', basis('art9-2-a')))],
      ['in a draft', dk((p) => { bases(p, 'act-marketing'); activity(p, 'act-marketing').status = 'draft'; })],
    ],
    passes: [['a processor activity without bases', se((p) => void (activity(p, 'act-processor').purposes[0]!.legalBases = []))]],
  },
  'legitimate-interest-not-described': {
    fires: [['6(1)(f) without the interest', dk((p) => bases(p, 'act-experience', basis('art6-1-f')))]],
    passes: [
      ['6(1)(f) with the interest', dk(() => {})],
      ['6(1)(f) in a processor activity', se((p) => void (activity(p, 'act-processor').purposes[0]!.legalBases = [basis('art6-1-f')]))],
    ],
  },
  'interest-under-wrong-basis': {
    fires: [
      ['"forretningsinteresser" under 6(1)(b)', dk((p) => bases(p, 'act-experience', basis('art6-1-b', 'Til at forfølge egne forretningsinteresser')))],
      ['"intresseavvägning" under 6(1)(c)', se((p) => bases(p, 'act-legal', basis('art6-1-c', 'Intresseavvägning enligt 7 kap. 2 § bokföringslagen')))],
    ],
    passes: [
      ['"public interest" under 6(1)(e)', dk((p) => bases(p, 'act-obligations', basis('art6-1-e', 'Opgave i samfundets interesse, jf. lov nr. 1')))],
      ['a contract note under 6(1)(b)', dk((p) => bases(p, 'act-experience', basis('art6-1-b', 'Opfyldelse af kontrakten')))],
    ],
  },
  'consent-for-employees': {
    fires: [
      ['consent for "Medarbejdere"', dk((p) => {
        p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-staff', name: { da: 'Medarbejdere' }, description: {} });
        activity(p, 'act-marketing').dataSubjectIds = ['ds-staff'];
      })],
      ['consent for "anställda"', se((p) => {
        p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-staff', name: { sv: 'Våra anställda' }, description: {} });
        activity(p, 'act-support').dataSubjectIds = ['ds-staff'];
        bases(p, 'act-support', basis('art6-1-a'));
      })],
      ['an activity in the employees policy', dk((p) => {
        p.audiences.push({ confirmation: CONFIRMED, id: 'aud-staff', name: { da: 'Ansatte' } });
        activity(p, 'act-marketing').audienceIds = ['aud-staff'];
      })],
      ['Art. 9(2)(a) consent for "staff"', dk((p) => {
        p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-staff', name: { en: 'Staff' }, description: {} });
        activity(p, 'act-experience').dataSubjectIds = ['ds-staff'];
        bases(p, 'act-experience', basis('art6-1-b'), basis('art9-2-a'));
      })],
    ],
    passes: [
      ['consent for customers\' employees', dk((p) => void (activity(p, 'act-marketing').dataSubjectIds = ['ds-customer-staff']))],
      ['consent for job applicants', dk((p) => {
        p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-applicants', name: { da: 'Jobansøgere' }, description: {} });
        activity(p, 'act-marketing').dataSubjectIds = ['ds-applicants'];
      })],
      ['English "personal" is not Swedish "personal"', dk((p) => {
        p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-p', name: { en: 'Personal customers' }, description: {} });
        activity(p, 'act-marketing').dataSubjectIds = ['ds-p'];
      })],
      ['employees under contract, not consent', dk((p) => {
        p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-staff', name: { da: 'Medarbejdere' }, description: {} });
        activity(p, 'act-services').dataSubjectIds = ['ds-staff'];
      })],
    ],
  },
  'consent-mixed-with-other-basis': {
    fires: [['consent and contract', dk((p) => bases(p, 'act-marketing', basis('art6-1-a'), basis('art6-1-b')))]],
    passes: [['consent alone', dk(() => {})], ['contract and legal obligation', dk((p) => bases(p, 'act-marketing', basis('art6-1-b'), basis('art6-1-c', 'Bogføringsloven § 10')))]],
  },
  'consent-for-contract': {
    fires: [
      ['consent, with the data a contractual requirement', dk((p) => void (activity(p, 'act-marketing').requirement.kind = 'contractual'))],
      ['consent for delivering an order, with the data needed to enter the contract', se((p) => bases(p, 'act-delivery', basis('art6-1-a'), basis('se-dsl-3-10', 'Säker identifiering')))],
    ],
    passes: [
      ['consent, signing up voluntary', dk(() => {})],
      ['a consent purpose beside the contract purpose', dk((p) => void activity(p, 'act-services').purposes.push({ id: 'p-offers', description: { da: 'Tilbud på lignende ydelser' }, legalBases: [basis('art6-1-a')] }))],
      ['consent beside a legal obligation in one purpose (consent-mixed-with-other-basis)', dk((p) => {
        bases(p, 'act-marketing', basis('art6-1-a'), basis('art6-1-c', 'Bogføringsloven § 10'));
        activity(p, 'act-marketing').requirement.kind = 'contractual';
      })],
      ['consent in a processor activity', se((p) => Object.assign(activity(p, 'act-processor'), {
        requirement: { kind: 'contractual', consequence: {} },
        purposes: [{ ...activity(p, 'act-processor').purposes[0]!, legalBases: [basis('art6-1-a')] }],
      }))],
    ],
  },
  'legal-bases-pasted': {
    fires: [['the same three bases under two purposes', dk((p) => {
      const block = () => [basis('art6-1-b'), basis('art6-1-c', 'Bogføringsloven § 10'), basis('art6-1-f', '', 'Drift')];
      bases(p, 'act-experience', ...block());
      bases(p, 'act-development', ...block());
    })]],
    passes: [['the same two bases under two purposes', dk((p) => {
      bases(p, 'act-experience', basis('art6-1-b'), basis('art6-1-c', 'Bogføringsloven § 10'));
      bases(p, 'act-development', basis('art6-1-b'), basis('art6-1-c', 'Bogføringsloven § 10'));
    })]],
  },
  'legal-basis-without-statute': {
    fires: [
      ['6(1)(c) with a note naming no statute', dk((p) => bases(p, 'act-obligations', basis('art6-1-c', 'Dansk lovgivning omkring bogføring')))],
      ['6(1)(c) without a note', se((p) => bases(p, 'act-legal', basis('art6-1-c')))],
      ['Art. 10 without a note or national provision', dk((p) => { addCategory(p, 'dc-crime', 'criminal', 'act-services'); bases(p, 'act-services', basis('art6-1-b'), basis('art10')); })],
    ],
    passes: [
      ['"bogføringsloven § 10"', dk(() => {})],
      ['"7 kap. 2 § bokföringslagen (1999:1078)"', se(() => {})],
      ['"the Bookkeeping Act"', dk((p) => bases(p, 'act-obligations', basis('art6-1-c', 'The Danish Bookkeeping Act')))],
      ['Art. 10 with databeskyttelsesloven § 8', dk((p) => { addCategory(p, 'dc-crime', 'criminal', 'act-services'); bases(p, 'act-services', basis('art6-1-b'), basis('art10'), basis('dk-dbl-8')); })],
    ],
  },
  'special-data-without-condition': {
    fires: [['health data with only 6(1)(b)', dk((p) => addCategory(p, 'dc-health', 'special', 'act-services'))]],
    passes: [
      ['health data with Art. 9(2)(a)', dk((p) => { addCategory(p, 'dc-health', 'special', 'act-services'); activity(p, 'act-services').purposes[0]!.legalBases.push(basis('art9-2-a')); })],
      ['health data with databeskyttelsesloven § 7', dk((p) => { addCategory(p, 'dc-health', 'special', 'act-services'); activity(p, 'act-services').purposes[1]!.legalBases.push(basis('dk-dbl-7')); })],
      ['health data in a processor activity', se((p) => addCategory(p, 'dc-health', 'special', 'act-processor'))],
    ],
  },
  'art9-without-special-data': {
    fires: [['9(2)(f) for ordinary data', dk((p) => activity(p, 'act-services').purposes[0]!.legalBases.push(basis('art9-2-f')))]],
    passes: [['9(2)(f) with special data', dk((p) => {
      addCategory(p, 'dc-health', 'special', 'act-services');
      activity(p, 'act-services').purposes[0]!.legalBases.push(basis('art9-2-f'));
    })]],
  },
  'criminal-data-without-basis': {
    fires: [['criminal records with only 6(1)(b)', dk((p) => addCategory(p, 'dc-crime', 'criminal', 'act-services'))]],
    passes: [
      ['criminal records with § 8', dk((p) => { addCategory(p, 'dc-crime', 'criminal', 'act-services'); activity(p, 'act-services').purposes[0]!.legalBases.push(basis('dk-dbl-8')); })],
      ['criminal records with 3 kap. 8 §', se((p) => { addCategory(p, 'dc-crime', 'criminal', 'act-security'); activity(p, 'act-security').purposes[0]!.legalBases.push(basis('se-dsl-3-8')); })],
    ],
  },
  'national-id-without-basis': {
    fires: [
      ['CPR numbers without § 11 (DK)', dk((p) => addCategory(p, 'dc-cpr', 'nationalId', 'act-services'))],
      ['personnummer without 3 kap. 10 § (SE)', se((p) => bases(p, 'act-delivery', basis('art6-1-b')))],
      ['CPR numbers with the Swedish rule only (DK)', dk((p) => { addCategory(p, 'dc-cpr', 'nationalId', 'act-services'); activity(p, 'act-services').purposes[0]!.legalBases.push(basis('se-dsl-3-10')); })],
    ],
    passes: [
      ['CPR numbers with § 11', dk((p) => { addCategory(p, 'dc-cpr', 'nationalId', 'act-services'); activity(p, 'act-services').purposes[0]!.legalBases.push(basis('dk-dbl-11')); })],
      ['personnummer with consent (SE)', se((p) => bases(p, 'act-delivery', basis('art6-1-a')))],
      ['another jurisdiction', dk((p) => { addCategory(p, 'dc-cpr', 'nationalId', 'act-services'); p.organisation.jurisdiction = 'NO'; })],
    ],
  },
  'national-basis-other-jurisdiction': {
    fires: [['a Swedish provision in a Danish register', dk((p) => activity(p, 'act-services').purposes[0]!.legalBases.push(basis('se-dsl-3-10')))]],
    passes: [['a Danish provision in a Danish register', dk((p) => activity(p, 'act-services').purposes[0]!.legalBases.push(basis('dk-dbl-11')))]],
  },
  'activity-no-data-subjects': {
    fires: [['no data subjects', dk((p) => void (activity(p, 'act-marketing').dataSubjectIds = []))]],
    passes: [
      ['subjects only in the subject/data matrix', dk((p) => Object.assign(activity(p, 'act-marketing'), { dataSubjectIds: [], subjectData: [{ dataSubjectId: 'ds-newsletter', dataCategoryId: 'dc-contact' }] }))],
      ['a processor activity', se((p) => void (activity(p, 'act-processor').dataSubjectIds = []))],
    ],
  },
  'activity-no-data-categories': {
    fires: [['no data categories', dk((p) => void (activity(p, 'act-marketing').dataCategoryIds = []))]],
    passes: [['a processor activity', se((p) => void (activity(p, 'act-processor').dataCategoryIds = []))]],
  },
  'retention-missing': {
    fires: [['nothing about retention', dk((p) => void (activity(p, 'act-marketing').retention = { text: {}, period: null, startEvent: {}, basis: {}, ruleId: null }))]],
    passes: [
      ['a built-in rule only', dk((p) => void (activity(p, 'act-marketing').retention = { text: {}, period: null, startEvent: {}, basis: {}, ruleId: 'dk-bookkeeping' }))],
      ['a processor activity', se((p) => void (activity(p, 'act-processor').retention = { text: {}, period: null, startEvent: {}, basis: {}, ruleId: null }))],
    ],
  },
  'retention-vague': {
    fires: [
      ['"så længe det er nødvendigt"', dk((p) => void (activity(p, 'act-marketing').retention = { text: { da: 'Så længe det er nødvendigt.' }, period: null, startEvent: {}, basis: {}, ruleId: null }))],
      ['"så länge det finns ett syfte"', se((p) => void (activity(p, 'act-support').retention = { text: { sv: 'Så länge det finns ett dokumenterat syfte.' }, period: null, startEvent: {}, basis: {}, ruleId: null }))],
      ['"as long as necessary"', dk((p) => void (activity(p, 'act-marketing').retention = { text: { en: 'We keep data for as long as it is necessary' }, period: null, startEvent: {}, basis: {}, ruleId: null }))],
    ],
    passes: [
      ['vague words with a period in the text', dk((p) => void (activity(p, 'act-marketing').retention = { text: { da: 'Så længe det er nødvendigt, dog højst 5 år.' }, period: null, startEvent: {}, basis: {}, ruleId: null }))],
      ['vague words with a criterion', dk((p) => void (activity(p, 'act-marketing').retention = { text: { da: 'Så længe det er nødvendigt' }, period: null, startEvent: {}, basis: { da: 'Indtil kundeforholdet ophører' }, ruleId: null }))],
      ['a subscription as criterion', dk((p) => void (activity(p, 'act-marketing').retention = { text: { da: 'Så længe du abonnerer på nyhedsbrevet' }, period: null, startEvent: {}, basis: {}, ruleId: null }))],
    ],
  },
  'activity-no-security-measures': {
    fires: [['no measures', dk((p) => void (activity(p, 'act-marketing').securityMeasureIds = []))]],
    passes: [['measures linked', dk(() => {})]],
  },
  'processor-activity-without-customers': {
    fires: [['processor role without customers', se((p) => void (activity(p, 'act-processor').customerIds = []))]],
    passes: [['with a customer', se(() => {})], ['a controller activity without customers', dk(() => {})]],
  },
  'manual-transfer-without-mechanism': {
    fires: [['to the US with an unknown mechanism', dk((p) => activity(p, 'act-services').manualTransfers.push({ id: 'mt', country: 'US', recipient: 'Support Inc.', mechanism: 'unknown', safeguardsCopy: {} }))]],
    passes: [
      ['to the US under SCCs', dk((p) => activity(p, 'act-services').manualTransfers.push({ id: 'mt', country: 'US', recipient: 'Support Inc.', mechanism: 'scc', safeguardsCopy: {} }))],
      ['to Norway (EEA)', dk((p) => activity(p, 'act-services').manualTransfers.push({ id: 'mt', country: 'NO', recipient: 'Partner AS', mechanism: 'unknown', safeguardsCopy: {} }))],
    ],
  },
  'review-overdue': {
    fires: [
      ['next review in the past', dk((p) => void (activity(p, 'act-marketing').nextReview = '2025-11-30'))],
      ['last review over a year ago, no next date', dk((p) => Object.assign(activity(p, 'act-marketing'), { lastReviewed: '2024-11-30', nextReview: '' }))],
    ],
    passes: [
      ['next review today', dk((p) => void (activity(p, 'act-marketing').nextReview = TODAY))],
      ['last review within the year', dk((p) => Object.assign(activity(p, 'act-marketing'), { lastReviewed: '2025-01-15', nextReview: '' }))],
      ['a draft', dk((p) => Object.assign(activity(p, 'act-marketing'), { nextReview: '2024-01-01', status: 'draft' }))],
    ],
  },
  'review-missing': {
    fires: [['never reviewed, no date', dk((p) => Object.assign(activity(p, 'act-marketing'), { lastReviewed: '', nextReview: '' }))]],
    passes: [
      ['a first review planned', dk((p) => Object.assign(activity(p, 'act-marketing'), { lastReviewed: '', nextReview: '2026-03-01' }))],
      ['a draft', dk((p) => Object.assign(activity(p, 'act-marketing'), { lastReviewed: '', nextReview: '', status: 'draft' }))],
    ],
  },
  'requirement-not-assessed': {
    fires: [['data from the person, obligation not assessed', dk((p) => void (activity(p, 'act-marketing').requirement.kind = 'notAssessed'))]],
    passes: [
      ['voluntary', dk((p) => void (activity(p, 'act-marketing').requirement.kind = 'voluntary'))],
      ['not assessed, but the data comes from authorities only', dk((p) => Object.assign(activity(p, 'act-obligations'), { sourceIds: ['src-authorities'], requirement: { kind: 'notAssessed', consequence: {} } }))],
      ['not assessed, as processor', se((p) => void (activity(p, 'act-processor').requirement.kind = 'notAssessed'))],
    ],
  },
  'automated-decisions-not-assessed': {
    fires: [['not assessed', dk((p) => void (activity(p, 'act-marketing').automatedDecisions.status = 'notAssessed'))]],
    passes: [
      ['not used', dk((p) => void (activity(p, 'act-marketing').automatedDecisions.status = 'notUsed'))],
      ['not assessed, as processor', se((p) => void (activity(p, 'act-processor').automatedDecisions.status = 'notAssessed'))],
    ],
  },
  'automated-decisions-not-explained': {
    fires: [
      ['used, the logic not described', dk((p) => void (activity(p, 'act-marketing').automatedDecisions = { status: 'used', logic: {}, significance: { da: 'Du får ikke tilbud' } }))],
      ['used, the consequences not described', se((p) => void (activity(p, 'act-delivery').automatedDecisions = { status: 'used', logic: { sv: 'Kreditprövning utifrån UC:s upplysning' }, significance: { sv: ' ' } }))],
      ['used, the logic only in another language than the primary', dk((p) => void (activity(p, 'act-marketing').automatedDecisions = { status: 'used', logic: { en: 'Scoring' }, significance: { da: 'Du får ikke tilbud' } }))],
    ],
    passes: [
      ['used and explained', dk((p) => void (activity(p, 'act-marketing').automatedDecisions = { status: 'used', logic: { da: 'Point for åbnede mails' }, significance: { da: 'Du får ikke tilbud' } }))],
      ['not used, nothing to explain', dk(() => {})],
      ['used in a processor activity', se((p) => void (activity(p, 'act-processor').automatedDecisions = { status: 'used', logic: {}, significance: {} }))],
    ],
  },
  'vendor-transfer-without-mechanism': {
    fires: [
      ['US location, no mechanism', dk((p) => addVendor(p, { processingLocations: ['DE', 'US'] }))],
      ['US headquarters, mechanism unknown', dk((p) => addVendor(p, { hqCountry: 'US', transferMechanism: 'unknown' }))],
    ],
    passes: [
      ['US under SCCs', dk((p) => addVendor(p, { processingLocations: ['US'], transferMechanism: 'scc' }))],
      ['EU only, no mechanism needed', dk((p) => addVendor(p, {}))],
    ],
  },
  'processor-without-dpa': {
    fires: [
      ['processor with the DPA recorded as not signed', dk((p) => addVendor(p, { dpa: { status: 'notSigned', date: '', reference: '' } }))],
      ['sub-processor marked "not needed"', dk((p) => addVendor(p, { role: 'subProcessor', dpa: { status: 'notNeeded', date: '', reference: '' } }))],
      ['processor marked "not needed"', dk((p) => addVendor(p, { dpa: { status: 'notNeeded', date: '', reference: '' } }))],
    ],
    passes: [
      ['processor with a signed DPA', dk((p) => addVendor(p, {}))],
      ['an independent controller without DPA', dk((p) => addVendor(p, { role: 'independentController', dpa: { status: 'notNeeded', date: '', reference: '' } }))],
      ['an independent controller with the DPA "not signed"', dk((p) => addVendor(p, { role: 'independentController', dpa: { status: 'notSigned', date: '', reference: '' } }))],
      ['processor with the DPA status not yet recorded (a warning: processor-dpa-unknown)', dk((p) => addVendor(p, { dpa: { status: 'unknown', date: '', reference: '' } }))],
    ],
  },
  'processor-dpa-unknown': {
    fires: [
      ['processor with the DPA status unknown', dk((p) => addVendor(p, { dpa: { status: 'unknown', date: '', reference: '' } }))],
      ['sub-processor with the DPA status unknown', dk((p) => addVendor(p, { role: 'subProcessor', dpa: { status: 'unknown', date: '', reference: '' } }))],
    ],
    passes: [
      ['processor with a signed DPA', dk((p) => addVendor(p, {}))],
      ['processor with the DPA recorded as not signed (an error: processor-without-dpa)', dk((p) => addVendor(p, { dpa: { status: 'notSigned', date: '', reference: '' } }))],
      ['an independent controller with the DPA status unknown', dk((p) => addVendor(p, { role: 'independentController', dpa: { status: 'unknown', date: '', reference: '' } }))],
    ],
  },
  'independent-controller-as-processor': {
    fires: [
      ['"DK Hostmaster" as processor (by name)', dk((p) => addVendor(p, { name: 'DK Hostmaster A/S' }))],
      ['"Creditsafe" as sub-processor (by legal entity)', dk((p) => addVendor(p, { name: 'Kreditcheck', legalEntity: 'Creditsafe Danmark A/S', role: 'subProcessor' }))],
      ['the UC library entry renamed', se((p) => {
        const uc = p.vendors.find((v) => v.id === 'v-uc')!;
        Object.assign(uc, { name: 'Kreditkollen', legalEntity: '', role: 'processor', dpa: { status: 'signed', date: '', reference: '' } });
      })],
    ],
    passes: [
      ['EURid as independent controller', se(() => {})],
      ['"Microsoft IIS hosting" is not IIS', dk((p) => addVendor(p, { name: 'Microsoft IIS hosting' }))],
      ['"UCaaS telefoni" is not UC', dk((p) => addVendor(p, { name: 'UCaaS telefoni' }))],
    ],
  },
  'privacy-shield': {
    fires: [
      ['"EU/US Privacy Shield" in the policy', se((p) => void (p.policy.introduction = { sv: 'Vi använder EU/US Privacy Shield-certifiering.' }))],
      ['"privacy-shield" in a vendor note', dk((p) => addVendor(p, { notes: { da: 'Certificeret under privacy-shield' } }))],
      ['"PrivacyShield" in a purpose', dk((p) => void (activity(p, 'act-services').purposes[0]!.description = { da: 'Levering (PrivacyShield)' }))],
    ],
    passes: [['"EU-U.S. Data Privacy Framework"', se((p) => void (p.policy.introduction = { sv: 'Vi använder EU-U.S. Data Privacy Framework.' }))]],
  },
  'outdated-authority': {
    fires: [
      ['"Datainspektionen"', se((p) => void (p.policy.introduction = { sv: 'Du kan klaga hos Datainspektionen.' }))],
      ['"Borgergade 28"', dk((p) => void (p.policy.introduction = { da: 'Datatilsynet, Borgergade 28, 5., 1300 København K' }))],
    ],
    passes: [['"Integritetsskyddsmyndigheten (IMY)"', se((p) => void (p.policy.introduction = { sv: 'Du kan klaga hos Integritetsskyddsmyndigheten (IMY).' }))]],
  },
  'consent-by-continued-use': {
    fires: [
      ['"antager vi, at du har accepteret"', dk((p) => void (p.policy.changesText = { da: 'Hvis du benytter vores hjemmeside efter ændringerne, antager vi, at du har accepteret dem.' }))],
      ['"by continuing to use … you accept"', dk((p) => void (p.policy.changesText = { da: 'x', en: 'By continuing to use our website after a change, you accept the new policy.' }))],
      ['"fortsätter att använda … godkänner"', se((p) => void (p.policy.changesText = { sv: 'Om du fortsätter att använda tjänsterna efter en ändring godkänner du den.' }))],
      ['cookie text "ved at bruge … accepterer du"', dk((p) => void (p.policy.cookieText = { da: 'Ved at bruge hjemmesiden accepterer du vores brug af cookies.' }))],
      ['"genom att använda" in a purpose', se((p) => void (p.activities[0]!.purposes[0]!.description = { sv: 'Genom att använda webbplatsen godkänner du att vi analyserar besöket.' }))],
      ['"by using this site you agree"', dk((p) => void (p.policy.introduction = { da: 'x', en: 'By using this site you agree to our use of cookies.' }))],
    ],
    passes: [['notice before changes', dk(() => {})], ['"ved at bruge kryptering"', dk((p) => void (p.policy.introduction = { da: 'Vi beskytter dine data ved at bruge kryptering.' }))]],
  },
  'missing-translation': {
    fires: [
      ['English added as document language', dk((p) => void (p.documentLanguages = { languages: ['da', 'en'], primary: 'da' }))],
      ['text only in another language than the primary', dk((p) => void (activity(p, 'act-marketing').description = { en: 'Newsletters' }))],
    ],
    passes: [
      ['one document language, all filled', dk(() => {})],
      ['automated-decision texts untranslated while not used', dk((p) => {
        p.documentLanguages = { languages: ['da', 'en'], primary: 'da' };
        fillEnglish(p);
        activity(p, 'act-marketing').automatedDecisions = { status: 'notUsed', logic: { da: 'Kun dansk' }, significance: {} };
      })],
      ['cookie text untranslated with the cookie section off', dk((p) => {
        p.documentLanguages = { languages: ['da', 'en'], primary: 'da' };
        fillEnglish(p);
        p.policy.includeCookieSection = false;
        p.policy.cookieText = { da: 'Kun dansk' };
      })],
    ],
  },
  'unused-catalog-item': {
    fires: [
      ['an unused data subject category', dk((p) => p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-unused', name: { da: 'Ubrugt' }, description: {} }))],
      ['a vendor no activity uses', dk((p) => p.activities.forEach((a) => void (a.vendorIds = a.vendorIds.filter((id) => id !== 'v-xena'))))],
    ],
    passes: [['used only by a retired activity', dk((p) => {
      p.dataSubjects.push({ confirmation: CONFIRMED, id: 'ds-old', name: { da: 'Tidligere' }, description: {} });
      p.activities.push({ ...activity(p, 'act-marketing'), id: 'act-old', status: 'retired', dataSubjectIds: ['ds-old'] });
    })]],
  },
  'item-unconfirmed': {
    fires: [
      ['an activity from the template', dk((p) => void (activity(p, 'act-marketing').confirmation = suggestedBy('template')))],
      ['a vendor from the library', dk((p) => void (p.vendors[0]!.confirmation = suggestedBy('library')))],
      ['the policy texts from an older file', dk((p) => void (p.policy.confirmation = suggestedBy('unknown')))],
      ['a data category from a merge', dk((p) => void (p.dataCategories[0]!.confirmation = suggestedBy('merge')))],
    ],
    passes: [
      ['everything confirmed', dk(() => {})],
      ['an unconfirmed activity that is retired', dk((p) => Object.assign(activity(p, 'act-marketing'), { status: 'retired', confirmation: suggestedBy('template') }))],
    ],
  },
  'policy-undated': {
    fires: [['no version', dk((p) => void (p.policy.version = ''))], ['no effective date', dk((p) => void (p.policy.effectiveDate = ''))]],
    passes: [['dated and versioned', dk(() => {})]],
  },
  'organisation-no-registration-number': {
    fires: [['no CVR number', dk((p) => void (p.organisation.registrationNumber = ''))]],
    passes: [['a CVR number', dk(() => {})]],
  },
  'organisation-no-country': {
    fires: [['no country', dk((p) => void (p.organisation.country = ''))]],
    passes: [['Denmark', dk(() => {})]],
  },
  'privacy-email-missing': {
    fires: [['no privacy e-mail', dk((p) => void (p.organisation.privacyEmail = ''))]],
    passes: [['a privacy e-mail', se(() => {})]],
  },
  'privacy-contact-no-name': {
    fires: [['a privacy contact without a name', dk((p) => void (p.privacyContact.name = ' '))]],
    passes: [['a named DPO', se(() => {})]],
  },
  'policy-text-missing': {
    fires: [
      ['no introduction', dk((p) => void (p.policy.introduction = {}))],
      ['the cookie section on, without text', dk((p) => Object.assign(p.policy, { includeCookieSection: true, cookieText: {} }))],
      ['the title only in another language than the primary', dk((p) => void (p.policy.title = { en: 'Privacy policy' }))],
    ],
    passes: [['the cookie section off, without text', dk((p) => Object.assign(p.policy, { includeCookieSection: false, cookieText: {} }))]],
  },
  'no-activities': {
    fires: [
      ['no activities at all', dk((p) => void (p.activities = []))],
      ['only retired activities', dk((p) => p.activities.forEach((a) => void (a.status = 'retired')))],
    ],
    passes: [['one draft', dk((p) => void (p.activities = [{ ...activity(p, 'act-marketing'), status: 'draft' }]))]],
  },
  'activity-no-name': {
    fires: [['an unnamed activity', dk((p) => void (activity(p, 'act-marketing').name = {}))]],
    passes: [['named', dk(() => {})], ['an unnamed retired activity', dk((p) => Object.assign(activity(p, 'act-marketing'), { name: {}, status: 'retired' }))]],
  },
  'activity-no-description': {
    fires: [['no description', dk((p) => void (activity(p, 'act-marketing').description = {}))]],
    passes: [['described', dk(() => {})]],
  },
  'activity-no-owner': {
    fires: [['no owner', dk((p) => void (activity(p, 'act-marketing').owner = ''))]],
    passes: [['an owner', dk(() => {})]],
  },
  'purpose-not-described': {
    fires: [['a purpose without words', dk((p) => void (activity(p, 'act-services').purposes[1]!.description = {}))]],
    passes: [
      ['every purpose described', dk(() => {})],
      ['a processor purpose described', se(() => {})],
    ],
  },
  'activity-no-sources': {
    fires: [['a controller activity without sources', dk((p) => void (activity(p, 'act-marketing').sourceIds = []))]],
    passes: [['a processor activity without sources', se((p) => void (activity(p, 'act-processor').sourceIds = []))]],
  },
  'activity-no-audience': {
    fires: [['in no policy and not internal', dk((p) => Object.assign(activity(p, 'act-marketing'), { audienceIds: [], internalOnly: false }))]],
    passes: [['internal only', dk((p) => Object.assign(activity(p, 'act-marketing'), { audienceIds: [], internalOnly: true }))]],
  },
  'catalog-empty': {
    fires: [
      ['no security measures', dk((p) => {
        p.securityMeasures = [];
        p.activities.forEach((a) => void (a.securityMeasureIds = []));
      })],
      ['a processor activity and no customers', se((p) => {
        p.customers = [];
        activity(p, 'act-processor').customerIds = [];
      })],
    ],
    passes: [
      ['no customers and no processor activity', dk((p) => void (p.customers = []))],
      ['no recipients: optional', dk((p) => {
        p.recipients = [];
        p.activities.forEach((a) => void (a.recipients = []));
      })],
    ],
  },
  'catalog-item-no-name': {
    fires: [
      ['an unnamed vendor', dk((p) => addVendor(p, { name: ' ' }))],
      ['an unnamed data category', dk((p) => void (p.dataCategories[0]!.name = {}))],
    ],
    passes: [['every entry named', dk(() => {})]],
  },
  'catalog-item-no-description': {
    fires: [
      ['a security measure without a description', dk((p) => void (p.securityMeasures[0]!.description = {}))],
      ['a data subject category without a description', se((p) => void (p.dataSubjects[0]!.description = {}))],
    ],
    passes: [['a data category without a description: not asked', dk((p) => void (p.dataCategories[0]!.description = {}))]],
  },
  'vendor-no-function': {
    fires: [['no function', dk((p) => addVendor(p, { function: {} }))]],
    passes: [['a function', dk((p) => addVendor(p, {}))]],
  },
  'vendor-no-country': {
    fires: [['no headquarters country', dk((p) => addVendor(p, { hqCountry: '' }))]],
    passes: [['Germany', dk((p) => addVendor(p, {}))]],
  },
  'vendor-no-processing-country': {
    fires: [['no processing location', dk((p) => addVendor(p, { processingLocations: [] }))]],
    passes: [['processed in Germany', dk((p) => addVendor(p, {}))]],
  },
  'vendor-facts-unverified': {
    fires: [['a library note and no verification date', dk((p) => addVendor(p, { lastVerified: '', checkBeforeUse: { da: 'Tjek DPF-listen.', en: 'Check the DPF list.' } }))]],
    passes: [
      ['the note, verified', dk((p) => addVendor(p, { checkBeforeUse: { da: 'Tjek DPF-listen.' } }))],
      ['never verified, but the library vouches for it', dk((p) => addVendor(p, { lastVerified: '', checkBeforeUse: {} }))],
    ],
  },
  'vendor-not-verified': {
    fires: [['never verified', dk((p) => addVendor(p, { lastVerified: '' }))]],
    passes: [['verified', dk((p) => addVendor(p, {}))]],
  },
  'customer-no-registration-number': {
    fires: [['no registration number', se((p) => void (p.customers[0]!.registrationNumber = ''))]],
    passes: [['a registration number', se(() => {})]],
  },
  'customer-no-dpa-reference': {
    fires: [['no DPA reference', se((p) => void (p.customers[0]!.dpaReference = ''))]],
    passes: [['a DPA reference', se(() => {})]],
  },
  'registration-number-invalid': {
    fires: [
      ['CVR "12AB"', dk((p) => void (p.organisation.registrationNumber = '12AB'))],
      ['CVR with the last digit off by one', dk((p) => void (p.organisation.registrationNumber = '36936895'))],
      ['org.nr with the check digit off by one', se((p) => void (p.organisation.registrationNumber = '556677-8898'))],
      ['a Danish vendor with a Swedish number', dk((p) => addVendor(p, { hqCountry: 'DK', registrationNumber: '556469-6291' }))],
    ],
    passes: [
      ['the corrected registers', dk(() => {})],
      ['CVR in groups and in VAT form', dk((p) => { p.organisation.registrationNumber = '36 93 68 94'; addVendor(p, { hqCountry: 'DK', registrationNumber: 'DK29412006' }); })],
      ['org.nr without hyphen and with prefix 16', se((p) => { p.organisation.registrationNumber = '5566778899'; Object.assign(p.vendors[0]!, { hqCountry: 'SE', registrationNumber: '16559205-2400' }); })],
      ['a Norwegian vendor\'s number is free text', dk((p) => addVendor(p, { hqCountry: 'NO', registrationNumber: 'NO 123 456 789 MVA' }))],
    ],
  },
  'contact-email-invalid': {
    fires: [
      ['organisation e-mail without domain', dk((p) => void (p.organisation.email = 'dpa@itguy'))],
      ['privacy e-mail half-typed', se((p) => void (p.organisation.privacyEmail = 'dataskydd@'))],
      ['privacy contact e-mail with a space', dk((p) => void (p.privacyContact.email = 'lbh at itguy.dk'))],
      ['representative e-mail', dk((p) => void (p.representative = { name: 'Rep', address: 'Berlin', email: 'rep', phone: '' }))],
    ],
    passes: [['valid and empty addresses', dk((p) => void (p.privacyContact.email = ''))]],
  },
  'phone-invalid': {
    fires: [
      ['"abc"', dk((p) => void (p.organisation.phone = 'abc'))],
      ['a privacy contact phone with letters', se((p) => void (p.privacyContact.phone = '08-123 ring'))],
    ],
    passes: [['national and international formats', se((p) => { p.organisation.phone = '08-123 456 00'; p.privacyContact.phone = '+46 8 123 456 00'; })]],
  },
  'website-invalid': {
    fires: [
      ['a website without https://', dk((p) => void (p.organisation.website = 'itguy.dk'))],
      ['a vendor privacy policy link', dk((p) => addVendor(p, { privacyPolicyUrl: 'javascript:alert(1)' }))],
    ],
    passes: [['https and http links', dk((p) => addVendor(p, { website: 'http://example.com', privacyPolicyUrl: 'https://example.com/privacy' }))]],
  },
  'date-far-future': {
    fires: [
      ['last reviewed after today', dk((p) => void (activity(p, 'act-services').lastReviewed = '2025-12-02'))],
      ['next review in 2052', dk((p) => void (activity(p, 'act-services').nextReview = '2052-06-01'))],
      ['a DPA signed tomorrow', dk((p) => addVendor(p, { dpa: { status: 'signed', date: '2025-12-02', reference: '' } }))],
      ['a policy taking effect in 2027', se((p) => void (p.policy.effectiveDate = '2027-01-01'))],
      ['next review a day beyond ten years', dk((p) => void (activity(p, 'act-services').nextReview = '2035-12-02'))],
      ['a DPIA dated tomorrow', dk((p) => void (activity(p, 'act-services').dpia = { status: 'done', reason: {}, date: '2025-12-02' }))],
    ],
    passes: [
      ['reviewed today, next review in ten years', dk((p) => Object.assign(activity(p, 'act-services'), { lastReviewed: TODAY, nextReview: '2035-12-01' }))],
      ['a DPIA done today', dk((p) => void (activity(p, 'act-services').dpia = { status: 'done', reason: {}, date: TODAY }))],
      ['a policy taking effect in a year', se((p) => void (p.policy.effectiveDate = '2026-12-01'))],
    ],
  },
  'policy-edition-old': {
    fires: [
      ['effective date 13 months ago', dk((p) => void (p.policy.effectiveDate = '2024-11-01'))],
      ['no effective date, last final export 2024', se((p) => { p.policy.effectiveDate = ''; p.exportHistory.push({ ...exportRecord(p, null), editionDate: '2024-06-01' }); })],
    ],
    passes: [
      ['effective date 11 months ago', se(() => {})],
      ['an old effective date, but a final export this year', dk((p) => { p.policy.effectiveDate = '2024-01-01'; p.exportHistory.push({ ...exportRecord(p, null), editionDate: '2025-10-01' }); })],
      ['no date at all (policy-undated says so)', dk((p) => void (p.policy.effectiveDate = ''))],
    ],
  },
  'legitimate-interest-generic': {
    fires: [
      ['"i både ditt och Bitspace AB’s intresse"', se((p) => bases(p, p.activities[0]!.id, basis('art6-1-f', '', 'Behandlingen ligger i både ditt och Bitspace AB’s intresse.')))],
      ['"vores legitime interesse"', dk((p) => bases(p, 'act-services', basis('art6-1-f', '', 'Vores legitime interesse')))],
      ['"our legitimate interest"', dk((p) => bases(p, 'act-services', basis('art6-1-f', '', 'Our legitimate interest.')))],
    ],
    passes: [
      ['an interest named', dk((p) => bases(p, 'act-services', basis('art6-1-f', '', 'Vores legitime interesse i at sende kunder tilbud på lignende ydelser')))],
      ['empty (legitimate-interest-not-described says so)', dk((p) => bases(p, 'act-services', basis('art6-1-f')))],
    ],
  },
  'tracking-on-legitimate-interest': {
    fires: [
      ['Google Analytics for marketing on 6(1)(f), the cookie text asks consent', se((p) => Object.assign(p.policy, { includeCookieSection: true, cookieText: { sv: 'Kakor för statistik och marknadsföring använder vi bara om du har samtyckt till det i cookiebannern.' } }))],
      ['"webstatistik" on 6(1)(f)', dk((p) => {
        p.policy.cookieText = { da: 'Vi sætter kun statistikcookies, hvis du accepterer dem i cookiebanneret.' };
        activity(p, 'act-experience').purposes[0]!.description = { da: 'Webstatistik over besøg på hjemmesiden' };
      })],
      ['"retargeting" in English', dk((p) => {
        p.policy.cookieText = { da: 'Se cookiebanneret.', en: 'Marketing cookies are only set if you opt in.' };
        activity(p, 'act-experience').purposes[0]!.description = { da: 'Annoncer', en: 'Retargeting ads to earlier visitors' };
      })],
    ],
    passes: [
      ['the cookie text says no consent is needed', se((p) => Object.assign(p.policy, { includeCookieSection: true, cookieText: { sv: 'Vi använder bara nödvändiga kakor, som inte kräver samtycke.' } }))],
      ['the cookie section off', se((p) => void (p.policy.cookieText = { sv: 'Kakor för statistik använder vi bara om du har samtyckt.' }))],
      ['the tool beside a consent purpose, as the website template has it', se((p) => {
        Object.assign(p.policy, { includeCookieSection: true, cookieText: { sv: 'Kakor för statistik använder vi bara om du har samtyckt.' } });
        activity(p, 'act-marketing').purposes.push({ id: 'p-stats', description: { sv: 'Mäta marknadsföringen med de kakor du har samtyckt till' }, legalBases: [basis('art6-1-a')] });
      })],
      ['the tool in an activity only the staff policy describes', se((p) => {
        Object.assign(p.policy, { includeCookieSection: true, cookieText: { sv: 'Kakor för statistik använder vi bara om du har samtyckt.' } });
        p.audiences.push({ confirmation: CONFIRMED, id: 'aud-staff', name: { sv: 'Anställda' } });
        activity(p, 'act-marketing').audienceIds = ['aud-staff'];
      })],
      ['web statistics on consent', dk((p) => {
        p.policy.cookieText = { da: 'Vi sætter kun statistikcookies, hvis du accepterer dem.' };
        activity(p, 'act-experience').purposes[0]!.description = { da: 'Webstatistik' };
        bases(p, 'act-experience', basis('art6-1-a'));
      })],
      ['"statistik over salg" is no tracking', dk((p) => {
        p.policy.cookieText = { da: 'Vi sætter kun statistikcookies, hvis du accepterer dem.' };
        activity(p, 'act-development').purposes[0]!.description = { da: 'Statistik over salg og fakturering' };
      })],
    ],
  },
  'policy-outdated': {
    fires: [['the register changed after the export', dk((p) => {
      p.exportHistory.push(exportRecord(p, 'aud-web'));
      activity(p, 'act-marketing').retention.text = { da: '3 år efter afmelding' };
    })], ['an export without audience, then a new vendor', dk((p) => {
      p.exportHistory.push(exportRecord(p, null));
      addVendor(p, {});
    })]],
    passes: [
      ['exported after the last change', dk((p) => void p.exportHistory.push(exportRecord(p, 'aud-web')))],
      ['only review dates and timestamps changed', dk((p) => {
        p.exportHistory.push(exportRecord(p, 'aud-web'));
        Object.assign(activity(p, 'act-marketing'), { lastReviewed: '2025-11-01', nextReview: '2026-11-01', updatedAt: '2025-11-01T10:00:00.000Z' });
        p.updatedAt = '2025-11-01T10:00:00.000Z';
      })],
      ['an internal-only activity changed', dk((p) => {
        activity(p, 'act-obligations').internalOnly = true;
        p.exportHistory.push(exportRecord(p, 'aud-web'));
        activity(p, 'act-obligations').description = { da: 'Intern note' };
      })],
    ],
  },
};

/** Give every Danish text an English translation, so that adding English leaves nothing untranslated. */
function fillEnglish(p: Project): void {
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && keys.every((k) => k === 'da' || k === 'sv' || k === 'en')) {
      if (typeof record.da === 'string' && record.da.trim()) record.en = `${record.da} (en)`;
      return;
    }
    Object.values(record).forEach(visit);
  };
  visit(p);
}

function exportRecord(p: Project, audienceId: string | null): Project['exportHistory'][number] {
  return {
    editionDate: '',
    draft: false,
    id: `exp-${audienceId ?? 'all'}`,
    at: '2025-10-01T08:00:00.000Z',
    kind: 'policy',
    language: 'da',
    audienceId,
    versionLabel: '2.0',
    contentHash: policyContentHash(p, audienceId),
  };
}

const run = (project: Project): Finding[] => runChecks(project, { today: TODAY, language: 'en' });

describe('every rule is covered by this table', () => {
  it('lists each rule id once, and the engine registers exactly those rules', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('has at least one firing and one passing scenario per rule', () => {
    for (const [id, cases] of Object.entries(CASES)) {
      expect(cases.fires.length, id).toBeGreaterThan(0);
      expect(cases.passes.length, id).toBeGreaterThan(0);
    }
  });

  it('starts from bases that raise no finding at all', () => {
    expect(run(itguyCorrected())).toEqual([]);
    expect(run(bitspaceCorrected())).toEqual([]);
  });
});

describe.each(Object.entries(CASES) as [RuleId, (typeof CASES)[RuleId]][])('rule %s', (ruleId, cases) => {
  it.each(cases.fires)('fires: %s', (_label, build) => {
    const findings = run(build()).filter((f) => f.ruleId === ruleId);
    expect(findings.length).toBeGreaterThan(0);
    const rule = RULES.find((r) => r.id === ruleId)!;
    for (const finding of findings) {
      expect(finding.severity).toBe(rule.severity);
      for (const language of LANGUAGES) {
        const message = findingMessage(finding, language);
        expect(message.trim().length, `${ruleId} in ${language}`).toBeGreaterThan(20);
        expect(message).not.toMatch(/undefined|\[object |NaN/);
        if (finding.item.id !== null) expect(message).toContain(finding.item.name[language]);
      }
    }
  });

  it.each(cases.passes)('does not fire: %s', (_label, build) => {
    expect(run(build()).filter((f) => f.ruleId === ruleId)).toEqual([]);
  });
});

describe('a stored date beyond the editor’s ten years (date-far-future)', () => {
  it('says which date, how far ahead, and what to do, in every language', () => {
    const [finding] = run(dk((p) => void (activity(p, 'act-services').nextReview = '2052-06-01'))()).filter(
      (f) => f.ruleId === 'date-far-future',
    );
    expect(finding?.fix).toMatchObject({ id: 'act-services', field: 'nextReview' });
    expect(findingMessage(finding!, 'da')).toMatch(/næste gennemgang »1\. juni 2052« ligger mere end 10 år ude i fremtiden/);
    expect(findingMessage(finding!, 'sv')).toMatch(/nästa granskning ”1 juni 2052” ligger mer än 10 år fram i tiden/);
    expect(findingMessage(finding!, 'en')).toMatch(/next review “1 June 2052” lies more than 10 years ahead/);
  }); // prettier-ignore
});

describe('the data processing agreement of a vendor', () => {
  const STATUSES = ['signed', 'notSigned', 'notNeeded', 'unknown'] as const;
  const ROLES = ['processor', 'subProcessor', 'independentController'] as const;
  const expected = (role: (typeof ROLES)[number], status: (typeof STATUSES)[number]): RuleId[] => {
    if (role === 'independentController' || status === 'signed') return [];
    return status === 'unknown' ? ['processor-dpa-unknown'] : ['processor-without-dpa'];
  };

  it.each(ROLES.flatMap((role) => STATUSES.map((status) => [role, status] as const)))(
    '%s with status %s: an error only when the register says there is no DPA, a warning when it does not say',
    (role, status) => {
      const findings = run(
        dk((p) => addVendor(p, { role, dpa: { status, date: '', reference: '' } }))(),
      ).filter((f) => f.item.id === 'v-test' && f.fix.field === 'dpa.status');
      expect(findings.map((f) => f.ruleId)).toEqual(expected(role, status));
      if (findings[0]) {
        expect(findings[0].severity).toBe(status === 'unknown' ? 'warning' : 'error');
        expect(findings[0].fix).toEqual({ screen: 'vendors', id: 'v-test', field: 'dpa.status' });
      }
    },
  );

  it('names the agreement in each language and cites Art. 28(3)', () => {
    const unknown = run(
      dk((p) => addVendor(p, { dpa: { status: 'unknown', date: '', reference: '' } }))(),
    ).find((f) => f.ruleId === 'processor-dpa-unknown')!;
    expect(findingMessage(unknown, 'da')).toMatch(/databehandleraftale.*art\. 28, stk\. 3/);
    expect(findingMessage(unknown, 'sv')).toMatch(/personuppgiftsbiträdesavtal.*artikel 28\.3/);
    expect(findingMessage(unknown, 'en')).toMatch(
      /Record whether the data processing agreement is signed.*Article 28\(3\)/,
    );
    const notNeeded = run(
      dk((p) =>
        addVendor(p, { role: 'subProcessor', dpa: { status: 'notNeeded', date: '', reference: '' } }),
      )(),
    ).find((f) => f.ruleId === 'processor-without-dpa')!;
    expect(findingMessage(notNeeded, 'en')).toMatch(/marked as not needed/);
    // A finding saved before the status parameter existed still renders.
    expect(
      findingMessage(
        { ruleId: 'processor-without-dpa', params: { vendor: notNeeded.params.vendor, role: 'processor' } },
        'da',
      ),
    ).toMatch(/ikke registreret en underskrevet databehandleraftale \(art\. 28, stk\. 3\)\.$/);
  });
});

describe('rule metadata', () => {
  it('has stable kebab-case ids and titles in da, sv and en', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const language of LANGUAGES) expect(rule.title[language].trim()).not.toBe('');
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
