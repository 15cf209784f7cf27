import type { Language } from '../i18n/languages';
import type { Activity } from '../model/activity';
import { legalBasis } from '../catalog/legalBases';
import { isTextMissing } from '../model/localizedText';
import type { LocalizedText } from '../model/primitives';
import type { Project } from '../model/project';
import { runChecks } from './engine';
import { itemPhrase, namesOf, type Texts } from './format';
import {
  activityLocation,
  CATALOG_ITEMS,
  catalogLocation,
  fixFor,
  singletonLocation,
  type ItemLocation,
} from './projectText';
import { thirdCountries } from '../model/transfers';
import type { Finding, FindingItem, FixTarget, Names } from './types';

/**
 * How complete the register is: per section (organisation, policy settings, activities, each catalog) the
 * share of required fields that are filled, the list of what is missing, and a status per activity.
 *
 * Scoring: each requirement counts once; a section's score is done / total, rounded down so that 100
 * means nothing is missing. A required catalog that is empty scores 0. The overall score is the weighted
 * mean of the applicable sections: activities 4, organisation 2, policy settings 2, each catalog 1.
 * Only the primary language counts here; translations are the missing-translation rule's business.
 */

export const COMPLETENESS_SECTIONS = [
  'organisation',
  'policy',
  'activities',
  ...CATALOG_ITEMS.map((c) => c.key),
] as const;
export type CompletenessSection = (typeof COMPLETENESS_SECTIONS)[number];

export const SECTION_LABELS: Readonly<Record<CompletenessSection, Texts>> = {
  organisation: { da: 'Organisation', sv: 'Organisation', en: 'Organisation' },
  policy: { da: 'Politikindstillinger', sv: 'Policyinställningar', en: 'Policy settings' },
  activities: { da: 'Aktiviteter', sv: 'Behandlingar', en: 'Activities' },
  dataSubjects: { da: 'Registrerede', sv: 'Registrerade', en: 'Data subjects' },
  dataCategories: { da: 'Oplysningskategorier', sv: 'Personuppgiftskategorier', en: 'Data categories' },
  sources: { da: 'Kilder', sv: 'Källor', en: 'Sources' },
  recipients: { da: 'Modtagere', sv: 'Mottagare', en: 'Recipients' },
  vendors: { da: 'Leverandører', sv: 'Leverantörer', en: 'Vendors' },
  securityMeasures: { da: 'Sikkerhedsforanstaltninger', sv: 'Säkerhetsåtgärder', en: 'Security measures' },
  customers: { da: 'Kunder', sv: 'Kunder', en: 'Customers' },
  audiences: { da: 'Målgrupper', sv: 'Målgrupper', en: 'Audiences' },
};

const WEIGHTS: Readonly<Record<CompletenessSection, number>> = {
  organisation: 2,
  policy: 2,
  activities: 4,
  dataSubjects: 1,
  dataCategories: 1,
  sources: 1,
  recipients: 1,
  vendors: 1,
  securityMeasures: 1,
  customers: 1,
  audiences: 1,
};

export interface MissingEntry {
  readonly section: CompletenessSection;
  /** Stable key of what is missing, e.g. "activity.retention" or "vendor.transferMechanism". */
  readonly requirement: string;
  /** Null when a whole section is empty (no activities, no data subject categories …). */
  readonly item: FindingItem | null;
  readonly fix: FixTarget;
  /** "Aktiviteten »Rekruttering«: opbevaringsperiode". */
  readonly label: Texts;
}

export interface SectionScore {
  readonly section: CompletenessSection;
  /** False for an optional catalog that is empty: nothing to complete, and it does not count. */
  readonly applicable: boolean;
  /** 0–100; 100 only when nothing is missing. */
  readonly score: number;
  readonly done: number;
  readonly total: number;
  readonly missing: readonly MissingEntry[];
}

export type ActivityStatus = 'complete' | 'warnings' | 'errors';

export interface ActivityCompleteness {
  readonly id: string;
  readonly name: Names;
  readonly score: number;
  /** errors: some error finding; warnings: some warning finding or something missing; else complete. */
  readonly status: ActivityStatus;
  readonly missing: readonly MissingEntry[];
}

export interface CompletenessReport {
  readonly overall: number;
  readonly sections: readonly SectionScore[];
  /** Every activity that is not retired, in register order. */
  readonly activities: readonly ActivityCompleteness[];
}

export interface CompletenessOptions {
  /** The findings of runChecks for the same project, for the activity statuses; run here when absent. */
  readonly findings?: readonly Finding[];
  /** Passed to runChecks when findings are absent; without it review deadlines are not judged. */
  readonly today?: string;
}

// ---------------------------------------------------------------------------------------------------------

