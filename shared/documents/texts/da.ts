import { capitalise } from '../../model/localizedText';
import { fieldLabel, REGISTRATION_NUMBER_NAMES } from '../../model/vocabulary';
import type { DocumentTexts } from './types';

const at = (contact: string): string => (contact ? `på ${contact}` : 'via kontaktoplysningerne ovenfor');

/** Danish: the terms of databeskyttelsesforordningen and Datatilsynet's guidance. */
export const DA: DocumentTexts = {
  common: {
    language: 'da',
    notStated: 'Ikke angivet',
    none: 'Ingen',
    yes: 'Ja',
    and: 'og',
    version: 'Version',
    date: 'Dato',
    pageOf: ['Side ', ' af ', ''],
    articleRef: (article, paragraph, letter) =>
      `art. ${article}${paragraph ? `, stk. ${paragraph}` : ''}${letter ? `, litra ${letter}` : ''}`,
    period: (amount, unit) => {
      const words = { days: ['dag', 'dage'], months: ['måned', 'måneder'], years: ['år', 'år'] } as const;
      return `${amount} ${words[unit][amount === 1 ? 0 : 1]}`;
    },
    citeBasis: (name, citation) => `${name}, jf. ${citation}`,
    registrationNumber: (jurisdiction) => capitalise(REGISTRATION_NUMBER_NAMES[jurisdiction].da),
    locationNotStated: 'Ikke oplyst',
    onlyEuEea: 'Ikke relevant (kun EU/EØS)',
    organisationFallback: 'Virksomheden',
  },
  contact: {
    name: fieldLabel('privacyContact.name', 'da'),
    address: 'Adresse',
    phone: fieldLabel('organisation.phone', 'da'),
    email: fieldLabel('organisation.email', 'da'),
    website: fieldLabel('organisation.website', 'da'),
    privacyEmail: fieldLabel('organisation.privacyEmail', 'da'),
  },
  register: {
    title: 'Fortegnelse over behandlingsaktiviteter',
    coverBasis: 'Fortegnelse efter databeskyttelsesforordningens artikel 30',
    toc: 'Indholdsfortegnelse',
    partController: '1 Den dataansvarlige',
    partOverview: '2 Oversigt over behandlingsaktiviteter',
    partActivities: '3 Behandlingsaktiviteter som dataansvarlig',
    partProcessor: '4 Behandlinger som databehandler',
    annexVendors: 'Bilag A: Leverandører',
    annexSecurity: 'Bilag B: Tekniske og organisatoriske sikkerhedsforanstaltninger',
    about: (organisation, authority) =>
      `Denne fortegnelse beskriver de behandlingsaktiviteter, som ${organisation} er dataansvarlig for, jf. databeskyttelsesforordningens artikel 30, stk. 1, og i afsnit 4 de behandlinger, som virksomheden udfører som databehandler på vegne af sine kunder, jf. artikel 30, stk. 2. Fortegnelsen føres elektronisk og stilles på anmodning til rådighed for ${authority ?? 'tilsynsmyndigheden'}, jf. artikel 30, stk. 3 og 4.`,
    controller: {
      dpo: { label: 'Databeskyttelsesrådgiver (DPO)', ref: [37] },
      contactPerson: { label: 'Kontaktperson for databeskyttelse' },
      noDpo: 'Der er ikke udpeget en databeskyttelsesrådgiver.',
      representative: { label: fieldLabel('representative', 'da'), ref: [27] },
      jointControllers: { label: fieldLabel('jointController', 'da', 'plural'), ref: [26] },
      supervisoryAuthority: { label: 'Tilsynsmyndighed' },
    },
    activity: {
      description: { label: fieldLabel('activity.description', 'da') },
      role: { label: fieldLabel('activity.role', 'da') },
      jointWith: { label: 'Fælles dataansvarlig med', ref: [26] },
      purposes: { label: 'Formål og behandlingsgrundlag', ref: [30, 1, 'b'] },
      dataSubjects: { label: fieldLabel('activity.dataSubjectIds', 'da'), ref: [30, 1, 'c'] },
      dataCategories: { label: fieldLabel('activity.dataCategoryIds', 'da'), ref: [30, 1, 'c'] },
      matrix: { label: 'Hvilke oplysninger om hvem', ref: [30, 1, 'c'] },
      sources: { label: 'Hvor oplysningerne kommer fra', ref: [14, 2, 'f'] },
      recipients: { label: 'Kategorier af modtagere', ref: [30, 1, 'd'] },
      vendors: { label: 'Databehandlere og andre leverandører', ref: [30, 1, 'd'] },
      transfers: { label: 'Overførsel til tredjelande', ref: [30, 1, 'e'] },
      retention: { label: 'Tidsfrister for sletning', ref: [30, 1, 'f'] },
      security: { label: 'Tekniske og organisatoriske sikkerhedsforanstaltninger', ref: [30, 1, 'g'] },
      requirement: { label: fieldLabel('activity.requirement', 'da'), ref: [13, 2, 'e'] },
      automated: { label: 'Automatiske afgørelser, herunder profilering', ref: [22] },
      dpia: { label: fieldLabel('activity.dpia', 'da'), ref: [35] },
      owner: { label: fieldLabel('activity.owner', 'da') },
      status: { label: fieldLabel('activity.status', 'da') },
      audiences: { label: 'Indgår i privatlivspolitik' },
      review: { label: 'Gennemgang' },
      legitimateInterest: fieldLabel('activity.purposes.legalBases.legitimateInterest', 'da'),
      note: fieldLabel('activity.purposes.legalBases.note', 'da'),
      noBasis: 'Intet behandlingsgrundlag angivet',
      noTransfers: 'Ingen overførsel til tredjelande',
      safeguardsCopy: fieldLabel('activity.manualTransfers.safeguardsCopy', 'da'),
      retentionPeriod: fieldLabel('activity.retention.period', 'da'),
      retentionFrom: fieldLabel('activity.retention.startEvent', 'da'),
      retentionBasis: fieldLabel('activity.retention.basis', 'da'),
      consequence: fieldLabel('activity.requirement.consequence', 'da'),
      automatedNotUsed: 'Anvendes ikke',
      automatedLogic: fieldLabel('activity.automatedDecisions.logic', 'da'),
      automatedSignificance: fieldLabel('activity.automatedDecisions.significance', 'da'),
      dpiaReason: fieldLabel('activity.dpia.reason', 'da'),
      dpiaDate: fieldLabel('activity.dpia.date', 'da'),
      internalOnly: 'Kun intern – indgår ikke i en privatlivspolitik',
      lastReviewed: fieldLabel('activity.lastReviewed', 'da'),
      nextReview: fieldLabel('activity.nextReview', 'da'),
      lastChanged: 'Senest ændret',
      matrixCorner: 'Personoplysninger',
      unnamed: 'Unavngivet behandlingsaktivitet',
    },
    overview: {
      intro:
        'Tabellen giver et samlet overblik over behandlingsaktiviteterne. De fuldstændige oplysninger står i afsnit 3 og 4.',
      processorBases: 'Fastlægges af den dataansvarlige (kunden)',
      columns: {
        activity: fieldLabel('activity', 'da'),
        role: fieldLabel('activity.role', 'da'),
        purposes: fieldLabel('activity.purposes', 'da'),
        bases: fieldLabel('activity.purposes.legalBases', 'da'),
        subjects: fieldLabel('dataSubject', 'da', 'short'),
        data: fieldLabel('dataCategory', 'da', 'short'),
        recipients: 'Modtagere og leverandører',
        transfers: 'Tredjelande',
        retention: fieldLabel('activity.retention', 'da'),
        owner: 'Ansvarlig og status',
      },
    },
    noActivities: 'Fortegnelsen indeholder ingen behandlingsaktiviteter, hvor virksomheden er dataansvarlig.',
    processor: {
      intro: (organisation) =>
        `${organisation} behandler personoplysninger på vegne af de kunder (dataansvarlige), der er nævnt nedenfor. Afsnittet udgør fortegnelsen efter databeskyttelsesforordningens artikel 30, stk. 2.`,
      identity:
        'Databehandlerens navn og kontaktoplysninger samt oplysninger om databeskyttelsesrådgiver og repræsentant fremgår af afsnit 1.',
      none: 'Fortegnelsen indeholder ingen behandlinger, hvor virksomheden er databehandler for andre.',
      customer: { label: 'Dataansvarlig (kunde)', ref: [30, 2, 'a'] },
      dpaReference: { label: 'Databehandleraftale', ref: [28, 3] },
      categories: { label: 'Kategorier af behandling', ref: [30, 2, 'b'] },
      dataInvolved: { label: 'Registrerede og personoplysninger' },
      subProcessors: { label: 'Underdatabehandlere', ref: [28, 2] },
      transfers: { label: 'Overførsel til tredjelande', ref: [30, 2, 'c'] },
      security: { label: 'Tekniske og organisatoriske sikkerhedsforanstaltninger', ref: [30, 2, 'd'] },
      customerNotStated: 'Kunde ikke angivet',
    },
    annex: {
      vendorsIntro:
        'Leverandører, der behandler personoplysninger på virksomhedens vegne (databehandlere og underdatabehandlere), og virksomheder, der modtager personoplysninger som selvstændige dataansvarlige.',
      securityIntro:
        'De tekniske og organisatoriske sikkerhedsforanstaltninger, der er truffet efter databeskyttelsesforordningens artikel 32.',
      noVendors: 'Der er ikke registreret leverandører.',
      noMeasures: 'Der er ikke registreret sikkerhedsforanstaltninger.',
      measure: fieldLabel('securityMeasure', 'da', 'short'),
      kind: fieldLabel('securityMeasure.kind', 'da'),
      description: 'Beskrivelse',
      usedIn: 'Anvendes ved',
    },
  },
  vendorTable: {
    vendor: fieldLabel('vendor', 'da'),
    entity: fieldLabel('vendor.legalEntity', 'da'),
    role: fieldLabel('vendor.role', 'da'),
    function: fieldLabel('vendor.function', 'da'),
    locations: fieldLabel('vendor.processingLocations', 'da'),
    mechanism: fieldLabel('vendor.transferMechanism', 'da'),
    dpa: fieldLabel('vendor.dpa', 'da', 'short'),
    verified: fieldLabel('vendor.lastVerified', 'da'),
    usedIn: 'Anvendes ved',
    headquarters: fieldLabel('vendor.hqCountry', 'da'),
    notInUse: 'Ikke knyttet til en behandlingsaktivitet',
  },
  policy: {
    defaultTitle: 'Privatlivspolitik',
    audience: (name) => `Gælder for: ${name}`,
    effective: (date, version) => (date ? `Gældende fra ${date} · Version ${version}` : `Version ${version}`),
    controllerHeading: 'Den dataansvarlige',
    controllerText: (organisation) =>
      `${organisation} er dataansvarlig for behandlingen af de personoplysninger om dig, som er beskrevet i denne privatlivspolitik. Du kan kontakte os her:`,
    jointControllerText: (names) =>
      `For nogle af behandlingerne er vi fælles dataansvarlige med ${names}. Det fremgår af beskrivelsen af den enkelte behandling nedenfor.`,
    jointArrangement: 'Det væsentligste indhold af ordningen mellem de fælles dataansvarlige',
    representativeText: (name) => `Vores repræsentant i EU er ${name}:`,
    dpoHeading: 'Databeskyttelsesrådgiver',
    dpoText:
      'Vi har udpeget en databeskyttelsesrådgiver, som du kan kontakte, hvis du har spørgsmål til vores behandling af dine personoplysninger:',
    contactHeading: 'Kontakt om databeskyttelse',
    contactText:
      'Har du spørgsmål til vores behandling af dine personoplysninger, er du velkommen til at kontakte:',
    noDpo: 'Vi har ikke udpeget en databeskyttelsesrådgiver (DPO).',
    processingHeading: 'Hvilke personoplysninger vi behandler, og hvorfor',
    processingIntro:
      'Nedenfor kan du for hver behandling se, til hvilke formål og på hvilket behandlingsgrundlag vi behandler dine personoplysninger, hvilke oplysninger det drejer sig om, hvor oplysningerne kommer fra, hvem vi videregiver dem til, og hvor længe vi opbevarer dem.',
    purposesLabel: 'Formål og behandlingsgrundlag',
    legitimateInterestSentence: (interest) => `Vores legitime interesse er: ${interest}`,
    dataLabel: 'Hvilke personoplysninger',
    subjectsLabel: 'Hvem oplysningerne handler om',
    sourcesLabel: 'Hvor oplysningerne kommer fra',
    sourceYou: 'Dig selv',
    requirement: {
      statutory: 'Vi er efter lovgivningen forpligtet til at indsamle oplysningerne.',
      contractual: 'Det er et krav efter vores aftale med dig, at du giver os oplysningerne.',
      contractPrerequisite: 'Vi skal have oplysningerne for at kunne indgå en aftale med dig.',
      voluntary:
        'Du har hverken efter lovgivningen eller efter en aftale pligt til at give os oplysningerne.',
    },
    consequenceSentence: (consequence) => `Hvis du ikke giver os oplysningerne: ${consequence}`,
    retentionLabel: 'Hvor længe vi opbevarer oplysningerne',
    retentionFrom: (event) => `Perioden regnes fra: ${event}.`,
    retentionBasis: (basis) => `Grundlag: ${basis}.`,
    recipientsLabel: 'Hvem vi videregiver oplysningerne til',
    recipientsVendors: (names) => `Vores leverandører behandler oplysningerne for os: ${names}.`,
    automatedLabel: 'Automatiske afgørelser',
    automatedText:
      'Vi træffer afgørelser, der alene er baseret på automatisk behandling, herunder profilering, som har retsvirkning for dig eller på tilsvarende måde betydeligt påvirker dig.',
    automatedLogic: 'Den involverede logik',
    automatedSignificance: 'Betydning og forventede konsekvenser for dig',
    automatedNotUsed:
      'Vi træffer ikke afgørelser om dig, der alene er baseret på automatisk behandling, herunder profilering, og som har retsvirkning for dig eller på tilsvarende måde betydeligt påvirker dig (art. 22).',
    automatedNotUsedOther:
      'Ud over de afgørelser, der er beskrevet ovenfor, træffer vi ikke afgørelser om dig, der alene er baseret på automatisk behandling, herunder profilering.',
    noActivities: 'Der er ikke registreret behandlinger for denne privatlivspolitik.',
    vendorsHeading: 'Leverandører og andre modtagere',
    vendorsIntro:
      'Vi bruger følgende leverandører, der behandler personoplysninger på vores vegne (databehandlere). De må kun behandle oplysningerne efter vores instruks.',
    vendorsDpa: 'Vi har indgået en databehandleraftale med hver af dem.',
    independentIntro:
      'Vi videregiver desuden oplysninger til følgende virksomheder, som selv er dataansvarlige for deres behandling af oplysningerne:',
    vendorColumns: { vendor: 'Leverandør', function: 'Opgave', country: 'Behandlingssted' },
    transfersHeading: 'Overførsel til lande uden for EU/EØS',
    transfersIntro:
      'Nogle af dine personoplysninger overføres til modtagere i lande uden for EU/EØS (tredjelande). Overførslen sker på følgende grundlag:',
    transferLine: (party, country) => `${party} – ${country}`,
    mechanismText: {
      adequacy:
        'EU-Kommissionens afgørelse om, at landet har et tilstrækkeligt beskyttelsesniveau (tilstrækkelighedsafgørelse), jf. databeskyttelsesforordningens artikel 45',
      dpf: 'EU-Kommissionens tilstrækkelighedsafgørelse om EU-U.S. Data Privacy Framework, som modtageren er certificeret under, jf. databeskyttelsesforordningens artikel 45',
      scc: 'EU-Kommissionens standardkontraktbestemmelser (SCC), jf. databeskyttelsesforordningens artikel 46, stk. 2, litra c',
      bcr: 'Bindende virksomhedsregler (BCR), som er godkendt af en tilsynsmyndighed, jf. databeskyttelsesforordningens artikel 47',
      art49: 'En undtagelse i særlige situationer efter databeskyttelsesforordningens artikel 49',
      unknown: 'Grundlaget for overførslen er ved at blive afklaret',
    },
    safeguardsCopy: (contact) =>
      `Du kan få en kopi af de relevante garantier ved at kontakte os ${at(contact)}.`,
    securityHeading: 'Sådan beskytter vi dine oplysninger',
    securityIntro:
      'Vi har truffet tekniske og organisatoriske sikkerhedsforanstaltninger for at beskytte dine personoplysninger mod hændelig eller ulovlig tilintetgørelse, tab, ændring og uautoriseret adgang, herunder:',
    rightsHeading: 'Dine rettigheder',
    rightsIntro:
      'Du har efter databeskyttelsesforordningen en række rettigheder i forhold til vores behandling af oplysninger om dig. Rettighederne gælder med de begrænsninger, der følger af reglerne.',
    rights: {
      access: [
        'Ret til indsigt',
        'Du har ret til at få oplyst, hvilke personoplysninger vi behandler om dig, og til at få en kopi af dem (art. 15).',
      ],
      rectification: [
        'Ret til berigtigelse',
        'Du har ret til at få urigtige oplysninger om dig selv rettet og ufuldstændige oplysninger fuldstændiggjort (art. 16).',
      ],
      erasure: [
        'Ret til sletning',
        'I visse tilfælde har du ret til at få slettet oplysninger om dig, før det tidspunkt, hvor vi ellers ville slette dem (art. 17).',
      ],
      restriction: [
        'Ret til begrænsning af behandling',
        'I visse tilfælde har du ret til at få behandlingen af dine personoplysninger begrænset, så vi kun må opbevare dem (art. 18).',
      ],
      portability: [
        'Ret til dataportabilitet',
        'Når behandlingen sker på grundlag af dit samtykke eller en aftale med dig og foretages automatisk, har du ret til at modtage de oplysninger, du selv har givet os, i et struktureret, almindeligt anvendt og maskinlæsbart format og til at få dem overført til en anden dataansvarlig (art. 20).',
      ],
      objection: [
        'Ret til indsigelse',
        'Når vi behandler dine oplysninger på grundlag af vores legitime interesser eller en opgave i samfundets interesse, har du til enhver tid ret til at gøre indsigelse mod behandlingen af grunde, der vedrører din særlige situation (art. 21). Vi må så ikke længere behandle oplysningerne, medmindre vi påviser vægtige legitime grunde, der går forud for dine interesser, eller behandlingen er nødvendig for at fastlægge, gøre gældende eller forsvare et retskrav.',
      ],
      withdrawConsent: [
        'Ret til at trække dit samtykke tilbage',
        'Når vi behandler dine oplysninger på grundlag af dit samtykke, kan du til enhver tid trække samtykket tilbage ved at kontakte os. Tilbagetrækningen påvirker ikke lovligheden af den behandling, der er sket på grundlag af samtykket, før det blev trukket tilbage (art. 7, stk. 3).',
      ],
      automated: [
        'Rettigheder ved automatiske afgørelser',
        'Du har ret til menneskelig indgriben fra vores side, til at fremkomme med dine synspunkter og til at bestride en afgørelse, der alene er baseret på automatisk behandling (art. 22).',
      ],
    },
    exerciseRights: (contact) =>
      `Hvis du vil gøre brug af dine rettigheder, skal du kontakte os ${at(contact)}. Vi svarer uden unødig forsinkelse og senest en måned efter, at vi har modtaget din henvendelse. Fristen kan forlænges med yderligere to måneder, hvis det er nødvendigt på grund af henvendelsens kompleksitet eller antallet af henvendelser; i så fald får du besked om forlængelsen og årsagen til den inden for den første måned (art. 12, stk. 3).`,
    marketingObjectionHeading: 'Ret til indsigelse mod direkte markedsføring',
    marketingObjection: (contact) =>
      `Du har til enhver tid ret til at gøre indsigelse mod, at vi behandler dine personoplysninger med henblik på direkte markedsføring, herunder profilering i forbindelse hermed. Gør du indsigelse, holder vi op med at behandle dine oplysninger til det formål (art. 21, stk. 2 og 3). Du gør indsigelse ved at kontakte os ${at(contact)}.`,
    complaintHeading: 'Klage til tilsynsmyndigheden',
    complaintText: (authority) =>
      `Du har ret til at indgive en klage til ${authority}, hvis du er utilfreds med den måde, vi behandler dine personoplysninger på (databeskyttelsesforordningens artikel 77). Du finder kontaktoplysningerne her:`,
    complaintOther:
      'Du har ret til at indgive en klage til en tilsynsmyndighed, navnlig i det EU/EØS-land, hvor du bor, hvor du arbejder, eller hvor den påståede overtrædelse har fundet sted (art. 77).',
    complaintElsewhere:
      'Du kan også klage til tilsynsmyndigheden i det EU/EØS-land, hvor du bor eller arbejder, eller hvor den påståede overtrædelse har fundet sted (art. 77).',
    cookiesHeading: 'Cookies',
    childrenHeading: 'Børn',
    changesHeading: 'Ændringer i denne privatlivspolitik',
    changesSince: (version, date) =>
      `Ændringer siden den forrige version (${version ? `version ${version} af ` : ''}${date}):`,
    processorHeading: 'Når vi behandler oplysninger på vegne af vores kunder',
    processorText: (activities) =>
      `Ved følgende behandlinger er vi databehandler for vores kunder: ${activities}. Her er det kunden, der er dataansvarlig, og vi behandler kun oplysningerne efter kundens instruks. Har du spørgsmål til den behandling, skal du kontakte kunden.`,
    processorDpa: 'Behandlingen er reguleret af en databehandleraftale med den enkelte kunde.',
    closing: (date, version) =>
      date
        ? `Denne privatlivspolitik gælder fra ${date} (version ${version}).`
        : `Dette er version ${version} af privatlivspolitikken.`,
  },
  vendors: {
    title: 'Leverandøroversigt',
    subtitle: 'Databehandlere, underdatabehandlere og selvstændige dataansvarlige',
    intro: (organisation, date) =>
      `Oversigten viser de leverandører, der behandler personoplysninger på vegne af ${organisation}, og de virksomheder, der modtager personoplysninger fra os som selvstændige dataansvarlige. Den er udarbejdet på grundlag af vores fortegnelse over behandlingsaktiviteter pr. ${date}.`,
    processorsHeading: 'Databehandlere og underdatabehandlere',
    processorsNone: 'Der er ikke registreret databehandlere eller underdatabehandlere.',
    controllersHeading: 'Modtagere, der er selvstændige dataansvarlige',
    controllersIntro:
      'Følgende virksomheder modtager personoplysninger fra os, men behandler dem som selvstændige dataansvarlige og er derfor ikke databehandlere.',
    transfersHeading: 'Overførsel til tredjelande',
    transfersNone: 'Ingen af leverandørerne behandler personoplysninger uden for EU/EØS.',
    transferLine: (vendor, countries, mechanism) => `${vendor}: ${countries} – ${mechanism}`,
    contact: (email) => `Spørgsmål til oversigten kan rettes til ${email}.`,
    changesHeading: 'Ændringer siden den forrige oversigt',
    changesFirst: 'Dette er den første leverandøroversigt udarbejdet på grundlag af fortegnelsen.',
    changesUnknown: (previous, since) =>
      `Den forrige oversigt er fra ${previous}. Fortegnelsens ændringslog er ført fra ${since}, så ændringerne mellem de to kan ikke opgøres.`,
    changesNone: (previous) =>
      `Ingen leverandører er tilføjet, fjernet eller ændret siden den forrige oversigt fra ${previous}.`,
    changesIntro: (previous) => `Siden den forrige oversigt fra ${previous}:`,
    added: 'Tilføjet',
    removed: 'Fjernet',
    changed: 'Ændret',
  },
  fileName: {
    register: 'Fortegnelse',
    policy: 'Privatlivspolitik',
    vendors: 'Leverandøroversigt',
  },
};
