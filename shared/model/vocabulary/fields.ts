import type { Language } from '../../i18n/languages';
import { capitalise } from '../localizedText';
import type { Jurisdiction } from '../organisation';
import { wording as w, type Wording } from '../primitives';
import type { FieldPath } from './paths';

/**
 * The one name of each field of the model, in da/sv/en, in the official terms of the GDPR in each language.
 * The editor's labels, the findings, the completeness list, the change log, the file errors, the documents
 * and the audit pack all name a field with these words. Words are written as they stand inside a sentence
 * (lower case unless a proper noun); `fieldLabel` capitalises them for a label or a column header.
 */
export interface Term {
  /** The field's name; for a list field the name of the list ("purposes"). */
  readonly noun: Wording;
  /** For a list field: one entry of it, as in "purpose 2". */
  readonly entry?: Wording;
  /** For a kind of item (a root): several of them, as in "3 processing activities". */
  readonly plural?: Wording;
  /** For narrow places (table columns), where the noun is long. */
  readonly short?: Wording;
}
export type TermForm = keyof Term;

const term = (noun: Wording, more: Omit<Term, 'noun'> = {}): Term => ({ noun, ...more });
const list = (noun: Wording, entry: Wording): Term => ({ noun, entry });
const kind = (noun: Wording, plural: Wording, short?: Wording): Term =>
  short ? { noun, plural, short } : { noun, plural };

// Words many kinds of item share: each field still has its own entry, these only keep the words in one place.
const ID = term(w('id', 'id', 'id'));
const NAME = term(w('navn', 'namn', 'name'));
const DESCRIPTION = term(w('beskrivelse', 'beskrivning', 'description'));
const KIND = term(w('type', 'typ', 'type'));
const COUNTRY = term(w('land', 'land', 'country'));
const PHONE = term(w('telefon', 'telefon', 'phone'));
const EMAIL = term(w('e-mail', 'e-post', 'e-mail'));
const WEBSITE = term(w('hjemmeside', 'webbplats', 'website'));
const ADDRESS = term(w('adresse', 'adress', 'address'));
const CONTACT = term(w('kontakt', 'kontakt', 'contact'));
const STATUS = term(w('status', 'status', 'status'));
const ROLE = term(w('rolle', 'roll', 'role'));
const DATE = term(w('dato', 'datum', 'date'));
const TIME = term(w('tidspunkt', 'tidpunkt', 'time'));
const VERSION = term(w('version', 'version', 'version'));
const CREATED = term(w('oprettet', 'skapad', 'created'));
const UPDATED = term(w('ændret', 'ändrad', 'updated'));
const REGISTRATION_NUMBER = term(w('registreringsnummer', 'registreringsnummer', 'registration number'));
const TRANSFER_MECHANISM = term(w('overførselsgrundlag', 'grund för överföring', 'transfer mechanism'));

const DATA_SUBJECT = kind(
  w('kategori af registrerede', 'kategori av registrerade', 'category of data subjects'),
  w('kategorier af registrerede', 'kategorier av registrerade', 'categories of data subjects'),
  w('registrerede', 'registrerade', 'data subjects'),
);
const DATA_CATEGORY = kind(
  w('kategori af personoplysninger', 'kategori av personuppgifter', 'category of personal data'),
  w('kategorier af personoplysninger', 'kategorier av personuppgifter', 'categories of personal data'),
  w('personoplysninger', 'personuppgifter', 'personal data'),
);
const SOURCE = kind(w('kilde', 'källa', 'source'), w('kilder', 'källor', 'sources'));
const RECIPIENT = kind(w('modtager', 'mottagare', 'recipient'), w('modtagere', 'mottagare', 'recipients'));
const VENDOR = kind(w('leverandør', 'leverantör', 'vendor'), w('leverandører', 'leverantörer', 'vendors'));
const SECURITY_MEASURE = kind(
  w('sikkerhedsforanstaltning', 'säkerhetsåtgärd', 'security measure'),
  w('sikkerhedsforanstaltninger', 'säkerhetsåtgärder', 'security measures'),
  w('foranstaltning', 'åtgärd', 'measure'),
);
const CUSTOMER = kind(w('kunde', 'kund', 'customer'), w('kunder', 'kunder', 'customers'));
const AUDIENCE = kind(
  w('målgruppe for politikken', 'målgrupp för policyn', 'policy audience'),
  w('målgrupper for politikken', 'målgrupper för policyn', 'policy audiences'),
);
const JOINT_CONTROLLER = kind(
  w('fælles dataansvarlig', 'gemensamt personuppgiftsansvarig', 'joint controller'),
  w('fælles dataansvarlige', 'gemensamt personuppgiftsansvariga', 'joint controllers'),
);

