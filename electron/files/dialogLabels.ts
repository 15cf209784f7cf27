import type { Wording } from '../../shared/model/primitives';
import type { DocumentKind } from '../../shared/platform/fileContract';

/** Native dialog titles and file-type names, in the UI language main was told (setUiLanguage). */
export const DIALOG_LABELS = {
  openProject: { da: 'Åbn projekt', sv: 'Öppna projekt', en: 'Open project' },
  saveProject: { da: 'Gem projekt som', sv: 'Spara projekt som', en: 'Save project as' },
  saveDocument: { da: 'Gem dokument', sv: 'Spara dokument', en: 'Save document' },
  projectFiles: { da: 'Kartotek-projekter', sv: 'Kartotek-projekt', en: 'Kartotek projects' },
  unsavedTitle: {
    da: 'Ændringer ikke gemt i filen',
    sv: 'Ändringar inte sparade i filen',
    en: 'Changes not saved to the file',
  },
  unsavedMessage: {
    da: 'Projektet har ændringer, som ikke er gemt i projektfilen. Vil du lukke alligevel?',
    sv: 'Projektet har ändringar som inte är sparade i projektfilen. Vill du stänga ändå?',
    en: 'The project has changes that are not saved to its project file. Close anyway?',
  },
  unsavedDetail: {
    da: 'Intet går tabt i Kartotek: ændringerne er gemt i programmet og er der, næste gang du åbner det. Kun filen er ældre.',
    sv: 'Inget går förlorat i Kartotek: ändringarna är sparade i programmet och finns kvar nästa gång du öppnar det. Bara filen är äldre.',
    en: 'Nothing is lost in Kartotek: the changes are kept in the app and are there the next time you open it. Only the file is older.',
  },
  closeAnyway: { da: 'Luk alligevel', sv: 'Stäng ändå', en: 'Close anyway' },
  cancel: { da: 'Annullér', sv: 'Avbryt', en: 'Cancel' },
} satisfies Record<string, Wording>;

export const DOCUMENT_FILTERS: Record<DocumentKind, { name: Wording; extension: string }> = {
  docx: { name: { da: 'Word-dokument', sv: 'Word-dokument', en: 'Word document' }, extension: 'docx' },
  zip: { name: { da: 'ZIP-arkiv', sv: 'ZIP-arkiv', en: 'ZIP archive' }, extension: 'zip' },
  html: { name: { da: 'Webside', sv: 'Webbsida', en: 'Web page' }, extension: 'html' },
  xlsx: { name: { da: 'Excel-regneark', sv: 'Excel-kalkylblad', en: 'Excel workbook' }, extension: 'xlsx' },
};
