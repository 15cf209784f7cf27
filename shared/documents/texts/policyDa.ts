import type { PolicyTexts } from './policyTexts';

const at = (contact: string): string => (contact ? `på ${contact}` : 'via kontaktoplysningerne øverst');

/** Danish: databeskyttelsesforordningens terms, written to the reader ("du"), in Datatilsynet's citation form. */
export const POLICY_DA: PolicyTexts = {
  defaultTitle: 'Privatlivspolitik',
  audience: (name) => `Gælder for: ${name}`,
  effective: (date, version) => (date ? `Gældende fra ${date} · Version ${version}` : `Version ${version}`),

  briefHeading: 'Kort fortalt',
  controller: (organisation, details) =>
    `${organisation}${details ? ` (${details})` : ''} er dataansvarlig for dine personoplysninger.`,
  reachUs: (contact) => `Du kan kontakte os på ${contact}.`,
  dpo: (person) => `Vores databeskyttelsesrådgiver er ${person}.`,
  privacyContact: (person) => `Spørgsmål om dine personoplysninger kan du stille til ${person}.`,
  noDpo: 'Vi har ikke udpeget en databeskyttelsesrådgiver.',
  representative: (person) => `Vores repræsentant i EU er ${person}.`,
  purposesLead: 'Vi bruger dine oplysninger til:',
  processorsBrief: (count) =>
    count === 1
      ? 'En leverandør behandler oplysninger for os som databehandler.'
      : `${count} leverandører behandler oplysninger for os som databehandlere.`,
  othersBrief: (names) => `Vi videregiver oplysninger til ${names}.`,
  transfersBrief: (countries) => `Nogle oplysninger overføres til lande uden for EU/EØS: ${countries}.`,
  rightsBrief: (portability) =>
    `Du har ret til at få indsigt i de oplysninger, vi har om dig, og til at få dem rettet eller slettet eller behandlingen begrænset${
      portability
        ? ', og du kan få de oplysninger, du selv har givet os, udleveret i et maskinlæsbart format'
        : ''
    } (art. 15–18${portability ? ' og 20' : ''}).`,
  withdrawBrief:
    'Har du givet samtykke, kan du til enhver tid trække det tilbage; det påvirker ikke den behandling, der er sket, inden du trak det tilbage (art. 7, stk. 3).',
  automatedBrief:
    'Ved en afgørelse, der alene er truffet automatisk, kan du kræve, at et menneske ser på sagen, give dit synspunkt til kende og bestride afgørelsen (art. 22).',
  exerciseBrief: (contact) => `Vil du bruge dine rettigheder, så skriv til os ${at(contact)}.`,
  objectionLead: 'Ret til indsigelse. ',
  objectionBrief: (legitimateInterest, marketing) =>
    [
      legitimateInterest
        ? 'Du kan til enhver tid gøre indsigelse mod den behandling, vi foretager på grundlag af vores legitime interesser, af grunde, der vedrører din særlige situation (art. 21, stk. 1).'
        : '',
      marketing
        ? 'Du kan altid sige nej til, at vi bruger dine oplysninger til direkte markedsføring; så stopper vi (art. 21, stk. 2 og 3).'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  complaintBrief: (authority) =>
    authority
      ? `Er du utilfreds med vores behandling af dine oplysninger, kan du klage til ${authority}.`
      : 'Er du utilfreds med vores behandling af dine oplysninger, kan du klage til en tilsynsmyndighed.',

  detailsHeading: 'Sådan bruger vi dine oplysninger',
  dataSentence: (list) => `Vi behandler ${list}.`,
  sameDataAs: (activity) => `Vi behandler de samme oplysninger som ved ${activity}.`,
  sameSourcesAs: (activity) => `Oplysningerne kommer fra de samme kilder som ved ${activity}.`,
  sourcesSentence: (names, alsoYou) =>
    alsoYou ? `Vi får oplysningerne fra dig og fra ${names}.` : `Vi får oplysningerne fra ${names}.`,
  jointSentence: (names) => `Vi er fælles dataansvarlige for denne behandling med ${names}.`,
  jointArrangement: (text) => `Det væsentligste indhold af vores ordning: ${text}`,
  automatedText:
    'Her træffer vi afgørelser, der alene er baseret på automatisk behandling, herunder profilering, og som har retsvirkning for dig eller på tilsvarende måde betydeligt påvirker dig.',
  automatedLogic: (text) => `Sådan fungerer det: ${text}`,
  automatedSignificance: (text) => `Betydning for dig: ${text}`,
  automatedNotUsed:
    'Vi træffer ikke afgørelser om dig, der alene er baseret på automatisk behandling, herunder profilering, og som har retsvirkning for dig eller på tilsvarende måde betydeligt påvirker dig (art. 22).',
  automatedNotUsedOther:
    'Ud over de afgørelser, der er beskrevet ovenfor, træffer vi ikke afgørelser om dig, der alene er baseret på automatisk behandling, herunder profilering.',
  noActivities: 'Der er ikke registreret behandlinger for denne privatlivspolitik.',

  basesHeading: 'Hvorfor vi må behandle oplysningerne',
  art6Names: {
    a: 'Dit samtykke',
    b: 'En aftale med dig, eller en aftale du har bedt om',
    c: 'En retlig forpligtelse',
    d: 'Vitale interesser',
    e: 'En opgave i samfundets interesse eller myndighedsudøvelse',
    f: 'Vores legitime interesser',
  },

  recipientsHeading: 'Hvem der får oplysningerne',
  vendorsIntro:
    'Disse databehandlere behandler personoplysninger på vores vegne og kun efter vores instruks.',
  vendorsDpa: 'Vi har databehandleraftaler med dem alle.',
  vendorColumns: { vendor: 'Leverandør', function: 'Opgave', country: 'Hvor', usedFor: 'Ved' },
  allActivities: 'Alle behandlinger',
  othersIntro: 'Vi videregiver også oplysninger til:',
  onlyFor: 'ved',
  transfersHeading: 'Overførsel til lande uden for EU/EØS',
  transfersIntro: 'Overførslerne til lande uden for EU/EØS (tredjelande) sker på dette grundlag:',
  transferLine: (party, country) => `${party} – ${country}`,
  mechanismText: {
    adequacy:
      'EU-Kommissionens afgørelse om, at landet har et tilstrækkeligt beskyttelsesniveau (tilstrækkelighedsafgørelse), jf. databeskyttelsesforordningens artikel 45',
    dpf: 'EU-Kommissionens tilstrækkelighedsafgørelse om EU-U.S. Data Privacy Framework for certificerede modtagere, jf. databeskyttelsesforordningens artikel 45',
    scc: 'EU-Kommissionens standardkontraktbestemmelser (SCC), jf. databeskyttelsesforordningens artikel 46, stk. 2, litra c',
    bcr: 'Bindende virksomhedsregler (BCR), som er godkendt af en tilsynsmyndighed, jf. databeskyttelsesforordningens artikel 47',
    art49: 'En undtagelse i særlige situationer efter databeskyttelsesforordningens artikel 49',
    unknown: 'Grundlaget for overførslen er ved at blive afklaret',
  },
  safeguardsCopy: (contact) => `Du kan få en kopi af garantierne ved at kontakte os ${at(contact)}.`,

  retentionHeading: 'Hvor længe vi gemmer oplysningerne',
  retentionFrom: (event) => `Perioden regnes fra ${event}.`,
  retentionBasis: (basis) => `Perioden er fastsat ud fra ${basis}.`,

  requirementHeading: 'Skal du give os oplysningerne?',
  requirement: {
    statutory: 'Vi er efter lovgivningen forpligtet til at indsamle oplysningerne.',
    contractual: 'Det er et krav i vores aftale med dig, at du giver os oplysningerne.',
    contractPrerequisite: 'Vi skal have oplysningerne for at kunne indgå en aftale med dig.',
    voluntary: 'Du har ikke pligt til at give os oplysningerne.',
  },
  consequenceSentence: (consequence) => `Giver du os dem ikke: ${consequence}`,

  securityHeading: 'Sådan beskytter vi dine oplysninger',
  securityIntro: 'Vi beskytter dine oplysninger blandt andet med:',

  rightsHeading: 'Dine rettigheder og klage',
  rightsLimits: 'Vi sletter dog ikke oplysninger, som en lov kræver, at vi gemmer.',
  exerciseRights: (contact) =>
    `Du bruger dine rettigheder ved at kontakte os ${at(contact)}. Vi svarer uden unødig forsinkelse og senest en måned efter din henvendelse. Er den kompleks, eller får vi mange, kan vi forlænge fristen med to måneder; så får du besked og årsagen inden for den første måned (art. 12, stk. 3).`,
  complaintText: (authority) => `Sådan kontakter du ${authority} (databeskyttelsesforordningens artikel 77):`,
  complaintOther:
    'Du kan klage til en tilsynsmyndighed, navnlig i det EU/EØS-land, hvor du bor, hvor du arbejder, eller hvor den påståede overtrædelse har fundet sted (art. 77).',
  complaintElsewhere:
    'Du kan også klage til tilsynsmyndigheden i det EU/EØS-land, hvor du bor eller arbejder, eller hvor den påståede overtrædelse har fundet sted.',

  cookiesHeading: 'Cookies',
  childrenHeading: 'Børn',
  changesHeading: 'Ændringer i denne privatlivspolitik',
  changesSince: (version, date) =>
    `Ændringer siden den forrige version (${version ? `version ${version} af ` : ''}${date}):`,
  processorHeading: 'Når vi behandler oplysninger på vegne af vores kunder',
  processorText: (activities) =>
    `Ved ${activities} er vi databehandler for vores kunder: kunden er dataansvarlig, og vi følger kundens instruks. Spørgsmål om den behandling stiller du til kunden.`,
  processorDpa: 'Behandlingen er reguleret af en databehandleraftale med den enkelte kunde.',
};
