import type { Wording } from '../model/primitives';
import type { Language } from '../i18n/languages';
import { LEGAL_BASIS_CODES, type LegalBasisCode } from '../model/legalBasisCodes';
import type { Jurisdiction } from '../model/organisation';
import {
  freezeDeep,
  type CitationForm,
  type LegalBasisEntry,
  type LegalBasisGroup,
  type LegalBasisScope,
  type NationalBasisJurisdiction,
} from './legalCatalogTypes';

/**
 * Every legal basis a purpose can cite: names, plain-language explanations and citations in da / sv / en.
 * The register editor's pickers, the Word documents and the compliance checks all read this one table.
 *
 * Citation forms (see the project's GDPR reference, §3):
 *   DA  databeskyttelsesforordningens artikel 6, stk. 1, litra f   ·  short: GDPR art. 6, stk. 1, litra f
 *   SV  artikel 6.1 f i dataskyddsförordningen                       ·  short: art. 6.1 f GDPR
 *   EN  Article 6(1)(f) GDPR                                          ·  short: Art. 6(1)(f) GDPR
 * National provisions keep their own country's numbering in every language ("§ 11, stk. 2" for Denmark,
 * "3 kap. 10 §" for Sweden); only the surrounding words are translated.
 */

// ---------------------------------------------------------------------------------------------------------
// GDPR citations are built from the code, so a typo cannot make one article differ from the next.

function gdprCitation(
  article: number,
  paragraph: number | null,
  letter: string | null,
): {
  long: Wording;
  short: Wording;
} {
  if (paragraph === null || letter === null) {
    return {
      long: {
        da: `databeskyttelsesforordningens artikel ${article}`,
        sv: `artikel ${article} i dataskyddsförordningen`,
        en: `Article ${article} GDPR`,
      },
      short: { da: `GDPR art. ${article}`, sv: `art. ${article} GDPR`, en: `Art. ${article} GDPR` },
    };
  }
  return {
    long: {
      da: `databeskyttelsesforordningens artikel ${article}, stk. ${paragraph}, litra ${letter}`,
      sv: `artikel ${article}.${paragraph} ${letter} i dataskyddsförordningen`,
      en: `Article ${article}(${paragraph})(${letter}) GDPR`,
    },
    short: {
      da: `GDPR art. ${article}, stk. ${paragraph}, litra ${letter}`,
      sv: `art. ${article}.${paragraph} ${letter} GDPR`,
      en: `Art. ${article}(${paragraph})(${letter}) GDPR`,
    },
  };
}

const GDPR_INSTRUMENT: Wording = {
  da: 'Europa-Parlamentets og Rådets forordning (EU) 2016/679 (databeskyttelsesforordningen)',
  sv: 'Europaparlamentets och rådets förordning (EU) 2016/679 (dataskyddsförordningen)',
  en: 'Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR)',
};

const DK_ACT: Wording = {
  da: 'databeskyttelsesloven (lov nr. 502 af 23. maj 2018 med senere ændringer)',
  sv: 'den danska dataskyddslagen (databeskyttelsesloven, lov nr. 502 af 23. maj 2018, i dess ändrade lydelse)',
  en: 'the Danish Data Protection Act (databeskyttelsesloven, Act No. 502 of 23 May 2018, as amended)',
};

const SE_ACT: Wording = {
  da: 'den svenske databeskyttelseslov, lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning',
  sv: 'lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen)',
  en: 'the Swedish Act (2018:218) containing supplementary provisions to the EU General Data Protection Regulation',
};

/** Danish provision, e.g. dkCitation('11', '2') → "databeskyttelseslovens § 11, stk. 2". */
function dkCitation(section: string, subsection: string | null): { long: Wording; short: Wording } {
  const da = `§ ${section}${subsection ? `, stk. ${subsection}` : ''}`;
  const en = `Section ${section}${subsection ? `(${subsection})` : ''}`;
  return {
    long: {
      da: `databeskyttelseslovens ${da}`,
      sv: `${da} i den danska dataskyddslagen (databeskyttelsesloven)`,
      en: `${en} of the Danish Data Protection Act`,
    },
    short: {
      da: `databeskyttelseslovens ${da}`,
      sv: `${da} danska databeskyttelsesloven`,
      en: `${en}, Danish Data Protection Act`,
    },
  };
}

