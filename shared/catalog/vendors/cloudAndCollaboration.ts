import { text } from '../vendorLibraryTypes';
import type { VendorLibraryEntry } from '../vendorLibraryTypes';
import { EU_REGION_ONLY, joinNotes, markedVerify, verified } from './common';

const MICROSOFT_DPA =
  'https://www.microsoft.com/licensing/docs/view/Microsoft-Products-and-Services-Data-Protection-Addendum-DPA';

/**
 * Microsoft keeps customer data of EU customers in the EU (EU Data Boundary); what reaches Microsoft
 * Corporation in the US goes under the EU-US Data Privacy Framework, with SCCs in the DPA as well.
 * The reference marks the DPF certification "verify", so the entries stay "check before use".
 */
const MICROSOFT_TRANSFERS = text(
  'Overførsler til Microsoft Corporation (USA) sker på grundlag af EU-U.S. Data Privacy Framework, som Microsoft Corporation er certificeret under; databehandleraftalen indeholder desuden standardkontraktbestemmelser (SCC).',
  'Överföringar till Microsoft Corporation (USA) sker med stöd av EU-U.S. Data Privacy Framework, som Microsoft Corporation är certifierat under; personuppgiftsbiträdesavtalet innehåller dessutom standardavtalsklausuler (SCC).',
  'Transfers to Microsoft Corporation (US) rest on the EU-U.S. Data Privacy Framework, under which Microsoft Corporation is certified; the DPA also contains standard contractual clauses (SCCs).',
);

const MICROSOFT_DPF_CHECK = text(
  'Tjek på dataprivacyframework.gov, at Microsoft Corporations DPF-certificering stadig er aktiv (ikke bekræftet i referencen), og hvilke EU-datacenterlande jeres tenant bruger.',
  'Kontrollera på dataprivacyframework.gov att Microsoft Corporations DPF-certifiering fortfarande är aktiv (ej bekräftad i referensen) och vilka EU-länder er tenants datacenter ligger i.',
  'Check on dataprivacyframework.gov that Microsoft Corporation’s DPF certification is still active (not confirmed in the reference), and which EU data-centre countries your tenant uses.',
);

/** Microsoft's main EU data-centre regions (Ireland, the Netherlands) and the US for Microsoft Corporation. */
const MICROSOFT_LOCATIONS = ['IE', 'NL', 'US'] as const;

const GOOGLE_DPF = text(
  'Google LLC (USA) har stået på DPF-listen siden 17. juli 2023; Googles vilkår indeholder også standardkontraktbestemmelser (SCC).',
  'Google LLC (USA) finns på DPF-listan sedan den 17 juli 2023; Googles villkor innehåller även standardavtalsklausuler (SCC).',
  'Google LLC (US) has been on the DPF list since 17 July 2023; Google’s terms also include standard contractual clauses (SCCs).',
);

const US_DPF_CHECK = (name: string) =>
  text(
    `Data overføres til USA. Tjek, om ${name} står på DPF-listen, og hvilket grundlag den gældende databehandleraftale angiver (DPF eller SCC). Overførselsgrundlaget står som "ukendt", indtil det er tjekket.`,
    `Uppgifter överförs till USA. Kontrollera om ${name} finns på DPF-listan och vilken grund det gällande personuppgiftsbiträdesavtalet anger (DPF eller SCC). Mekanismen står som "okänd" tills den är kontrollerad.`,
    `Data is transferred to the US. Check whether ${name} is on the DPF list and which basis the current DPA names (DPF or SCCs). The mechanism is "unknown" until checked.`,
  );