const CONFIRMATION = term(w('bekræftelse', 'bekräftelse', 'confirmation'));
const ORIGIN = term(w('oprindelse', 'ursprung', 'origin'));
const CONFIRMED_AT = term(w('bekræftet', 'bekräftad', 'confirmed'));

/** Every item (and the policy's own texts) records whether the user confirmed it: the same three words. */
const confirmationOf = <R extends string>(root: R) =>
  ({
    [`${root}.confirmation`]: CONFIRMATION,
    [`${root}.confirmation.origin`]: ORIGIN,
    [`${root}.confirmation.confirmedAt`]: CONFIRMED_AT,
  }) as Record<`${R}.confirmation` | `${R}.confirmation.origin` | `${R}.confirmation.confirmedAt`, Term>;

/** The items a list of ids refers to, named as the list: "vendors", one entry "vendor". */
const idsOf = (item: Term): Term => list(item.plural ?? item.noun, item.noun);

export const FIELD_TERMS: Readonly<Record<FieldPath, Term>> = {
  ...confirmationOf('activity'),
  ...confirmationOf('audience'),
  ...confirmationOf('customer'),
  ...confirmationOf('securityMeasure'),
  ...confirmationOf('vendor'),
  ...confirmationOf('recipient'),
  ...confirmationOf('source'),
  ...confirmationOf('dataCategory'),
  ...confirmationOf('dataSubject'),
  ...confirmationOf('policy'),
  project: kind(w('projekt', 'projekt', 'project'), w('projekter', 'projekt', 'projects')),
  'project.id': ID,
  'project.name': NAME,
  'project.createdAt': CREATED,
  'project.updatedAt': UPDATED,

  organisation: term(w('organisation', 'organisation', 'organisation')),
  'organisation.legalName': term(w('juridisk navn', 'juridiskt namn', 'legal name')),
  'organisation.registrationNumber': REGISTRATION_NUMBER,
  'organisation.street': term(w('vej og husnummer', 'gatuadress', 'street address')),
  'organisation.postcode': term(w('postnummer', 'postnummer', 'postcode')),
  'organisation.city': term(w('by', 'ort', 'city')),
  'organisation.country': COUNTRY,
  'organisation.phone': PHONE,
  'organisation.email': EMAIL,
  'organisation.website': WEBSITE,
  'organisation.privacyEmail': term(
    w(
      'e-mail til henvendelser om databeskyttelse',
      'e-post för frågor om dataskydd',
      'e-mail for data protection enquiries',
    ),
    { short: w('e-mail til databeskyttelse', 'e-post för dataskydd', 'privacy e-mail') },
  ),
  'organisation.jurisdiction': term(w('jurisdiktion', 'jurisdiktion', 'jurisdiction')),

  privacyContact: term(
    w(
      'databeskyttelsesrådgiver (DPO) eller kontaktperson',
      'dataskyddsombud eller kontaktperson',
      'DPO or privacy contact',
    ),
    { short: w('DPO eller kontaktperson', 'dataskyddsombud eller kontaktperson', 'DPO or privacy contact') },
  ),
  'privacyContact.kind': term(
    w('DPO eller kontaktperson', 'dataskyddsombud eller kontaktperson', 'DPO or contact'),
  ),
  'privacyContact.name': NAME,
  'privacyContact.email': EMAIL,
  'privacyContact.phone': PHONE,
  'privacyContact.isManagement': term(w('del af ledelsen', 'del av ledningen', 'part of the management')),

  representative: term(w('repræsentant i EU', 'företrädare inom EU', 'representative in the EU')),
  'representative.name': NAME,
  'representative.address': ADDRESS,
  'representative.email': EMAIL,
  'representative.phone': PHONE,

  jointController: JOINT_CONTROLLER,
  'jointController.id': ID,
  'jointController.name': NAME,
  'jointController.contact': CONTACT,
  'jointController.arrangement': term(w('ordning', 'arrangemang', 'arrangement')),

  documentLanguages: term(w('dokumentsprog', 'dokumentspråk', 'document languages')),
  'documentLanguages.languages': list(w('sprog', 'språk', 'languages'), w('sprog', 'språk', 'language')),
  'documentLanguages.primary': term(w('primært sprog', 'huvudspråk', 'primary language')),

  policy: term(w('privatlivspolitik', 'integritetspolicy', 'privacy policy')),
  'policy.title': term(w('titel', 'titel', 'title')),
  'policy.introduction': term(w('indledning', 'inledning', 'introduction')),
  'policy.includeCookieSection': term(
    w('medtag afsnit om cookies', 'ta med avsnitt om kakor', 'include a section on cookies'),
  ),
  'policy.cookieText': term(w('afsnit om cookies', 'avsnitt om kakor', 'cookie section')),
  'policy.extraSections': list(
    w('ekstra afsnit', 'extra avsnitt', 'extra sections'),
    w('afsnit', 'avsnitt', 'section'),
  ),
  'policy.extraSections.id': ID,
  'policy.extraSections.heading': term(w('overskrift', 'rubrik', 'heading')),
  'policy.extraSections.body': term(w('tekst', 'text', 'text')),
  'policy.childrenStatement': term(w('afsnit om børn', 'avsnitt om barn', 'section on children'), {
    short: w('børn', 'barn', 'children'),
  }),
  'policy.changesText': term(w('ændringer af politikken', 'ändringar av policyn', 'changes to the policy')),
  'policy.effectiveDate': term(w('gældende fra', 'gäller från', 'effective date')),
  'policy.version': VERSION,

  branding: term(w('visuel identitet', 'grafisk profil', 'branding')),
  'branding.logo': term(w('logo', 'logotyp', 'logo')),
  'branding.logo.mediaType': term(w('billedformat', 'bildformat', 'image format')),
  'branding.logo.dataBase64': term(w('billeddata', 'bilddata', 'image data')),
  'branding.accentColor': term(w('accentfarve', 'accentfärg', 'accent colour')),
  'branding.footerText': term(w('sidefodstekst', 'sidfotstext', 'footer text')),

  export: kind(w('eksport', 'export', 'export'), w('eksporter', 'exporter', 'exports')),
  'export.id': ID,
  'export.at': TIME,
  'export.kind': term(w('dokumenttype', 'dokumenttyp', 'document type')),
  'export.language': term(w('sprog', 'språk', 'language')),
  'export.audienceId': AUDIENCE,
  'export.versionLabel': term(w('versionsbetegnelse', 'versionsbeteckning', 'version label')),
  'export.editionDate': term(w('udgavens dato', 'utgåvans datum', 'edition date')),
  'export.draft': term(w('udkast', 'utkast', 'draft')),
  'export.contentHash': term(w('indholdsfingeraftryk', 'innehållsfingeravtryck', 'content fingerprint')),

  changeLog: term(w('ændringslog', 'ändringslogg', 'change log')),
  'changeLog.since': term(w('ført siden', 'förd sedan', 'kept since')),
  'changeLog.entries': list(w('ændringer', 'ändringar', 'changes'), w('ændring', 'ändring', 'change')),
  'changeLog.entries.id': ID,
  'changeLog.entries.at': TIME,
  'changeLog.entries.target': term(w('område', 'område', 'area')),
  'changeLog.entries.itemId': term(w('elementets id', 'postens id', 'item id')),
  'changeLog.entries.itemName': term(w('elementets navn', 'postens namn', 'item name')),
  'changeLog.entries.action': term(w('handling', 'åtgärd', 'action')),
  'changeLog.entries.path': term(w('felt', 'fält', 'field')),
  'changeLog.entries.before': term(w('før', 'före', 'before')),
  'changeLog.entries.after': term(w('efter', 'efter', 'after')),

  dataSubject: DATA_SUBJECT,
  'dataSubject.id': ID,
  'dataSubject.name': NAME,
  'dataSubject.description': DESCRIPTION,

  dataCategory: DATA_CATEGORY,
  'dataCategory.id': ID,
  'dataCategory.name': NAME,
  'dataCategory.description': DESCRIPTION,
  'dataCategory.kind': KIND,

  source: SOURCE,
  'source.id': ID,
  'source.name': NAME,
  'source.description': DESCRIPTION,
  'source.kind': KIND,

  recipient: RECIPIENT,
  'recipient.id': ID,
  'recipient.name': NAME,
  'recipient.description': DESCRIPTION,
  'recipient.kind': KIND,
  'recipient.country': COUNTRY,

  vendor: VENDOR,
  'vendor.id': ID,
  'vendor.name': NAME,
  'vendor.legalEntity': term(w('juridisk enhed', 'juridisk person', 'legal entity')),
  'vendor.registrationNumber': REGISTRATION_NUMBER,
  'vendor.function': term(w('funktion', 'funktion', 'function')),
  'vendor.hqCountry': term(w('hovedsædets land', 'huvudkontorets land', 'headquarters country')),
  'vendor.processingLocations': list(
    w('behandlingssteder', 'behandlingsplatser', 'processing locations'),
    w('behandlingssted', 'behandlingsplats', 'processing location'),
  ),
  'vendor.role': ROLE,
  'vendor.transferMechanism': TRANSFER_MECHANISM,
  'vendor.dpa': term(w('databehandleraftale', 'personuppgiftsbiträdesavtal', 'data processing agreement'), {
    short: w('databehandleraftale', 'biträdesavtal', 'data processing agreement'),
  }),
  'vendor.dpa.status': STATUS,
  'vendor.dpa.date': term(w('indgået den', 'ingått den', 'signed on')),
  'vendor.dpa.reference': term(w('reference eller link', 'referens eller länk', 'reference or link')),
  'vendor.website': WEBSITE,
  'vendor.privacyPolicyUrl': term(
    w('link til privatlivspolitik', 'länk till integritetspolicy', 'privacy policy link'),
  ),
  'vendor.lastVerified': term(w('senest kontrolleret', 'senast kontrollerad', 'last verified')),
  'vendor.notes': term(w('noter', 'anteckningar', 'notes')),
  'vendor.checkBeforeUse': term(w('tjek før brug', 'kontrollera före användning', 'check before use')),
  'vendor.libraryRef': term(
    w('kilde i leverandørbiblioteket', 'källa i leverantörsbiblioteket', 'vendor library entry'),
  ),
  'vendor.libraryRef.id': ID,
  'vendor.libraryRef.version': VERSION,

  securityMeasure: SECURITY_MEASURE,
  'securityMeasure.id': ID,
  'securityMeasure.name': NAME,
  'securityMeasure.kind': KIND,
  'securityMeasure.description': DESCRIPTION,

  customer: CUSTOMER,
  'customer.id': ID,
  'customer.name': NAME,
  'customer.registrationNumber': REGISTRATION_NUMBER,
  'customer.contact': CONTACT,
  'customer.dpaReference': term(
    w(
      'reference til databehandleraftale',
      'referens till personuppgiftsbiträdesavtal',
      'data processing agreement reference',
    ),
  ),

  audience: AUDIENCE,
  'audience.id': ID,
  'audience.name': NAME,

  activity: kind(
    w('behandlingsaktivitet', 'behandling', 'processing activity'),
    w('behandlingsaktiviteter', 'behandlingar', 'processing activities'),
    w('aktivitet', 'behandling', 'activity'),
  ),
  'activity.id': ID,
  'activity.name': NAME,
  'activity.description': DESCRIPTION,
  'activity.owner': term(w('ansvarlig', 'ansvarig', 'owner')),
  'activity.status': STATUS,
  'activity.role': ROLE,
  'activity.customerIds': idsOf(CUSTOMER),
  'activity.jointControllerIds': idsOf(JOINT_CONTROLLER),
  'activity.purposes': list(w('formål', 'ändamål', 'purposes'), w('formål', 'ändamål', 'purpose')),
  'activity.purposes.id': ID,
  'activity.purposes.description': DESCRIPTION,
  'activity.purposes.legalBases': list(
    w('behandlingsgrundlag', 'rättsliga grunder', 'legal bases'),
    w('behandlingsgrundlag', 'rättslig grund', 'legal basis'),
  ),
  'activity.purposes.legalBases.code': term(w('behandlingsgrundlag', 'rättslig grund', 'legal basis')),
  'activity.purposes.legalBases.legitimateInterest': term(
    w('legitim interesse', 'berättigat intresse', 'legitimate interest'),
  ),
  'activity.purposes.legalBases.note': term(w('bemærkning', 'anmärkning', 'note')),
  'activity.dataSubjectIds': idsOf(DATA_SUBJECT),
  'activity.dataCategoryIds': idsOf(DATA_CATEGORY),
  'activity.subjectData': list(
    w(
      'oplysninger pr. kategori af registrerede',
      'uppgifter per kategori av registrerade',
      'data per data subject category',
    ),
    w('sammenkobling', 'koppling', 'link'),
  ),
  'activity.subjectData.dataSubjectId': DATA_SUBJECT,
  'activity.subjectData.dataCategoryId': DATA_CATEGORY,
  'activity.sourceIds': idsOf(SOURCE),
  'activity.recipients': idsOf(RECIPIENT),
  'activity.recipients.recipientId': RECIPIENT,
  'activity.recipients.dataCategoryIds': term(
    w('videregivne oplysninger', 'uppgifter som lämnas ut', 'data disclosed'),
  ),
  'activity.vendorIds': idsOf(VENDOR),
  'activity.manualTransfers': list(
    w('overførsler til tredjelande', 'överföringar till tredjeland', 'third-country transfers'),
    w('overførsel', 'överföring', 'transfer'),
  ),
  'activity.manualTransfers.id': ID,
  'activity.manualTransfers.country': COUNTRY,
  'activity.manualTransfers.recipient': RECIPIENT,
  'activity.manualTransfers.mechanism': TRANSFER_MECHANISM,
  'activity.manualTransfers.safeguardsCopy': term(
    w('kopi af garantierne', 'kopia av skyddsåtgärderna', 'copy of the safeguards'),
  ),
  'activity.retention': term(w('opbevaringsperiode', 'lagringstid', 'retention period')),
  'activity.retention.text': DESCRIPTION,
  'activity.retention.period': term(w('periode', 'period', 'period')),
  'activity.retention.period.amount': term(w('antal', 'antal', 'number')),
  'activity.retention.period.unit': term(w('enhed', 'enhet', 'unit')),
  'activity.retention.startEvent': term(w('regnes fra', 'räknas från', 'counted from')),
  'activity.retention.basis': term(w('grundlag', 'grund', 'basis')),
  'activity.retention.ruleId': term(w('opbevaringsregel', 'lagringsregel', 'retention rule')),
  'activity.securityMeasureIds': idsOf(SECURITY_MEASURE),
  'activity.requirement': term(
    w('lov- eller kontraktkrav', 'lagkrav eller avtalskrav', 'statutory or contractual requirement'),
  ),
  'activity.requirement.kind': KIND,
  'activity.requirement.consequence': term(
    w(
      'konsekvens, hvis oplysningerne ikke gives',
      'följd om uppgifterna inte lämnas',
      'consequence of not providing the data',
    ),
  ),
  'activity.automatedDecisions': term(
    w('automatiske afgørelser', 'automatiserade beslut', 'automated decisions'),
  ),
  'activity.automatedDecisions.status': STATUS,
  'activity.automatedDecisions.logic': term(w('logik', 'logik', 'logic involved')),
  'activity.automatedDecisions.significance': term(
    w(
      'betydning og forventede konsekvenser',
      'betydelse och förutsedda följder',
      'significance and envisaged consequences',
    ),
  ),
  'activity.dpia': term(w('konsekvensanalyse', 'konsekvensbedömning', 'data protection impact assessment'), {
    short: w('DPIA', 'DPIA', 'DPIA'),
  }),
  'activity.dpia.status': STATUS,
  'activity.dpia.reason': term(w('begrundelse', 'motivering', 'reason')),
  'activity.dpia.date': DATE,
  'activity.audienceIds': idsOf(AUDIENCE),
  'activity.internalOnly': term(w('kun intern', 'endast intern', 'internal only')),
  'activity.lastReviewed': term(w('senest gennemgået', 'senast granskad', 'last reviewed')),
  'activity.nextReview': term(w('næste gennemgang', 'nästa granskning', 'next review')),
  'activity.createdAt': CREATED,
  'activity.updatedAt': UPDATED,
};

