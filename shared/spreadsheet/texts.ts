import type { Language } from '../i18n/languages';

/**
 * The workbook's own words: sheet names and the few headers the register's vocabulary has no field for. Column
 * headers that name a field come from shared/model/vocabulary (fieldLabel), the one home of every field's name.
 */
export interface SpreadsheetTexts {
  readonly sheets: {
    readonly controller: string;
    readonly activities: string;
    readonly purposes: string;
    readonly matrix: string;
    readonly vendors: string;
    readonly measures: string;
    /** The hidden sheet that holds the drop-down lists. */
    readonly lists: string;
  };
  readonly field: string;
  readonly value: string;
  readonly activity: string;
  readonly transfers: string;
  /** The matrix's top-left cell: rows are data subjects, columns data categories. */
  readonly matrixCorner: string;
  readonly dpo: string;
  readonly contact: string;
  readonly representative: string;
  readonly jointControllers: string;
  readonly address: string;
  readonly draft: string;
}

const DA: SpreadsheetTexts = {
  sheets: {
    controller: 'Dataansvarlig',
    activities: 'Behandlingsaktiviteter',
    purposes: 'Formål og grundlag',
    matrix: 'Registrerede × oplysninger',
    vendors: 'Leverandører',
    measures: 'Sikkerhedsforanstaltninger',
    lists: 'Lister',
  },
  field: 'Felt',
  value: 'Værdi',
  activity: 'Behandlingsaktivitet',
  transfers: 'Tredjelande og garantier',
  matrixCorner: 'Registrerede \\ personoplysninger',
  dpo: 'Databeskyttelsesrådgiver',
  contact: 'Kontaktperson for databeskyttelse',
  representative: 'Repræsentant i EU',
  jointControllers: 'Fælles dataansvarlige',
  address: 'Adresse',
  draft: 'Udkast',
};

const SV: SpreadsheetTexts = {
  sheets: {
    controller: 'Personuppgiftsansvarig',
    activities: 'Behandlingar',
    purposes: 'Ändamål och grund',
    matrix: 'Registrerade × uppgifter',
    vendors: 'Leverantörer',
    measures: 'Säkerhetsåtgärder',
    lists: 'Listor',
  },
  field: 'Fält',
  value: 'Värde',
  activity: 'Behandling',
  transfers: 'Tredjeländer och skyddsåtgärder',
  matrixCorner: 'Registrerade \\ personuppgifter',
  dpo: 'Dataskyddsombud',
  contact: 'Kontaktperson för dataskydd',
  representative: 'Företrädare inom EU',
  jointControllers: 'Gemensamt personuppgiftsansvariga',
  address: 'Adress',
  draft: 'Utkast',
};

const EN: SpreadsheetTexts = {
  sheets: {
    controller: 'Controller',
    activities: 'Processing activities',
    purposes: 'Purposes and bases',
    matrix: 'Data subjects × data',
    vendors: 'Vendors',
    measures: 'Security measures',
    lists: 'Lists',
  },
  field: 'Field',
  value: 'Value',
  activity: 'Processing activity',
  transfers: 'Third countries and safeguards',
  matrixCorner: 'Data subjects \\ personal data',
  dpo: 'Data protection officer',
  contact: 'Data protection contact',
  representative: 'Representative in the EU',
  jointControllers: 'Joint controllers',
  address: 'Address',
  draft: 'Draft',
};

const TEXTS: Record<Language, SpreadsheetTexts> = { da: DA, sv: SV, en: EN };

export const spreadsheetTexts = (language: Language): SpreadsheetTexts => TEXTS[language];
