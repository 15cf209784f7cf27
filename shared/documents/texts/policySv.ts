import type { PolicyTexts } from './policyTexts';

const at = (contact: string): string => (contact ? `på ${contact}` : 'via kontaktuppgifterna överst');

/** Swedish: dataskyddsförordningens terms, written to the reader ("du"), in IMY's citation form. */
export const POLICY_SV: PolicyTexts = {
  defaultTitle: 'Integritetspolicy',
  audience: (name) => `Gäller för: ${name}`,
  effective: (date, version) => (date ? `Gäller från ${date} · Version ${version}` : `Version ${version}`),

  briefHeading: 'I korthet',
  controller: (organisation, details) =>
    `${organisation}${details ? ` (${details})` : ''} är personuppgiftsansvarig för dina personuppgifter.`,
  reachUs: (contact) => `Du når oss på ${contact}.`,
  dpo: (person) => `Vårt dataskyddsombud är ${person}.`,
  privacyContact: (person) => `Frågor om dina personuppgifter kan du ställa till ${person}.`,
  noDpo: 'Vi har inte utsett något dataskyddsombud.',
  representative: (person) => `Vår företrädare inom EU är ${person}.`,
  purposesLead: 'Vi använder dina uppgifter till:',
  processorsBrief: (count) =>
    count === 1
      ? 'En leverantör behandlar uppgifter åt oss som personuppgiftsbiträde.'
      : `${count} leverantörer behandlar uppgifter åt oss som personuppgiftsbiträden.`,
  othersBrief: (names) => `Vi lämnar ut uppgifter till ${names}.`,
  transfersBrief: (countries) => `Vissa uppgifter överförs till länder utanför EU/EES: ${countries}.`,
  rightsBrief: (portability) =>
    `Du har rätt att få tillgång till de uppgifter vi har om dig och att få dem rättade eller raderade eller behandlingen begränsad${
      portability
        ? ', och du kan få ut de uppgifter som du själv har lämnat till oss i ett maskinläsbart format'
        : ''
    } (art. 15–18${portability ? ' och 20' : ''}).`,
  withdrawBrief:
    'Har du lämnat samtycke kan du när som helst återkalla det; det påverkar inte den behandling som skett innan du återkallade det (art. 7.3).',
  automatedBrief:
    'Vid ett beslut som enbart grundas på automatiserad behandling kan du begära att en människa prövar ärendet, framföra din synpunkt och bestrida beslutet (art. 22).',
  exerciseBrief: (contact) => `Vill du utöva dina rättigheter, skriv till oss ${at(contact)}.`,
  objectionLead: 'Rätt att invända. ',
  objectionBrief: (legitimateInterest, marketing) =>
    [
      legitimateInterest
        ? 'Du kan när som helst invända mot den behandling som vi grundar på vårt berättigade intresse, av skäl som hänför sig till din specifika situation (art. 21.1).'
        : '',
      marketing
        ? 'Du kan alltid säga nej till att vi använder dina uppgifter för direktmarknadsföring; då slutar vi (art. 21.2 och 21.3).'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  complaintBrief: (authority) =>
    authority
      ? `Är du missnöjd med hur vi behandlar dina uppgifter kan du klaga till ${authority}.`
      : 'Är du missnöjd med hur vi behandlar dina uppgifter kan du klaga till en tillsynsmyndighet.',

  detailsHeading: 'Så använder vi dina uppgifter',
  dataSentence: (list) => `Vi behandlar ${list}.`,
  sameDataAs: (activity) => `Vi behandlar samma uppgifter som vid ${activity}.`,
  sameSourcesAs: (activity) => `Uppgifterna kommer från samma källor som vid ${activity}.`,
  sourcesSentence: (names, alsoYou) =>
    alsoYou ? `Vi får uppgifterna från dig och från ${names}.` : `Vi får uppgifterna från ${names}.`,
  jointSentence: (names) => `Vi är gemensamt personuppgiftsansvariga för denna behandling med ${names}.`,
  jointArrangement: (text) => `Det huvudsakliga innehållet i vårt arrangemang: ${text}`,
  automatedText:
    'Här fattar vi beslut som enbart grundas på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.',
  automatedLogic: (text) => `Så fungerar det: ${text}`,
  automatedSignificance: (text) => `Betydelse för dig: ${text}`,
  automatedNotUsed:
    'Vi fattar inte beslut om dig som enbart grundas på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (artikel 22).',
  automatedNotUsedOther:
    'Utöver de beslut som beskrivs ovan fattar vi inte beslut om dig som enbart grundas på automatiserad behandling, inbegripet profilering.',
  noActivities: 'Det finns inga registrerade behandlingar för denna integritetspolicy.',

  basesHeading: 'Varför vi får behandla uppgifterna',
  art6Names: {
    a: 'Ditt samtycke',
    b: 'Ett avtal med dig, eller ett avtal som du har bett om',
    c: 'En rättslig förpliktelse',
    d: 'Grundläggande intressen',
    e: 'En uppgift av allmänt intresse eller myndighetsutövning',
    f: 'Vårt berättigade intresse (intresseavvägning)',
  },

  recipientsHeading: 'Vilka som får uppgifterna',
  vendorsIntro:
    'Dessa personuppgiftsbiträden behandlar personuppgifter för vår räkning och bara enligt våra instruktioner.',
  vendorsDpa: 'Vi har personuppgiftsbiträdesavtal med dem alla.',
  vendorColumns: { vendor: 'Leverantör', function: 'Uppgift', country: 'Var', usedFor: 'Vid' },
  allActivities: 'Alla behandlingar',
  othersIntro: 'Vi lämnar också ut uppgifter till:',
  onlyFor: 'vid',
  transfersHeading: 'Överföring till länder utanför EU/EES',
  transfersIntro: 'Överföringarna till länder utanför EU/EES (tredjeland) sker med stöd av följande:',
  transferLine: (party, country) => `${party} – ${country}`,
  mechanismText: {
    adequacy:
      'EU-kommissionens beslut om att landet har en adekvat skyddsnivå, enligt artikel 45 i dataskyddsförordningen',
    dpf: 'EU-kommissionens beslut om adekvat skyddsnivå för EU-U.S. Data Privacy Framework för certifierade mottagare, enligt artikel 45 i dataskyddsförordningen',
    scc: 'EU-kommissionens standardavtalsklausuler (SCC), enligt artikel 46.2 c i dataskyddsförordningen',
    bcr: 'Bindande företagsbestämmelser (BCR) som har godkänts av en tillsynsmyndighet, enligt artikel 47 i dataskyddsförordningen',
    art49: 'Ett undantag i särskilda situationer enligt artikel 49 i dataskyddsförordningen',
    unknown: 'Grunden för överföringen håller på att utredas',
  },
  safeguardsCopy: (contact) =>
    `Du kan få en kopia av skyddsåtgärderna genom att kontakta oss ${at(contact)}.`,

  retentionHeading: 'Hur länge vi sparar uppgifterna',
  retentionFrom: (event) => `Tiden räknas från ${event}.`,
  retentionBasis: (basis) => `Tiden är bestämd utifrån ${basis}.`,

  requirementHeading: 'Måste du lämna uppgifterna?',
  requirement: {
    statutory: 'Vi är skyldiga enligt lag att samla in uppgifterna.',
    contractual: 'Det är ett krav i vårt avtal med dig att du lämnar uppgifterna.',
    contractPrerequisite: 'Vi behöver uppgifterna för att kunna ingå ett avtal med dig.',
    voluntary: 'Du är inte skyldig att lämna uppgifterna.',
  },
  consequenceSentence: (consequence) => `Om du inte lämnar dem: ${consequence}`,

  securityHeading: 'Så skyddar vi dina uppgifter',
  securityIntro: 'Vi skyddar dina uppgifter bland annat med:',

  rightsHeading: 'Dina rättigheter och klagomål',
  rightsLimits: 'Vi raderar dock inte uppgifter som en lag kräver att vi sparar.',
  exerciseRights: (contact) =>
    `Du utövar dina rättigheter genom att kontakta oss ${at(contact)}. Vi svarar utan onödigt dröjsmål och senast en månad efter din begäran. Är den komplicerad eller får vi många kan vi förlänga tiden med två månader; då får du veta det och varför inom den första månaden (artikel 12.3).`,
  complaintText: (authority) => `Så når du ${authority} (artikel 77 i dataskyddsförordningen):`,
  complaintOther:
    'Du kan lämna in ett klagomål till en tillsynsmyndighet, särskilt i det EU/EES-land där du bor, där du arbetar eller där den påstådda överträdelsen har skett (art. 77).',
  complaintElsewhere:
    'Du kan också klaga till tillsynsmyndigheten i det EU/EES-land där du bor eller arbetar eller där den påstådda överträdelsen ägde rum.',

  cookiesHeading: 'Kakor (cookies)',
  childrenHeading: 'Barn',
  changesHeading: 'Ändringar i denna integritetspolicy',
  changesSince: (version, date) =>
    `Ändringar sedan föregående version (${version ? `version ${version} av den ` : 'den '}${date}):`,
  processorHeading: 'När vi behandlar uppgifter för våra kunders räkning',
  processorText: (activities) =>
    `Vid ${activities} är vi personuppgiftsbiträde åt våra kunder: kunden är personuppgiftsansvarig, och vi följer kundens instruktioner. Frågor om den behandlingen ställer du till kunden.`,
  processorDpa: 'Behandlingen regleras av ett personuppgiftsbiträdesavtal med respektive kund.',
};