/** The registration number by the name it has where the organisation is established; "other" is the field's noun. */
export const REGISTRATION_NUMBER_NAMES: Readonly<Record<Jurisdiction, Wording>> = {
  DK: w('CVR-nummer', 'danskt CVR-nummer', 'CVR number'),
  SE: w('svensk organisationsnummer', 'organisationsnummer', 'corporate identity number'),
  NO: w('norsk organisationsnummer', 'norskt organisationsnummer', 'organisation number'),
  FI: w('finsk FO-nummer', 'finskt FO-nummer', 'Finnish business ID'),
  other: REGISTRATION_NUMBER.noun,
};

/** The words of one field in every language, in the given form (falling back to the noun). */
export function fieldWording(path: FieldPath, form: TermForm = 'noun'): Wording {
  const entry = FIELD_TERMS[path];
  return entry[form] ?? entry.noun;
}

/** A field's name inside a sentence: "the retention period is missing". */
export function fieldNoun(path: FieldPath, language: Language, form: TermForm = 'noun'): string {
  return fieldWording(path, form)[language];
}

/** A field's name as a label or column header: "Retention period". */
export function fieldLabel(path: FieldPath, language: Language, form: TermForm = 'noun'): string {
  return capitalise(fieldNoun(path, language, form));
}

/** A field's label in every language. */
export function fieldLabels(path: FieldPath, form: TermForm = 'noun'): Wording {
  const words = fieldWording(path, form);
  return w(capitalise(words.da), capitalise(words.sv), capitalise(words.en));
}
