import { capitalise } from '../../model/localizedText';
import { fieldLabel, REGISTRATION_NUMBER_NAMES } from '../../model/vocabulary';
import type { DocumentTexts } from './types';

const at = (contact: string): string => (contact ? `på ${contact}` : 'via kontaktuppgifterna ovan');

/** Swedish: the terms of dataskyddsförordningen and IMY's guidance. */
export const SV: DocumentTexts = {
  common: {
    language: 'sv',
    notStated: 'Ej angivet',
    none: 'Inga',
    yes: 'Ja',
    and: 'och',
    version: 'Version',
    date: 'Datum',
    pageOf: ['Sida ', ' av ', ''],
    articleRef: (article, paragraph, letter) =>
      `art. ${article}${paragraph ? `.${paragraph}` : ''}${letter ? ` ${letter}` : ''}`,
    period: (amount, unit) => {
      const words = { days: ['dag', 'dagar'], months: ['månad', 'månader'], years: ['år', 'år'] } as const;
      return `${amount} ${words[unit][amount === 1 ? 0 : 1]}`;
    },
    citeBasis: (name, citation) => `${name}, ${citation}`,
    registrationNumber: (jurisdiction) => capitalise(REGISTRATION_NUMBER_NAMES[jurisdiction].sv),
    locationNotStated: 'Ej angivet',
    onlyEuEea: 'Ej tillämpligt (endast EU/EES)',
    organisationFallback: 'Företaget',
  },
  contact: {
    name: fieldLabel('privacyContact.name', 'sv'),
    address: 'Adress',
    phone: fieldLabel('organisation.phone', 'sv'),
    email: fieldLabel('organisation.email', 'sv'),
    website: fieldLabel('organisation.website', 'sv'),
    privacyEmail: fieldLabel('organisation.privacyEmail', 'sv'),
  },
  register: {
    title: 'Register över behandling',
    coverBasis: 'Registerförteckning enligt artikel 30 i dataskyddsförordningen',
    toc: 'Innehåll',
    partController: '1 Personuppgiftsansvarig',
    partOverview: '2 Översikt över behandlingarna',
    partActivities: '3 Behandlingar som personuppgiftsansvarig',
    partProcessor: '4 Behandlingar som personuppgiftsbiträde',
    annexVendors: 'Bilaga A: Leverantörer',
    annexSecurity: 'Bilaga B: Tekniska och organisatoriska säkerhetsåtgärder',
    about: (organisation, authority) =>
      `Detta register beskriver de behandlingar av personuppgifter som ${organisation} är personuppgiftsansvarig för enligt artikel 30.1 i dataskyddsförordningen och, i avsnitt 4, de behandlingar som företaget utför som personuppgiftsbiträde för sina kunders räkning enligt artikel 30.2. Registret förs elektroniskt och görs på begäran tillgängligt för ${authority ?? 'tillsynsmyndigheten'} enligt artikel 30.3 och 30.4.`,
    controller: {
      dpo: { label: 'Dataskyddsombud', ref: [37] },
      contactPerson: { label: 'Kontaktperson för dataskydd' },
      noDpo: 'Inget dataskyddsombud har utsetts.',
      representative: { label: fieldLabel('representative', 'sv'), ref: [27] },
      jointControllers: { label: fieldLabel('jointController', 'sv', 'plural'), ref: [26] },
      supervisoryAuthority: { label: 'Tillsynsmyndighet' },
    },
    activity: {
      description: { label: fieldLabel('activity.description', 'sv') },
      role: { label: fieldLabel('activity.role', 'sv') },
      jointWith: { label: 'Gemensamt personuppgiftsansvarig med', ref: [26] },
      purposes: { label: 'Ändamål och rättslig grund', ref: [30, 1, 'b'] },
      dataSubjects: { label: fieldLabel('activity.dataSubjectIds', 'sv'), ref: [30, 1, 'c'] },
      dataCategories: { label: fieldLabel('activity.dataCategoryIds', 'sv'), ref: [30, 1, 'c'] },
      matrix: { label: 'Vilka uppgifter om vem', ref: [30, 1, 'c'] },
      sources: { label: 'Varifrån uppgifterna kommer', ref: [14, 2, 'f'] },
      recipients: { label: 'Kategorier av mottagare', ref: [30, 1, 'd'] },
      vendors: { label: 'Personuppgiftsbiträden och andra leverantörer', ref: [30, 1, 'd'] },
      transfers: { label: 'Överföring till tredjeland', ref: [30, 1, 'e'] },
      retention: { label: 'Tidsfrister för radering', ref: [30, 1, 'f'] },
      security: { label: 'Tekniska och organisatoriska säkerhetsåtgärder', ref: [30, 1, 'g'] },
      requirement: { label: fieldLabel('activity.requirement', 'sv'), ref: [13, 2, 'e'] },
      automated: { label: 'Automatiserat beslutsfattande, inbegripet profilering', ref: [22] },
      dpia: { label: fieldLabel('activity.dpia', 'sv'), ref: [35] },
      owner: { label: fieldLabel('activity.owner', 'sv') },
      status: { label: fieldLabel('activity.status', 'sv') },
      audiences: { label: 'Ingår i integritetspolicy' },
      review: { label: 'Översyn' },
      legitimateInterest: fieldLabel('activity.purposes.legalBases.legitimateInterest', 'sv'),
      note: fieldLabel('activity.purposes.legalBases.note', 'sv'),
      noBasis: 'Ingen rättslig grund angiven',
      noTransfers: 'Ingen överföring till tredjeland',
      safeguardsCopy: fieldLabel('activity.manualTransfers.safeguardsCopy', 'sv'),
      retentionPeriod: fieldLabel('activity.retention.period', 'sv'),
      retentionFrom: fieldLabel('activity.retention.startEvent', 'sv'),
      retentionBasis: fieldLabel('activity.retention.basis', 'sv'),
      consequence: fieldLabel('activity.requirement.consequence', 'sv'),
      automatedNotUsed: 'Används inte',
      automatedLogic: fieldLabel('activity.automatedDecisions.logic', 'sv'),
      automatedSignificance: fieldLabel('activity.automatedDecisions.significance', 'sv'),
      dpiaReason: fieldLabel('activity.dpia.reason', 'sv'),
      dpiaDate: fieldLabel('activity.dpia.date', 'sv'),
      internalOnly: 'Endast internt – ingår inte i någon integritetspolicy',
      lastReviewed: fieldLabel('activity.lastReviewed', 'sv'),
      nextReview: fieldLabel('activity.nextReview', 'sv'),
      lastChanged: 'Senast ändrad',
      matrixCorner: 'Personuppgifter',
      unnamed: 'Namnlös behandling',
    },
    overview: {
      intro:
        'Tabellen ger en samlad översikt över behandlingarna. De fullständiga uppgifterna finns i avsnitt 3 och 4.',
      processorBases: 'Bestäms av den personuppgiftsansvarige (kunden)',
      columns: {
        activity: fieldLabel('activity', 'sv'),
        role: fieldLabel('activity.role', 'sv'),
        purposes: fieldLabel('activity.purposes', 'sv'),
        bases: fieldLabel('activity.purposes.legalBases', 'sv'),
        subjects: fieldLabel('dataSubject', 'sv', 'short'),
        data: fieldLabel('dataCategory', 'sv', 'short'),
        recipients: 'Mottagare och leverantörer',
        transfers: 'Tredjeland',
        retention: fieldLabel('activity.retention', 'sv'),
        owner: 'Ansvarig och status',
      },
    },
    noActivities: 'Registret innehåller inga behandlingar där företaget är personuppgiftsansvarigt.',
    processor: {
      intro: (organisation) =>
        `${organisation} behandlar personuppgifter för räkning av de kunder (personuppgiftsansvariga) som anges nedan. Avsnittet utgör registret enligt artikel 30.2 i dataskyddsförordningen.`,
      identity:
        'Personuppgiftsbiträdets namn och kontaktuppgifter samt uppgifter om dataskyddsombud och företrädare finns i avsnitt 1.',
      none: 'Registret innehåller inga behandlingar där företaget är personuppgiftsbiträde åt andra.',
      customer: { label: 'Personuppgiftsansvarig (kund)', ref: [30, 2, 'a'] },
      dpaReference: { label: 'Personuppgiftsbiträdesavtal', ref: [28, 3] },
      categories: { label: 'Kategorier av behandling', ref: [30, 2, 'b'] },
      dataInvolved: { label: 'Registrerade och personuppgifter' },
      subProcessors: { label: 'Underbiträden', ref: [28, 2] },
      transfers: { label: 'Överföring till tredjeland', ref: [30, 2, 'c'] },
      security: { label: 'Tekniska och organisatoriska säkerhetsåtgärder', ref: [30, 2, 'd'] },
      customerNotStated: 'Kund ej angiven',
    },
    annex: {
      vendorsIntro:
        'Leverantörer som behandlar personuppgifter för företagets räkning (personuppgiftsbiträden och underbiträden) och företag som tar emot personuppgifter som självständigt personuppgiftsansvariga.',
      securityIntro:
        'De tekniska och organisatoriska säkerhetsåtgärder som har vidtagits enligt artikel 32 i dataskyddsförordningen.',
      noVendors: 'Inga leverantörer är registrerade.',
      noMeasures: 'Inga säkerhetsåtgärder är registrerade.',
      measure: fieldLabel('securityMeasure', 'sv', 'short'),
      kind: fieldLabel('securityMeasure.kind', 'sv'),
      description: 'Beskrivning',
      usedIn: 'Används vid',
    },
  },
  vendorTable: {
    vendor: fieldLabel('vendor', 'sv'),
    entity: fieldLabel('vendor.legalEntity', 'sv'),
    role: fieldLabel('vendor.role', 'sv'),
    function: fieldLabel('vendor.function', 'sv'),
    locations: fieldLabel('vendor.processingLocations', 'sv'),
    mechanism: fieldLabel('vendor.transferMechanism', 'sv'),
    dpa: fieldLabel('vendor.dpa', 'sv', 'short'),
    verified: fieldLabel('vendor.lastVerified', 'sv'),
    usedIn: 'Används vid',
    headquarters: fieldLabel('vendor.hqCountry', 'sv'),
    notInUse: 'Inte kopplad till någon behandling',
  },
  policy: {
    defaultTitle: 'Integritetspolicy',
    audience: (name) => `Gäller för: ${name}`,
    effective: (date, version) => (date ? `Gäller från ${date} · Version ${version}` : `Version ${version}`),
    controllerHeading: 'Personuppgiftsansvarig',
    controllerText: (organisation) =>
      `${organisation} är personuppgiftsansvarig för den behandling av dina personuppgifter som beskrivs i denna integritetspolicy. Du når oss här:`,
    jointControllerText: (names) =>
      `För vissa behandlingar är vi gemensamt personuppgiftsansvariga med ${names}. Det framgår av beskrivningen av respektive behandling nedan.`,
    jointArrangement:
      'Det huvudsakliga innehållet i arrangemanget mellan de gemensamt personuppgiftsansvariga',
    representativeText: (name) => `Vår företrädare inom EU är ${name}:`,
    dpoHeading: 'Dataskyddsombud',
    dpoText:
      'Vi har utsett ett dataskyddsombud som du kan kontakta om du har frågor om vår behandling av dina personuppgifter:',
    contactHeading: 'Kontakt i dataskyddsfrågor',
    contactText: 'Har du frågor om vår behandling av dina personuppgifter är du välkommen att kontakta:',
    noDpo: 'Vi har inte utsett något dataskyddsombud.',
    processingHeading: 'Vilka personuppgifter vi behandlar och varför',
    processingIntro:
      'Nedan kan du för varje behandling se för vilka ändamål och med stöd av vilken rättslig grund vi behandlar dina personuppgifter, vilka uppgifter det gäller, varifrån uppgifterna kommer, vilka vi lämnar ut dem till och hur länge vi sparar dem.',
    purposesLabel: 'Ändamål och rättslig grund',
    legitimateInterestSentence: (interest) => `Vårt berättigade intresse är: ${interest}`,
    dataLabel: 'Vilka personuppgifter',
    subjectsLabel: 'Vem uppgifterna gäller',
    sourcesLabel: 'Varifrån uppgifterna kommer',
    sourceYou: 'Dig själv',
    requirement: {
      statutory: 'Vi är skyldiga enligt lag att samla in uppgifterna.',
      contractual: 'Det är ett krav enligt vårt avtal med dig att du lämnar uppgifterna.',
      contractPrerequisite: 'Vi behöver uppgifterna för att kunna ingå ett avtal med dig.',
      voluntary: 'Du är varken enligt lag eller avtal skyldig att lämna uppgifterna till oss.',
    },
    consequenceSentence: (consequence) => `Om du inte lämnar uppgifterna: ${consequence}`,
    retentionLabel: 'Hur länge vi sparar uppgifterna',
    retentionFrom: (event) => `Tiden räknas från: ${event}.`,
    retentionBasis: (basis) => `Grund: ${basis}.`,
    recipientsLabel: 'Vilka vi lämnar ut uppgifterna till',
    recipientsVendors: (names) => `Våra leverantörer behandlar uppgifterna för vår räkning: ${names}.`,
    automatedLabel: 'Automatiserat beslutsfattande',
    automatedText:
      'Vi fattar beslut som enbart grundas på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.',
    automatedLogic: 'Logiken bakom',
    automatedSignificance: 'Betydelse och förutsedda följder för dig',
    automatedNotUsed:
      'Vi fattar inte beslut om dig som enbart grundas på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (artikel 22).',
    automatedNotUsedOther:
      'Utöver de beslut som beskrivs ovan fattar vi inga beslut om dig som enbart grundas på automatiserad behandling, inbegripet profilering.',
    noActivities: 'Inga behandlingar är registrerade för denna integritetspolicy.',
    vendorsHeading: 'Leverantörer och andra mottagare',
    vendorsIntro:
      'Vi anlitar följande leverantörer som behandlar personuppgifter för vår räkning (personuppgiftsbiträden). De får bara behandla uppgifterna enligt våra instruktioner.',
    vendorsDpa: 'Vi har ingått ett personuppgiftsbiträdesavtal med var och en av dem.',
    independentIntro:
      'Vi lämnar dessutom ut uppgifter till följande företag, som själva är personuppgiftsansvariga för sin behandling av uppgifterna:',
    vendorColumns: { vendor: 'Leverantör', function: 'Uppgift', country: 'Behandlingsplats' },
    transfersHeading: 'Överföring till länder utanför EU/EES',
    transfersIntro:
      'Vissa av dina personuppgifter överförs till mottagare i länder utanför EU/EES (tredjeland). Överföringen sker med stöd av följande:',
    transferLine: (party, country) => `${party} – ${country}`,
    mechanismText: {
      adequacy:
        'EU-kommissionens beslut om att landet har en adekvat skyddsnivå, enligt artikel 45 i dataskyddsförordningen',
      dpf: 'EU-kommissionens beslut om adekvat skyddsnivå för EU-U.S. Data Privacy Framework, där mottagaren är certifierad, enligt artikel 45 i dataskyddsförordningen',
      scc: 'EU-kommissionens standardavtalsklausuler (SCC), enligt artikel 46.2 c i dataskyddsförordningen',
      bcr: 'Bindande företagsbestämmelser (BCR) som har godkänts av en tillsynsmyndighet, enligt artikel 47 i dataskyddsförordningen',
      art49: 'Ett undantag i särskilda situationer enligt artikel 49 i dataskyddsförordningen',
      unknown: 'Grunden för överföringen håller på att utredas',
    },
    safeguardsCopy: (contact) =>
      `Du kan få en kopia av de aktuella skyddsåtgärderna genom att kontakta oss ${at(contact)}.`,
    securityHeading: 'Så skyddar vi dina uppgifter',
    securityIntro:
      'Vi har vidtagit tekniska och organisatoriska säkerhetsåtgärder för att skydda dina personuppgifter mot förstöring, förlust, ändring och obehörig åtkomst, bland annat:',
    rightsHeading: 'Dina rättigheter',
    rightsIntro:
      'Enligt dataskyddsförordningen har du ett antal rättigheter när det gäller vår behandling av uppgifter om dig. Rättigheterna gäller med de begränsningar som följer av reglerna.',
    rights: {
      access: [
        'Rätt till tillgång',
        'Du har rätt att få veta vilka personuppgifter vi behandlar om dig och att få en kopia av dem (registerutdrag, art. 15).',
      ],
      rectification: [
        'Rätt till rättelse',
        'Du har rätt att få felaktiga uppgifter om dig rättade och ofullständiga uppgifter kompletterade (art. 16).',
      ],
      erasure: [
        'Rätt till radering',
        'I vissa fall har du rätt att få uppgifter om dig raderade innan den tidpunkt då vi annars skulle radera dem (art. 17).',
      ],
      restriction: [
        'Rätt till begränsning av behandling',
        'I vissa fall har du rätt att få behandlingen av dina personuppgifter begränsad, så att vi bara får lagra dem (art. 18).',
      ],
      portability: [
        'Rätt till dataportabilitet',
        'När behandlingen grundas på ditt samtycke eller ett avtal med dig och sker automatiserat har du rätt att få ut de uppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att få dem överförda till en annan personuppgiftsansvarig (art. 20).',
      ],
      objection: [
        'Rätt att göra invändningar',
        'När vi behandlar dina uppgifter med stöd av en intresseavvägning (berättigat intresse) eller en uppgift av allmänt intresse har du när som helst rätt att invända mot behandlingen av skäl som hänför sig till din specifika situation (art. 21). Vi får då inte längre behandla uppgifterna, om vi inte kan visa tvingande berättigade skäl som väger tyngre än dina intressen eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.',
      ],
      withdrawConsent: [
        'Rätt att återkalla ditt samtycke',
        'När vi behandlar dina uppgifter med stöd av ditt samtycke kan du när som helst återkalla samtycket genom att kontakta oss. Återkallelsen påverkar inte lagligheten av den behandling som skett med stöd av samtycket innan det återkallades (art. 7.3).',
      ],
      automated: [
        'Rättigheter vid automatiserade beslut',
        'Du har rätt till mänskligt ingripande från vår sida, att framföra din synpunkt och att bestrida ett beslut som enbart grundas på automatiserad behandling (art. 22).',
      ],
    },
    exerciseRights: (contact) =>
      `Om du vill utöva dina rättigheter kontaktar du oss ${at(contact)}. Vi svarar utan onödigt dröjsmål och senast en månad efter att vi har tagit emot din begäran. Tiden kan förlängas med ytterligare två månader om det är nödvändigt med hänsyn till hur komplicerad begäran är eller hur många begäranden vi har fått; i så fall meddelar vi dig förlängningen och skälen till den inom den första månaden (artikel 12.3).`,
    marketingObjectionHeading: 'Rätt att invända mot direktmarknadsföring',
    marketingObjection: (contact) =>
      `Du har alltid rätt att invända mot att vi behandlar dina personuppgifter för direktmarknadsföring, inbegripet profilering som har samband med sådan direktmarknadsföring. Om du invänder slutar vi att behandla uppgifterna för det ändamålet (artikel 21.2 och 21.3). Du invänder genom att kontakta oss ${at(contact)}.`,
    complaintHeading: 'Klagomål till tillsynsmyndigheten',
    complaintText: (authority) =>
      `Du har rätt att lämna in ett klagomål till ${authority} om du är missnöjd med hur vi behandlar dina personuppgifter (artikel 77 i dataskyddsförordningen). Kontaktuppgifterna är:`,
    complaintOther:
      'Du har rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i det EU/EES-land där du bor, där du arbetar eller där den påstådda överträdelsen har skett (art. 77).',
    complaintElsewhere:
      'Du kan också lämna klagomål till tillsynsmyndigheten i det EU/EES-land där du bor eller arbetar eller där den påstådda överträdelsen ägde rum (artikel 77).',
    cookiesHeading: 'Kakor (cookies)',
    childrenHeading: 'Barn',
    changesHeading: 'Ändringar i denna integritetspolicy',
    changesSince: (version, date) =>
      `Ändringar sedan föregående version (${version ? `version ${version} av den ` : 'den '}${date}):`,
    processorHeading: 'När vi behandlar uppgifter för våra kunders räkning',
    processorText: (activities) =>
      `I följande behandlingar är vi personuppgiftsbiträde åt våra kunder: ${activities}. Då är det kunden som är personuppgiftsansvarig, och vi behandlar bara uppgifterna enligt kundens instruktioner. Har du frågor om den behandlingen ska du kontakta kunden.`,
    processorDpa: 'Behandlingen regleras av ett personuppgiftsbiträdesavtal med respektive kund.',
    closing: (date, version) =>
      date
        ? `Denna integritetspolicy gäller från ${date} (version ${version}).`
        : `Detta är version ${version} av integritetspolicyn.`,
  },
  vendors: {
    title: 'Leverantörsförteckning',
    subtitle: 'Personuppgiftsbiträden, underbiträden och självständigt personuppgiftsansvariga',
    intro: (organisation, date) =>
      `Förteckningen visar de leverantörer som behandlar personuppgifter på uppdrag av ${organisation} och de företag som tar emot personuppgifter från oss som självständigt personuppgiftsansvariga. Den bygger på vårt register över behandling per den ${date}.`,
    processorsHeading: 'Personuppgiftsbiträden och underbiträden',
    processorsNone: 'Inga personuppgiftsbiträden eller underbiträden är registrerade.',
    controllersHeading: 'Mottagare som är självständigt personuppgiftsansvariga',
    controllersIntro:
      'Följande företag tar emot personuppgifter från oss men behandlar dem som självständigt personuppgiftsansvariga och är därför inte personuppgiftsbiträden.',
    transfersHeading: 'Överföring till tredjeland',
    transfersNone: 'Ingen av leverantörerna behandlar personuppgifter utanför EU/EES.',
    transferLine: (vendor, countries, mechanism) => `${vendor}: ${countries} – ${mechanism}`,
    contact: (email) => `Frågor om förteckningen kan ställas till ${email}.`,
    changesHeading: 'Ändringar sedan föregående förteckning',
    changesFirst:
      'Detta är den första leverantörsförteckningen som tagits fram ur registret över behandling.',
    changesUnknown: (previous, since) =>
      `Den föregående förteckningen är från den ${previous}. Registrets ändringslogg förs sedan den ${since}, så ändringarna däremellan kan inte redovisas.`,
    changesNone: (previous) =>
      `Inga leverantörer har lagts till, tagits bort eller ändrats sedan föregående förteckning från den ${previous}.`,
    changesIntro: (previous) => `Sedan föregående förteckning från den ${previous}:`,
    added: 'Tillagd',
    removed: 'Borttagen',
    changed: 'Ändrad',
  },
  fileName: {
    register: 'Register över behandling',
    policy: 'Integritetspolicy',
    vendors: 'Leverantörsförteckning',
  },
};