/** Productivity suites, cloud platforms and hosting, file sharing and communication. */
export const CLOUD_AND_COLLABORATION_VENDORS: readonly VendorLibraryEntry[] = [
  {
    id: 'microsoft-365',
    libraryVersion: 2,
    name: 'Microsoft 365',
    legalEntity: 'Microsoft Ireland Operations Ltd',
    registrationNumber: '',
    function: text(
      'E-mail, kalender, dokumenter og samarbejde (Exchange Online, SharePoint, OneDrive, Teams)',
      'E-post, kalender, dokument och samarbete (Exchange Online, SharePoint, OneDrive, Teams)',
      'E-mail, calendar, documents and collaboration (Exchange Online, SharePoint, OneDrive, Teams)',
    ),
    category: 'productivity',
    hqCountry: 'IE',
    processingLocations: [...MICROSOFT_LOCATIONS],
    role: 'processor',
    transferMechanism: 'dpf',
    dpaUrl: MICROSOFT_DPA,
    website: 'https://www.microsoft.com/microsoft-365',
    verification: markedVerify('DPF certification'),
    notes: joinNotes(
      text(
        'Kundedata behandles og opbevares i EU inden for Microsofts EU Data Boundary (datacentre bl.a. i Irland og Holland).',
        'Kunddata behandlas och lagras inom EU inom Microsofts EU Data Boundary (datacenter bl.a. i Irland och Nederländerna).',
        'Customer data is processed and stored in the EU within Microsoft’s EU Data Boundary (data centres e.g. in Ireland and the Netherlands).',
      ),
      MICROSOFT_TRANSFERS,
      MICROSOFT_DPF_CHECK,
    ),
  },
  {
    id: 'microsoft-azure',
    libraryVersion: 2,
    name: 'Microsoft Azure',
    legalEntity: 'Microsoft Ireland Operations Ltd',
    registrationNumber: '',
    function: text(
      'Cloudplatform til servere, lagring og databaser (drift af kundernes systemer)',
      'Molnplattform för servrar, lagring och databaser (drift av kundernas system)',
      'Cloud platform for servers, storage and databases (running customers’ systems)',
    ),
    category: 'hosting',
    hqCountry: 'IE',
    processingLocations: [...MICROSOFT_LOCATIONS],
    role: 'subProcessor',
    transferMechanism: 'dpf',
    dpaUrl: MICROSOFT_DPA,
    website: 'https://azure.microsoft.com',
    verification: markedVerify('DPF certification'),
    notes: joinNotes(
      text(
        'Kundedata ligger i den Azure-region, I vælger; med en EU-region behandles de i EU inden for Microsofts EU Data Boundary. Ret landene, hvis jeres region ikke er Irland eller Holland.',
        'Kunddata ligger i den Azure-region ni väljer; med en EU-region behandlas de inom EU inom Microsofts EU Data Boundary. Ändra länderna om er region inte är Irland eller Nederländerna.',
        'Customer data stays in the Azure region you choose; with an EU region it is processed in the EU within Microsoft’s EU Data Boundary. Change the countries if your region is not Ireland or the Netherlands.',
      ),
      MICROSOFT_TRANSFERS,
      MICROSOFT_DPF_CHECK,
    ),
  },
  {
    id: 'google-workspace',
    libraryVersion: 1,
    name: 'Google Workspace',
    legalEntity: 'Google Ireland Ltd',
    registrationNumber: '',
    function: text(
      'E-mail, kalender, dokumenter og samarbejde (Gmail, Drev, Docs, Meet)',
      'E-post, kalender, dokument och samarbete (Gmail, Drive, Dokument, Meet)',
      'E-mail, calendar, documents and collaboration (Gmail, Drive, Docs, Meet)',
    ),
    category: 'productivity',
    hqCountry: 'IE',
    processingLocations: ['US'],
    role: 'processor',
    transferMechanism: 'dpf',
    dpaUrl: 'https://workspace.google.com/terms/dpa_terms.html',
    website: 'https://workspace.google.com',
    verification: verified(),
    notes: GOOGLE_DPF,
  },
  {
    id: 'google-analytics',
    libraryVersion: 1,
    name: 'Google Analytics',
    legalEntity: 'Google Ireland Ltd',
    registrationNumber: '',
    function: text(
      'Statistik over besøg på hjemmesiden',
      'Statistik över besök på webbplatsen',
      'Statistics on visits to the website',
    ),
    category: 'analytics',
    hqCountry: 'IE',
    processingLocations: ['US'],
    role: 'processor',
    transferMechanism: 'dpf',
    dpaUrl: 'https://business.safety.google/adsprocessorterms/',
    website: 'https://marketingplatform.google.com/about/analytics/',
    verification: verified(),
    notes: joinNotes(
      GOOGLE_DPF,
      text(
        'Kræver cookiesamtykke. Tjek indstillingerne for datadeling: med nogle af dem bruger Google data til egne formål.',
        'Kräver cookiesamtycke. Kontrollera inställningarna för datadelning: med vissa av dem använder Google uppgifterna för egna ändamål.',
        'Requires cookie consent. Check the data-sharing settings: with some of them Google uses the data for its own purposes.',
      ),
    ),
  },
  {
    id: 'digitalocean',
    libraryVersion: 1,
    name: 'DigitalOcean',
    legalEntity: 'DigitalOcean, LLC',
    registrationNumber: '',
    function: text(
      'Virtuelle servere, lagring og databaser i skyen',
      'Virtuella servrar, lagring och databaser i molnet',
      'Cloud virtual servers, storage and databases',
    ),
    category: 'hosting',
    hqCountry: 'US',
    processingLocations: ['US'],
    role: 'subProcessor',
    transferMechanism: 'scc',
    dpaUrl: 'https://www.digitalocean.com/legal/data-processing-agreement',
    website: 'https://www.digitalocean.com',
    verification: verified(),
    notes: text(
      'Datacentre i USA og resten af verden; overførsler sker på grundlag af standardkontraktbestemmelser (SCC). Tilføj landet for den region, I bruger.',
      'Datacenter i USA och övriga världen; överföringar sker med standardavtalsklausuler (SCC). Lägg till landet för den region ni använder.',
      'Data centres in the US and worldwide; transfers rest on standard contractual clauses (SCCs). Add the country of the region you use.',
    ),
  },
  {
    id: 'hetzner',
    libraryVersion: 1,
    name: 'Hetzner',
    legalEntity: 'Hetzner Online GmbH',
    registrationNumber: '',
    function: text(
      'Dedikerede og virtuelle servere, webhotel og lagring',
      'Dedikerade och virtuella servrar, webbhotell och lagring',
      'Dedicated and virtual servers, web hosting and storage',
    ),
    category: 'hosting',
    hqCountry: 'DE',
    processingLocations: ['DE'],
    role: 'subProcessor',
    transferMechanism: null,
    dpaUrl: '',
    website: 'https://www.hetzner.com',
    verification: verified(),
    notes: text(
      'Bruger I en anden placering end Tyskland, så tilføj landet; ligger den uden for EU/EØS, skal der også angives et overførselsgrundlag.',
      'Använder ni en annan plats än Tyskland, lägg till landet; ligger den utanför EU/EES ska även en överföringsmekanism anges.',
      'If you use a location other than Germany, add its country; if it lies outside the EU/EEA, a transfer mechanism is needed too.',
    ),
  },
  {
    id: 'simply-com',
    libraryVersion: 1,
    name: 'Simply.com',
    legalEntity: 'Simply.com A/S',
    registrationNumber: '29412006',
    function: text(
      'Webhotel, domæner og e-mail',
      'Webbhotell, domäner och e-post',
      'Web hosting, domains and e-mail',
    ),
    category: 'hosting',
    hqCountry: 'DK',
    processingLocations: ['DK'],
    role: 'subProcessor',
    transferMechanism: null,
    dpaUrl: '',
    website: 'https://www.simply.com',
    verification: verified(),
    notes: text('Tidligere UnoEuro.', 'Tidigare UnoEuro.', 'Formerly UnoEuro.'),
  },
  {
    id: 'one-com',
    libraryVersion: 1,
    name: 'one.com',
    legalEntity: 'One.com Group AB',
    registrationNumber: '559205-2400',
    function: text(
      'Webhotel, domæner og e-mail',
      'Webbhotell, domäner och e-post',
      'Web hosting, domains and e-mail',
    ),
    category: 'hosting',
    hqCountry: 'SE',
    processingLocations: [],
    role: 'subProcessor',
    transferMechanism: null,
    dpaUrl: '',
    website: 'https://www.one.com',
    verification: verified(),
    notes: EU_REGION_ONLY,
  },
  {
    id: 'dropbox',
    libraryVersion: 1,
    name: 'Dropbox',
    legalEntity: 'Dropbox International Unlimited Co.',
    registrationNumber: '',
    function: text(
      'Fildeling og lagring af filer i skyen',
      'Fildelning och lagring av filer i molnet',
      'File sharing and cloud file storage',
    ),
    category: 'storage',
    hqCountry: 'IE',
    processingLocations: ['US'],
    role: 'processor',
    transferMechanism: 'unknown',
    dpaUrl: '',
    website: 'https://www.dropbox.com',
    verification: markedVerify('DPF certification'),
    notes: US_DPF_CHECK('Dropbox'),
  },
  {
    id: 'slack',
    libraryVersion: 1,
    name: 'Slack',
    legalEntity: 'Slack Technologies LLC',
    registrationNumber: '',
    function: text(
      'Chat og samarbejde i kanaler',
      'Chatt och samarbete i kanaler',
      'Team chat and collaboration in channels',
    ),
    category: 'communication',
    hqCountry: 'US',
    processingLocations: ['US'],
    role: 'processor',
    transferMechanism: 'unknown',
    dpaUrl: '',
    website: 'https://slack.com',
    verification: markedVerify('DPF certification'),
    notes: US_DPF_CHECK('Slack'),
  },
  {
    id: 'zoom',
    libraryVersion: 1,
    name: 'Zoom',
    legalEntity: 'Zoom Video Communications Inc.',
    registrationNumber: '',
    function: text('Videomøder og webinarer', 'Videomöten och webbinarier', 'Video meetings and webinars'),
    category: 'communication',
    hqCountry: 'US',
    processingLocations: ['US'],
    role: 'processor',
    transferMechanism: 'unknown',
    dpaUrl: '',
    website: 'https://zoom.us',
    verification: markedVerify('DPF certification'),
    notes: US_DPF_CHECK('Zoom'),
  },
];