/** What is missing, in words: the tail of each label. */
const WHAT: Readonly<Record<string, Texts>> = {
  legalName: { da: 'juridisk navn', sv: 'juridiskt namn', en: 'legal name' },
  registrationNumber: { da: 'CVR- eller registreringsnummer', sv: 'organisationsnummer', en: 'registration number' },
  address: { da: 'adresse', sv: 'adress', en: 'address' },
  country: { da: 'land', sv: 'land', en: 'country' },
  contact: { da: 'e-mail eller telefon', sv: 'e-post eller telefon', en: 'e-mail or phone' },
  privacyEmail: { da: 'e-mail til henvendelser om databeskyttelse', sv: 'e-post för dataskyddsfrågor', en: 'privacy e-mail' },
  contactName: { da: 'navn', sv: 'namn', en: 'name' },
  contactEmail: { da: 'e-mail', sv: 'e-post', en: 'e-mail' },
  title: { da: 'titel', sv: 'titel', en: 'title' },
  introduction: { da: 'indledning', sv: 'inledning', en: 'introduction' },
  effectiveDate: { da: 'ikrafttrædelsesdato', sv: 'datum för ikraftträdande', en: 'effective date' },
  version: { da: 'versionsnummer', sv: 'versionsnummer', en: 'version' },
  childrenStatement: { da: 'afsnit om børn', sv: 'avsnitt om barn', en: 'statement on children' },
  changesText: { da: 'afsnit om ændringer', sv: 'avsnitt om ändringar', en: 'section on changes' },
  cookieText: { da: 'cookieafsnit', sv: 'avsnitt om kakor', en: 'cookie section' },
  name: { da: 'navn', sv: 'namn', en: 'name' },
  description: { da: 'beskrivelse', sv: 'beskrivning', en: 'description' },
  owner: { da: 'ansvarlig', sv: 'ansvarig', en: 'owner' },
  purposes: { da: 'formål', sv: 'ändamål', en: 'purposes' },
  legalBases: { da: 'behandlingsgrundlag for hvert formål', sv: 'rättslig grund för varje ändamål', en: 'legal basis for every purpose' },
  dataSubjects: { da: 'kategorier af registrerede', sv: 'kategorier av registrerade', en: 'data subject categories' },
  dataCategories: { da: 'kategorier af personoplysninger', sv: 'kategorier av personuppgifter', en: 'data categories' },
  sources: { da: 'kilder', sv: 'källor', en: 'sources' },
  retention: { da: 'opbevaringsperiode', sv: 'lagringstid', en: 'retention period' },
  securityMeasures: { da: 'sikkerhedsforanstaltninger', sv: 'säkerhetsåtgärder', en: 'security measures' },
  customers: { da: 'kunder (dataansvarlige)', sv: 'kunder (personuppgiftsansvariga)', en: 'customers (controllers)' },
  audience: { da: 'politik (målgruppe) eller »kun intern«', sv: 'policy (målgrupp) eller ”endast internt”', en: 'policy audience or “internal only”' },
  review: { da: 'dato for næste gennemgang', sv: 'datum för nästa översyn', en: 'next review date' },
  function: { da: 'funktion', sv: 'funktion', en: 'function' },
  hqCountry: { da: 'hjemland', sv: 'hemland', en: 'headquarters country' },
  processingLocations: { da: 'behandlingslande', sv: 'behandlingsländer', en: 'processing locations' },
  transferMechanism: { da: 'overførselsgrundlag', sv: 'överföringsmekanism', en: 'transfer mechanism' },
  dpa: { da: 'underskrevet databehandleraftale', sv: 'undertecknat personuppgiftsbiträdesavtal', en: 'signed data processing agreement' },
  lastVerified: { da: 'dato for seneste kontrol', sv: 'datum för senaste kontroll', en: 'last verified date' },
  dpaReference: { da: 'reference til databehandleraftale', sv: 'referens till biträdesavtal', en: 'DPA reference' },
  empty: { da: 'intet registreret endnu', sv: 'inget registrerat ännu', en: 'nothing registered yet' },
}; // prettier-ignore

class Tally {
  done = 0;
  total = 0;
  readonly missing: MissingEntry[] = [];

  constructor(private readonly section: CompletenessSection) {}

  require(ok: boolean, item: ItemLocation, field: string | null, what: keyof typeof WHAT): void {
    this.total += 1;
    if (ok) {
      this.done += 1;
      return;
    }
    const tail = WHAT[what] as Texts;
    const label = {} as Record<Language, string>;
    for (const language of ['da', 'sv', 'en'] as const) {
      label[language] = `${itemPhrase(language, item.kind, item.name)}: ${tail[language]}`;
    }
    this.missing.push({
      section: this.section,
      requirement: `${item.kind}.${what}`,
      item: { kind: item.kind, id: item.id, field, name: item.name },
      fix: fixFor(item, field),
      label,
    });
  }