/** Swedish provision, e.g. seCitation(3, 10) → "3 kap. 10 § lagen (2018:218) med kompletterande …". */
function seCitation(chapter: number, section: number): { long: Wording; short: Wording } {
  const sv = `${chapter} kap. ${section} §`;
  return {
    long: {
      da: `${sv} i den svenske lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning`,
      sv: `${sv} lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning`,
      en: `Chapter ${chapter}, Section ${section} of the Swedish Act (2018:218) containing supplementary provisions to the EU General Data Protection Regulation`,
    },
    short: {
      da: `${sv} i svensk lag (2018:218)`,
      sv: `${sv} dataskyddslagen (2018:218)`,
      en: `Chapter ${chapter}, Section ${section}, Swedish Data Protection Act (2018:218)`,
    },
  };
}

interface EntryInput {
  name: Wording;
  explanation: Wording;
  covers?: LegalBasisScope[];
  isConsent?: boolean;
  requiresLegitimateInterestText?: boolean;
  requiresStatuteNote?: boolean;
  unusualForPrivateCompanies?: boolean;
  checkBeforeUse?: boolean;
}

function gdprEntry(code: LegalBasisCode, input: EntryInput): LegalBasisEntry {
  const [, article, paragraph, letter] = /^art(\d+)(?:-(\d+)-([a-z]))?$/.exec(code) ?? [];
  if (!article) throw new Error(`not a GDPR code: ${code}`);
  const group: LegalBasisGroup = article === '6' ? 'art6' : article === '9' ? 'art9' : 'art10';
  return entry(
    code,
    group,
    null,
    gdprCitation(Number(article), paragraph ? Number(paragraph) : null, letter ?? null),
    GDPR_INSTRUMENT,
    input,
  );
}

function nationalEntry(
  code: LegalBasisCode,
  jurisdiction: NationalBasisJurisdiction,
  citation: { long: Wording; short: Wording },
  input: EntryInput,
): LegalBasisEntry {
  return entry(code, 'national', jurisdiction, citation, jurisdiction === 'DK' ? DK_ACT : SE_ACT, input);
}