  /** A catalog or list with nothing in it. */
  requireSome(count: number, label: Texts, fix: FixTarget): void {
    this.total += 1;
    if (count > 0) {
      this.done += 1;
      return;
    }
    const tail = WHAT.empty as Texts;
    const text = {} as Record<Language, string>;
    for (const language of ['da', 'sv', 'en'] as const)
      text[language] = `${label[language]}: ${tail[language]}`;
    this.missing.push({
      section: this.section,
      requirement: `${this.section}.empty`,
      item: null,
      fix,
      label: text,
    });
  }

  /** Add another tally's counts and missing entries (one activity's into the section's). */
  absorb(other: Tally): void {
    this.done += other.done;
    this.total += other.total;
    this.missing.push(...other.missing);
  }

  result(applicable = true): SectionScore {
    const score = this.total === 0 ? 100 : Math.floor((100 * this.done) / this.total);
    return {
      section: this.section,
      applicable,
      score,
      done: this.done,
      total: this.total,
      missing: this.missing,
    };
  }
}

const filled = (value: LocalizedText, primary: Language): boolean => !isTextMissing(value, primary);

function organisationSection(project: Project): SectionScore {
  const tally = new Tally('organisation');
  const o = project.organisation;
  const org = singletonLocation('organisation');
  tally.require(o.legalName.trim() !== '', org, 'legalName', 'legalName');
  tally.require(o.registrationNumber.trim() !== '', org, 'registrationNumber', 'registrationNumber');
  tally.require(
    [o.street, o.postcode, o.city].every((s) => s.trim() !== ''),
    org,
    'street',
    'address',
  );
  tally.require(o.country !== '', org, 'country', 'country');
  tally.require(o.email.trim() !== '' || o.phone.trim() !== '', org, 'email', 'contact');
  tally.require(o.privacyEmail.trim() !== '', org, 'privacyEmail', 'privacyEmail');
  const contact = project.privacyContact;
  const pc = singletonLocation('privacyContact');
  tally.require(contact.name.trim() !== '', pc, 'name', 'contactName');
  tally.require(contact.email.trim() !== '' || o.privacyEmail.trim() !== '', pc, 'email', 'contactEmail');
  return tally.result();
}

function policySection(project: Project): SectionScore {
  const tally = new Tally('policy');
  const p = project.policy;
  const primary = project.documentLanguages.primary;
  const policy = singletonLocation('policy');
  tally.require(filled(p.title, primary), policy, 'title', 'title');
  tally.require(filled(p.introduction, primary), policy, 'introduction', 'introduction');
  tally.require(p.effectiveDate !== '', policy, 'effectiveDate', 'effectiveDate');
  tally.require(p.version.trim() !== '', policy, 'version', 'version');
  tally.require(filled(p.childrenStatement, primary), policy, 'childrenStatement', 'childrenStatement');
  tally.require(filled(p.changesText, primary), policy, 'changesText', 'changesText');
  if (p.includeCookieSection)
    tally.require(filled(p.cookieText, primary), policy, 'cookieText', 'cookieText');
  return tally.result();
}

function retentionGiven(activity: Activity): boolean {
  const r = activity.retention;
  return (
    r.period !== null ||
    r.ruleId !== null ||
    [r.text, r.basis].some((text) => Object.values(text).some((t) => t?.trim()))
  );
}

function activityTally(activity: Activity, primary: Language, tally: Tally): void {
  const item = activityLocation(activity.id, namesOf(activity.name, primary));
  const controller = activity.role !== 'processor';
  tally.require(filled(activity.name, primary), item, 'name', 'name');
  tally.require(filled(activity.description, primary), item, 'description', 'description');
  tally.require(activity.owner.trim() !== '', item, 'owner', 'owner');
  tally.require(
    activity.purposes.length > 0 && activity.purposes.every((p) => filled(p.description, primary)),
    item,
    'purposes',
    'purposes',
  );
  if (controller) {
    tally.require(
      activity.purposes.length > 0 &&
        activity.purposes.every((p) => p.legalBases.some((b) => legalBasis(b.code).group === 'art6')),
      item,
      'purposes',
      'legalBases',
    );
    tally.require(activity.dataSubjectIds.length + activity.subjectData.length > 0, item, 'dataSubjectIds', 'dataSubjects'); // prettier-ignore
    tally.require(activity.dataCategoryIds.length + activity.subjectData.length > 0, item, 'dataCategoryIds', 'dataCategories'); // prettier-ignore
    tally.require(activity.sourceIds.length > 0, item, 'sourceIds', 'sources');
    tally.require(retentionGiven(activity), item, 'retention.text', 'retention');
  } else {
    tally.require(activity.customerIds.length > 0, item, 'customerIds', 'customers');
  }
  tally.require(activity.securityMeasureIds.length > 0, item, 'securityMeasureIds', 'securityMeasures');
  tally.require(activity.internalOnly || activity.audienceIds.length > 0, item, 'audienceIds', 'audience');
  tally.require(activity.nextReview !== '', item, 'nextReview', 'review');
}

function catalogSections(project: Project): SectionScore[] {
  const primary = project.documentLanguages.primary;
  const live = project.activities.filter((a) => a.status !== 'retired');
  const required: Readonly<Record<(typeof CATALOG_ITEMS)[number]['key'], boolean>> = {
    dataSubjects: true,
    dataCategories: true,
    sources: false,
    recipients: false,
    vendors: false,
    securityMeasures: true,
    customers: live.some((a) => a.role === 'processor'),
    audiences: live.some((a) => !a.internalOnly),
  };
  return CATALOG_ITEMS.map((catalog) => {
    const tally = new Tally(catalog.key);
    const entries = project[catalog.key];
    if (entries.length === 0) {
      if (!required[catalog.key]) return tally.result(false);
      tally.requireSome(0, SECTION_LABELS[catalog.key], { screen: catalog.screen, id: null, field: null });
      return tally.result();
    }
    for (const entry of entries) {
      const item = catalogLocation(catalog, entry.id, namesOf(entry.name, primary));
      if (typeof entry.name === 'string') tally.require(entry.name.trim() !== '', item, 'name', 'name');
      else tally.require(filled(entry.name, primary), item, 'name', 'name');
      switch (catalog.key) {
        case 'dataSubjects':
        case 'securityMeasures': {
          const description = (entry as { description: LocalizedText }).description;
          tally.require(filled(description, primary), item, 'description', 'description');
          break;
        }
        case 'vendors': {
          const vendor = entry as Project['vendors'][number];
          tally.require(filled(vendor.function, primary), item, 'function', 'function');
          tally.require(vendor.hqCountry !== '', item, 'hqCountry', 'hqCountry');
          tally.require(
            vendor.processingLocations.length > 0,
            item,
            'processingLocations',
            'processingLocations',
          );
          if (thirdCountries(vendor).length > 0) {
            const known = vendor.transferMechanism !== null && vendor.transferMechanism !== 'unknown';
            tally.require(known, item, 'transferMechanism', 'transferMechanism');
          }
          if (vendor.role !== 'independentController') {
            tally.require(vendor.dpa.status === 'signed', item, 'dpa.status', 'dpa');
          }
          tally.require(vendor.lastVerified !== '', item, 'lastVerified', 'lastVerified');
          break;
        }
        case 'customers': {
          const customer = entry as Project['customers'][number];
          tally.require(
            customer.registrationNumber.trim() !== '',
            item,
            'registrationNumber',
            'registrationNumber',
          );
          tally.require(customer.dpaReference.trim() !== '', item, 'dpaReference', 'dpaReference');
          break;
        }
        default:
          break;
      }
    }
    return tally.result();
  });
}

export function completenessScore(project: Project, options: CompletenessOptions = {}): CompletenessReport {
  const primary = project.documentLanguages.primary;
  const findings = options.findings ?? runChecks(project, { today: options.today ?? '0000-00-00' });

  const worst = new Map<string, 'error' | 'warning'>();
  for (const finding of findings) {
    if (finding.item.kind !== 'activity' || finding.item.id === null || finding.severity === 'info') continue;
    if (worst.get(finding.item.id) !== 'error') worst.set(finding.item.id, finding.severity);
  }

  const activitiesTally = new Tally('activities');
  const activities: ActivityCompleteness[] = [];
  const live = project.activities.filter((a) => a.status !== 'retired');
  activitiesTally.requireSome(live.length, SECTION_LABELS.activities, {
    screen: 'activities',
    id: null,
    field: null,
  });
  for (const activity of live) {
    const own = new Tally('activities');
    activityTally(activity, primary, own);
    activitiesTally.absorb(own);
    const score = own.result().score;
    const severity = worst.get(activity.id);
    activities.push({
      id: activity.id,
      name: namesOf(activity.name, primary),
      score,
      status:
        severity === 'error' ? 'errors' : severity === 'warning' || score < 100 ? 'warnings' : 'complete',
      missing: own.missing,
    });
  }

  const sections = [
    organisationSection(project),
    policySection(project),
    activitiesTally.result(),
    ...catalogSections(project),
  ];
  let weighted = 0;
  let weights = 0;
  for (const section of sections) {
    if (!section.applicable) continue;
    weighted += section.score * WEIGHTS[section.section];
    weights += WEIGHTS[section.section];
  }
  const overall = weights === 0 ? 0 : Math.floor(weighted / weights);
  return { overall, sections, activities };
}