function entry(
  code: LegalBasisCode,
  group: LegalBasisGroup,
  jurisdiction: NationalBasisJurisdiction | null,
  citation: { long: Wording; short: Wording },
  instrument: Wording,
  input: EntryInput,
): LegalBasisEntry {
  return {
    code,
    group,
    jurisdiction,
    name: input.name,
    explanation: input.explanation,
    citation,
    instrument,
    covers: input.covers ?? [],
    isConsent: input.isConsent ?? false,
    requiresLegitimateInterestText: input.requiresLegitimateInterestText ?? false,
    requiresStatuteNote: input.requiresStatuteNote ?? false,
    unusualForPrivateCompanies: input.unusualForPrivateCompanies ?? false,
    checkBeforeUse: input.checkBeforeUse ?? false,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The table. Typed as a Record over every code, so a code added to the model without an entry fails to compile.

const ENTRIES: Record<LegalBasisCode, LegalBasisEntry> = {
  // Article 6(1) — every processing needs one of these, also alongside Art. 9, Art. 10 or a national provision.
  'art6-1-a': gdprEntry('art6-1-a', {
    name: { da: 'Samtykke', sv: 'Samtycke', en: 'Consent' },
    explanation: {
      da: 'Den registrerede har frivilligt og ved en klar, aktiv handling sagt ja til netop denne behandling (fx tilmelding til et nyhedsbrev); samtykket kan til enhver tid trækkes tilbage, så brug det kun, hvor behandlingen kan stoppe, når det sker.',
      sv: 'Den registrerade har frivilligt och genom ett tydligt, aktivt val sagt ja till just den här behandlingen (t.ex. anmälan till ett nyhetsbrev); samtycket kan när som helst återkallas, så använd det bara där behandlingen kan upphöra när det sker.',
      en: 'The person has freely agreed, by a clear active choice, to this specific processing (for example signing up for a newsletter); consent can be withdrawn at any time, so use it only where the processing can stop when that happens.',
    },
    isConsent: true,
  }),
  'art6-1-b': gdprEntry('art6-1-b', {
    name: { da: 'Opfyldelse af en kontrakt', sv: 'Fullgöra ett avtal', en: 'Performance of a contract' },
    explanation: {
      da: 'Behandlingen er nødvendig for at opfylde en kontrakt med den registrerede selv eller for at gennemføre skridt, som vedkommende har bedt om før aftalen (fx et tilbud); den dækker ikke kontaktpersoner hos erhvervskunder, hvor legitim interesse normalt er det rigtige grundlag.',
      sv: 'Behandlingen är nödvändig för att fullgöra ett avtal med den registrerade själv eller för att vidta åtgärder som den registrerade har begärt innan avtalet ingås (t.ex. en offert); den täcker inte kontaktpersoner hos företagskunder, där berättigat intresse normalt är den rätta grunden.',
      en: 'The processing is necessary to perform a contract with the person themselves, or to take steps they asked for before entering into it (for example a quote); it does not cover contact persons at business customers, for whom legitimate interests is normally the right basis.',
    },
  }),
  'art6-1-c': gdprEntry('art6-1-c', {
    name: { da: 'Retlig forpligtelse', sv: 'Rättslig förpliktelse', en: 'Legal obligation' },
    explanation: {
      da: 'En lov pålægger virksomheden at behandle oplysningerne, fx bogførings- eller skatteregler; angiv den konkrete lov i noten.',
      sv: 'En lag eller annan författning ålägger företaget att behandla uppgifterna, t.ex. bokförings- eller skatteregler; ange den konkreta författningen i anteckningen.',
      en: 'A law requires the company to process the data, for example bookkeeping or tax rules; name the specific statute in the note.',
    },
    requiresStatuteNote: true,
  }),
  'art6-1-d': gdprEntry('art6-1-d', {
    name: { da: 'Vitale interesser', sv: 'Grundläggande intressen', en: 'Vital interests' },
    explanation: {
      da: 'Behandlingen er nødvendig for at beskytte en persons liv eller helbred, fx i en nødsituation; det er en sidste udvej, som sjældent passer til en IT-virksomheds almindelige behandlinger.',
      sv: 'Behandlingen är nödvändig för att skydda någons liv eller hälsa, t.ex. i en nödsituation; det är en sista utväg som sällan passar ett IT-företags vanliga behandlingar.',
      en: "The processing is necessary to protect someone's life or health, for example in an emergency; it is a last resort that rarely fits an IT company's ordinary processing.",
    },
    unusualForPrivateCompanies: true,
  }),
  'art6-1-e': gdprEntry('art6-1-e', {
    name: {
      da: 'Opgave i samfundets interesse eller offentlig myndighedsudøvelse',
      sv: 'Uppgift av allmänt intresse eller myndighetsutövning',
      en: 'Public task',
    },
    explanation: {
      da: 'Behandlingen er nødvendig for at udføre en opgave i samfundets interesse eller for offentlig myndighedsudøvelse, som den dataansvarlige har fået pålagt ved lov; den er beregnet til myndigheder og andre med en sådan opgave, ikke til almindelige private virksomheder.',
      sv: 'Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning, med stöd i lag eller annan författning; den är avsedd för myndigheter och andra som har en sådan uppgift, inte för vanliga privata företag.',
      en: 'The processing is necessary for a task in the public interest or for the exercise of official authority that the law gives the controller; it is meant for public authorities and others with such a task, not for ordinary private companies.',
    },
    requiresStatuteNote: true,
    unusualForPrivateCompanies: true,
  }),
  'art6-1-f': gdprEntry('art6-1-f', {
    name: {
      da: 'Legitim interesse (interesseafvejning)',
      sv: 'Berättigat intresse (intresseavvägning)',
      en: 'Legitimate interests',
    },
    explanation: {
      da: 'Virksomheden eller en tredjemand har en reel, legitim interesse i behandlingen (fx kundeservice, IT-sikkerhed eller forebyggelse af svindel), og en dokumenteret interesseafvejning viser, at den registreredes interesser og rettigheder ikke går forud; beskriv interessen med ord, og husk, at den registrerede kan gøre indsigelse.',
      sv: 'Företaget eller en tredje part har ett verkligt, berättigat intresse av behandlingen (t.ex. kundtjänst, IT-säkerhet eller att förhindra bedrägerier), och en dokumenterad intresseavvägning visar att den registrerades intressen och rättigheter inte väger tyngre; beskriv intresset i ord, och kom ihåg att den registrerade kan invända.',
      en: "The company or a third party has a genuine, legitimate interest in the processing (for example customer service, IT security or fraud prevention), and a documented balancing test shows that the person's interests and rights do not override it; describe the interest in words, and remember that the person can object.",
    },
    requiresLegitimateInterestText: true,
  }),

  // Article 9(2) — an additional condition for special categories of data (health, trade-union membership …).
  'art9-2-a': gdprEntry('art9-2-a', {
    name: { da: 'Udtrykkeligt samtykke', sv: 'Uttryckligt samtycke', en: 'Explicit consent' },
    explanation: {
      da: 'Den registrerede har givet udtrykkeligt samtykke, typisk en klar skriftlig eller elektronisk erklæring, til netop denne behandling af følsomme oplysninger (fx helbredsoplysninger); samtykket kan til enhver tid trækkes tilbage.',
      sv: 'Den registrerade har lämnat ett uttryckligt samtycke, vanligtvis genom ett tydligt skriftligt eller elektroniskt uttalande, till just den här behandlingen av känsliga personuppgifter (t.ex. uppgifter om hälsa); samtycket kan när som helst återkallas.',
      en: 'The person has given explicit consent, typically a clear written or electronic statement, to this specific processing of sensitive data (for example health data); consent can be withdrawn at any time.',
    },
    covers: ['special'],
    isConsent: true,
  }),
  'art9-2-b': gdprEntry('art9-2-b', {
    name: {
      da: 'Arbejds- og socialretlige forpligtelser og rettigheder',
      sv: 'Arbetsrätt, social trygghet och socialt skydd',
      en: 'Employment, social security and social protection law',
    },
    explanation: {
      da: 'Følsomme oplysninger, der er nødvendige for at overholde forpligtelser eller udøve rettigheder efter arbejds- og socialretten, fx oplysninger om en medarbejders sygdom, når en lov eller en kollektiv overenskomst giver hjemmel til det.',
      sv: 'Känsliga personuppgifter som behövs för att fullgöra skyldigheter eller utöva rättigheter inom arbetsrätten och på områdena social trygghet och socialt skydd, t.ex. uppgifter om en anställds sjukdom, när lag eller kollektivavtal ger stöd för det.',
      en: "Sensitive data needed to meet obligations or exercise rights under employment, social security and social protection law, for example information about an employee's illness, where a statute or collective agreement provides for it.",
    },
    covers: ['special', 'employment'],
    requiresStatuteNote: true,
  }),
  'art9-2-c': gdprEntry('art9-2-c', {
    name: {
      da: 'Vitale interesser (samtykke kan ikke gives)',
      sv: 'Grundläggande intressen (samtycke kan inte lämnas)',
      en: 'Vital interests (consent cannot be given)',
    },
    explanation: {
      da: 'Følsomme oplysninger, der er nødvendige for at beskytte en persons vitale interesser, når den registrerede fysisk eller juridisk ikke er i stand til at give samtykke, fx når helbredsoplysninger gives videre til ambulancepersonale i en nødsituation.',
      sv: 'Känsliga personuppgifter som behövs för att skydda någons grundläggande intressen när den registrerade är fysiskt eller rättsligt förhindrad att ge sitt samtycke, t.ex. när uppgifter om hälsa lämnas till ambulanspersonal i en nödsituation.',
      en: "Sensitive data needed to protect someone's vital interests where the person is physically or legally incapable of giving consent, for example passing health information to ambulance staff in an emergency.",
    },
    covers: ['special'],
    unusualForPrivateCompanies: true,
  }),
  'art9-2-d': gdprEntry('art9-2-d', {
    name: {
      da: 'Foreninger og organisationer uden gevinst for øje',
      sv: 'Ideella organisationer',
      en: 'Not-for-profit bodies',
    },
    explanation: {
      da: 'Kun for stiftelser, foreninger og andre organer, der ikke arbejder med gevinst for øje og har et politisk, filosofisk, religiøst eller fagforeningsmæssigt sigte, når de behandler oplysninger om medlemmer, tidligere medlemmer eller faste kontakter; den gælder ikke for virksomheder.',
      sv: 'Gäller bara stiftelser, föreningar och andra icke vinstdrivande organ med politiskt, filosofiskt, religiöst eller fackligt syfte när de behandlar uppgifter om medlemmar, tidigare medlemmar eller personer med regelbunden kontakt; den gäller inte företag.',
      en: 'Only for foundations, associations and other not-for-profit bodies with a political, philosophical, religious or trade-union aim, processing data about their members, former members or regular contacts; it does not apply to companies.',
    },
    covers: ['special'],
    unusualForPrivateCompanies: true,
  }),
  'art9-2-e': gdprEntry('art9-2-e', {
    name: {
      da: 'Oplysninger, som den registrerede åbenbart har offentliggjort',
      sv: 'Uppgifter som den registrerade uppenbarligen har offentliggjort',
      en: 'Data manifestly made public by the person',
    },
    explanation: {
      da: 'Den registrerede har selv klart og bevidst offentliggjort de følsomme oplysninger, fx i en offentlig profil; oplysninger, som andre har lagt ud om personen, er ikke omfattet.',
      sv: 'Den registrerade har själv tydligt och avsiktligt offentliggjort de känsliga uppgifterna, t.ex. i en offentlig profil; uppgifter som andra har publicerat om personen omfattas inte.',
      en: 'The person has clearly and deliberately made the sensitive data public themselves, for example in a public profile; information that others have published about them does not count.',
    },
    covers: ['special'],
  }),
  'art9-2-f': gdprEntry('art9-2-f', {
    name: { da: 'Retskrav', sv: 'Rättsliga anspråk', en: 'Legal claims' },
    explanation: {
      da: 'Følsomme oplysninger, der er nødvendige for, at et retskrav kan fastlægges, gøres gældende eller forsvares, fx i en tvist med en medarbejder; bestemmelsen gælder kun følsomme oplysninger og er ikke et grundlag for almindelige oplysninger.',
      sv: 'Känsliga personuppgifter som behövs för att rättsliga anspråk ska kunna fastställas, göras gällande eller försvaras, t.ex. i en tvist med en anställd; bestämmelsen gäller bara känsliga personuppgifter och är ingen grund för vanliga personuppgifter.',
      en: 'Sensitive data needed to establish, exercise or defend legal claims, for example in a dispute with an employee; it applies only to sensitive data and is not a basis for ordinary personal data.',
    },
    covers: ['special'],
  }),
  'art9-2-g': gdprEntry('art9-2-g', {
    name: {
      da: 'Væsentlige samfundsinteresser',
      sv: 'Viktigt allmänt intresse',
      en: 'Substantial public interest',
    },
    explanation: {
      da: 'Følsomme oplysninger, der er nødvendige af hensyn til væsentlige samfundsinteresser, som er fastlagt i en konkret regel i EU-retten eller national ret; det passer sjældent til en privat virksomhed.',
      sv: 'Känsliga personuppgifter som behövs av hänsyn till ett viktigt allmänt intresse som följer av en konkret bestämmelse i unionsrätten eller nationell rätt; det passar sällan ett privat företag.',
      en: 'Sensitive data needed for reasons of substantial public interest laid down in a specific rule of EU or national law; it rarely fits a private company.',
    },
    covers: ['special'],
    requiresStatuteNote: true,
    unusualForPrivateCompanies: true,
  }),
  'art9-2-h': gdprEntry('art9-2-h', {
    name: {
      da: 'Forebyggende medicin, arbejdsmedicin, sundheds- og socialområdet',
      sv: 'Förebyggande hälso- och sjukvård, yrkesmedicin, vård och omsorg',
      en: 'Preventive or occupational medicine, health and social care',
    },
    explanation: {
      da: 'Oplysninger, der er nødvendige til forebyggende medicin eller arbejdsmedicin, vurdering af en arbejdstagers erhvervsevne, medicinsk diagnose eller behandling og pleje, og som behandles af eller under ansvar af fagpersoner med tavshedspligt.',
      sv: 'Uppgifter som behövs för förebyggande hälso- och sjukvård eller yrkesmedicin, bedömning av en arbetstagares arbetskapacitet, medicinska diagnoser eller vård och behandling, och som behandlas av eller under ansvar av yrkespersoner med tystnadsplikt.',
      en: "Data needed for preventive or occupational medicine, assessing an employee's working capacity, medical diagnosis, or care and treatment, handled by or under the responsibility of professionals bound by professional secrecy.",
    },
    covers: ['special'],
    requiresStatuteNote: true,
    unusualForPrivateCompanies: true,
  }),
  'art9-2-i': gdprEntry('art9-2-i', {
    name: { da: 'Folkesundhed', sv: 'Folkhälsa', en: 'Public health' },
    explanation: {
      da: 'Følsomme oplysninger, der er nødvendige af hensyn til samfundsinteresser på folkesundhedsområdet, fx beskyttelse mod alvorlige grænseoverskridende sundhedstrusler, med hjemmel i EU-retten eller national ret.',
      sv: 'Känsliga personuppgifter som behövs av skäl av allmänt intresse på folkhälsoområdet, t.ex. skydd mot allvarliga gränsöverskridande hot mot hälsan, med stöd i unionsrätten eller nationell rätt.',
      en: 'Sensitive data needed for reasons of public interest in the area of public health, such as protection against serious cross-border threats to health, on the basis of EU or national law.',
    },
    covers: ['special'],
    requiresStatuteNote: true,
    unusualForPrivateCompanies: true,
  }),
  'art9-2-j': gdprEntry('art9-2-j', {
    name: {
      da: 'Arkivformål, forskning eller statistik',
      sv: 'Arkivändamål, forskning eller statistik',
      en: 'Archiving, research or statistics',
    },
    explanation: {
      da: 'Følsomme oplysninger, der er nødvendige til arkivformål i samfundets interesse, videnskabelig eller historisk forskning eller statistik, med de garantier, der følger af artikel 89, stk. 1, og med hjemmel i EU-retten eller national ret.',
      sv: 'Känsliga personuppgifter som behövs för arkivändamål av allmänt intresse, vetenskapliga eller historiska forskningsändamål eller statistiska ändamål, med de skyddsåtgärder som följer av artikel 89.1 och med stöd i unionsrätten eller nationell rätt.',
      en: 'Sensitive data needed for archiving in the public interest, scientific or historical research or statistics, with the safeguards of Article 89(1) and on the basis of EU or national law.',
    },
    covers: ['special'],
    requiresStatuteNote: true,
    unusualForPrivateCompanies: true,
  }),

  // Article 10 — criminal convictions and offences: only where EU or national law allows it.
  art10: gdprEntry('art10', {
    name: {
      da: 'Oplysninger om strafbare forhold',
      sv: 'Personuppgifter om lagöverträdelser',
      en: 'Criminal convictions and offences',
    },
    explanation: {
      da: 'Oplysninger om straffedomme og lovovertrædelser, fx en straffeattest, må kun behandles, når EU-retten eller national ret tillader det, så vælg også den nationale bestemmelse (i Danmark databeskyttelseslovens § 8, i Sverige 3 kap. 8 § i lag (2018:218)).',
      sv: 'Uppgifter om fällande domar i brottmål och lagöverträdelser, t.ex. ett utdrag ur belastningsregistret, får bara behandlas när unionsrätten eller nationell rätt tillåter det, så välj även den nationella bestämmelsen (i Sverige 3 kap. 8 § lagen (2018:218), i Danmark § 8 i databeskyttelsesloven).',
      en: 'Data about criminal convictions and offences, such as a criminal record certificate, may only be processed where EU or national law allows it, so select the national provision as well (in Denmark section 8 of the Danish Data Protection Act, in Sweden Chapter 3, Section 8 of the Swedish Act (2018:218)).',
    },
    covers: ['criminal'],
    requiresStatuteNote: true,
  }),

  // Danish databeskyttelsesloven.
  'dk-dbl-7': nationalEntry('dk-dbl-7', 'DK', dkCitation('7', null), {
    name: {
      da: 'Følsomme oplysninger – danske regler',
      sv: 'Känsliga personuppgifter – danska regler',
      en: 'Special categories of data – Danish rules',
    },
    explanation: {
      da: 'Den danske bestemmelse om følsomme oplysninger: den henviser til betingelserne i databeskyttelsesforordningens artikel 9, stk. 2, og supplerer dem for bl.a. ansættelsesforhold og sundhedssektoren; angiv den sammen med den betingelse i artikel 9, stk. 2, som behandlingen bygger på.',
      sv: 'Den danska bestämmelsen om känsliga personuppgifter: den hänvisar till villkoren i artikel 9.2 i dataskyddsförordningen och kompletterar dem för bl.a. anställningsförhållanden och hälso- och sjukvården; ange den tillsammans med det villkor i artikel 9.2 som behandlingen grundar sig på.',
      en: 'The Danish provision on special categories of data: it refers to the conditions of Article 9(2) GDPR and supplements them for, among others, employment and the health sector; cite it together with the Article 9(2) condition the processing relies on.',
    },
    covers: ['special'],
  }),
  'dk-dbl-8': nationalEntry('dk-dbl-8', 'DK', dkCitation('8', null), {
    name: {
      da: 'Oplysninger om strafbare forhold – danske regler',
      sv: 'Personuppgifter om lagöverträdelser – danska regler',
      en: 'Criminal-offence data – Danish rules',
    },
    explanation: {
      da: 'Den danske regel om oplysninger om strafbare forhold: en privat virksomhed må behandle dem med den registreredes udtrykkelige samtykke, eller når det er nødvendigt for en berettiget interesse, der klart overstiger hensynet til den registrerede, og må som udgangspunkt kun videregive dem med udtrykkeligt samtykke.',
      sv: 'Den danska regeln om personuppgifter om lagöverträdelser: ett privat företag får behandla dem med den registrerades uttryckliga samtycke eller när det är nödvändigt för ett berättigat intresse som klart väger tyngre än hänsynen till den registrerade, och får som huvudregel bara lämna ut dem med uttryckligt samtycke.',
      en: "The Danish rule on criminal-offence data: a private company may process it with the person's explicit consent or where necessary for a legitimate interest that clearly outweighs the person's interests, and as a rule may disclose it only with explicit consent.",
    },
    covers: ['criminal'],
  }),
  'dk-dbl-11': nationalEntry('dk-dbl-11', 'DK', dkCitation('11', '2'), {
    name: {
      da: 'Personnummer (CPR-nummer) – regler for private',
      sv: 'Personnummer (CPR-nummer) – danska regler för privata aktörer',
      en: 'CPR numbers – Danish rules for private companies',
    },
    explanation: {
      da: 'Den danske regel om CPR-numre for private: en virksomhed må kun behandle CPR-numre, når det følger af lovgivningen (fx løn- og skatteindberetning), når den registrerede har givet samtykke, eller i de øvrige tilfælde, som bestemmelsen nævner.',
      sv: 'Den danska regeln om personnummer (CPR-nummer) för privata aktörer: ett företag får bara behandla CPR-nummer när det följer av lag (t.ex. löne- och skatteuppgifter till myndigheter), när den registrerade har samtyckt eller i de övriga fall som bestämmelsen anger.',
      en: "The Danish rule on CPR numbers for private companies: a company may process CPR numbers only where legislation requires it (for example payroll and tax reporting), with the person's consent, or in the other cases the provision lists.",
    },
    covers: ['nationalId'],
  }),
  'dk-dbl-12': nationalEntry('dk-dbl-12', 'DK', dkCitation('12', null), {
    name: {
      da: 'Ansættelsesforhold – danske regler',
      sv: 'Anställningsförhållanden – danska regler',
      en: 'Employment – Danish rules',
    },
    explanation: {
      da: 'Den danske regel for ansættelsesforhold: en arbejdsgiver må behandle almindelige og følsomme oplysninger om medarbejdere, når det er nødvendigt for at overholde arbejdsretlige forpligtelser eller rettigheder efter anden lovgivning eller kollektive overenskomster.',
      sv: 'Den danska regeln för anställningsförhållanden: en arbetsgivare får behandla vanliga och känsliga personuppgifter om anställda när det är nödvändigt för att fullgöra arbetsrättsliga skyldigheter eller utöva arbetsrättsliga rättigheter enligt annan lagstiftning eller kollektivavtal.',
      en: "The Danish rule for employment: an employer may process ordinary and sensitive data about employees where necessary to comply with the employer's or the employee's obligations or rights under employment law laid down in other legislation or collective agreements.",
    },
    covers: ['special', 'employment'],
  }),

  // Swedish lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning.
  'se-dsl-3-1': nationalEntry('se-dsl-3-1', 'SE', seCitation(3, 1), {
    name: {
      da: 'Følsomme oplysninger i ansættelsesforhold – svenske regler',
      sv: 'Känsliga personuppgifter inom arbetsrätten – svenska regler',
      en: 'Sensitive data in employment – Swedish rules',
    },
    explanation: {
      da: 'Den svenske regel for arbejdslivet: følsomme oplysninger må behandles, når det er nødvendigt for, at arbejdsgiveren eller medarbejderen kan opfylde forpligtelser og udøve rettigheder inden for arbejdsretten og områderne social sikring og social beskyttelse (databeskyttelsesforordningens artikel 9, stk. 2, litra b).',
      sv: 'Den svenska regeln för arbetslivet: känsliga personuppgifter får behandlas när det är nödvändigt för att den personuppgiftsansvarige eller den registrerade ska kunna fullgöra skyldigheter och utöva rättigheter inom arbetsrätten och på områdena social trygghet och socialt skydd (artikel 9.2 b i dataskyddsförordningen).',
      en: 'The Swedish rule for working life: sensitive data may be processed where necessary for the employer or the employee to meet obligations and exercise rights under employment, social security and social protection law (Article 9(2)(b) GDPR).',
    },
    covers: ['special', 'employment'],
  }),
  'se-dsl-3-8': nationalEntry('se-dsl-3-8', 'SE', seCitation(3, 8), {
    name: {
      da: 'Oplysninger om strafbare forhold – svenske regler',
      sv: 'Personuppgifter om lagöverträdelser – svenska regler',
      en: 'Criminal-offence data – Swedish rules',
    },
    explanation: {
      da: 'Den svenske regel om oplysninger om strafbare forhold: som hovedregel må kun myndigheder behandle dem, mens en virksomhed kun må gøre det, når forskrifter eller en afgørelse fra IMY tillader det, fx når det er nødvendigt for at fastlægge, gøre gældende eller forsvare et retskrav eller for at opfylde en retlig forpligtelse efter lov eller forordning – samtykke er ikke nok.',
      sv: 'Den svenska regeln om personuppgifter om lagöverträdelser: som huvudregel får bara myndigheter behandla dem, medan ett företag bara får göra det när föreskrifter eller ett beslut av IMY tillåter det, t.ex. när det är nödvändigt för att rättsliga anspråk ska kunna fastställas, göras gällande eller försvaras eller för att fullgöra en rättslig förpliktelse enligt lag eller förordning – samtycke räcker inte.',
      en: 'The Swedish rule on criminal-offence data: as a rule only public authorities may process it, and a company may do so only where regulations or a decision by IMY allow it, for example where necessary to establish, exercise or defend legal claims or to meet a legal obligation under an act or ordinance – consent is not enough.',
    },
    covers: ['criminal'],
  }),
  'se-dsl-3-10': nationalEntry('se-dsl-3-10', 'SE', seCitation(3, 10), {
    name: {
      da: 'Personnumre og samordningsnumre – svenske regler',
      sv: 'Personnummer och samordningsnummer – svenska regler',
      en: 'Personal identity and coordination numbers – Swedish rules',
    },
    explanation: {
      da: 'Den svenske regel om personnumre og samordningsnumre: uden samtykke må de kun behandles, når det er klart begrundet under hensyn til formålet med behandlingen, betydningen af en sikker identifikation eller en anden beaktelsesværdig grund.',
      sv: 'Den svenska regeln om personnummer och samordningsnummer: utan samtycke får de bara behandlas när det är klart motiverat med hänsyn till ändamålet med behandlingen, vikten av en säker identifiering eller något annat beaktansvärt skäl.',
      en: 'The Swedish rule on personal identity numbers: without consent they may be processed only where this is clearly justified by the purpose of the processing, the importance of secure identification or another notable reason.',
    },
    covers: ['nationalId'],
  }),
};

freezeDeep(ENTRIES);

/** All entries, in the order of LEGAL_BASIS_CODES (Art. 6, Art. 9, Art. 10, national). */
export const LEGAL_BASES: readonly LegalBasisEntry[] = Object.freeze(
  LEGAL_BASIS_CODES.map((code) => ENTRIES[code]),
);

export function isLegalBasisCode(value: unknown): value is LegalBasisCode {
  return typeof value === 'string' && (LEGAL_BASIS_CODES as readonly string[]).includes(value);
}

/** The catalog entry of a legal basis code. */
export function legalBasis(code: LegalBasisCode): LegalBasisEntry {
  return ENTRIES[code];
}

/**
 * The citation in a document language, e.g. ('art6-1-f', 'da', 'long') →
 * "databeskyttelsesforordningens artikel 6, stk. 1, litra f".
 */
export function citeLegalBasis(
  code: LegalBasisCode,
  language: Language,
  form: CitationForm = 'long',
): string {
  return ENTRIES[code].citation[form][language];
}

/**
 * The entries of one group. GDPR groups apply in every jurisdiction; for "national" a jurisdiction narrows the
 * list to that country's provisions (none for NO, FI and other).
 */
export function legalBasesByGroup(
  group: LegalBasisGroup,
  jurisdiction?: Jurisdiction,
): readonly LegalBasisEntry[] {
  return LEGAL_BASES.filter(
    (e) =>
      e.group === group &&
      (group !== 'national' || jurisdiction === undefined || e.jurisdiction === jurisdiction),
  );
}

/** What a picker offers an organisation: every GDPR basis plus its own country's national provisions. */
export function legalBasesForJurisdiction(jurisdiction: Jurisdiction): readonly LegalBasisEntry[] {
  return LEGAL_BASES.filter((e) => e.group !== 'national' || e.jurisdiction === jurisdiction);
}
