import * as z from 'zod';
import type { Language } from '../i18n/languages';
import type { Wording } from '../model/primitives';
import { quote } from './quote';

/**
 * Why the operating system would not let a file be read or written, as a code the UI can translate
 * (main maps Node's errno codes onto these; see electron/files/fileProblem.ts).
 */
export const FILE_PROBLEM_CODES = [
  'tooLarge',
  'notText',
  'notFound',
  'permissionDenied',
  'readOnly',
  'diskFull',
  'inUse',
  'isDirectory',
  'notRegularFile',
  'nameTooLong',
  'notAllowed',
  'invalidContent',
  'unknown',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

export const FileProblemSchema = z
  .object({
    code: z.enum(FILE_PROBLEM_CODES),
    /** The file's name (not its folder), for the message. */
    fileName: z.string().max(1000),
  })
  .strict();
export type FileProblem = z.infer<typeof FileProblemSchema>;

export type FileAction = 'open' | 'save';

/** A sentence for a file the app could not read or write; the user's data in the app is never affected. */
export function describeFileProblem(problem: FileProblem, action: FileAction, language: Language): string {
  const name = quote(problem.fileName, language);
  const verb: Wording =
    action === 'open'
      ? {
          da: `${name} kunne ikke åbnes.`,
          sv: `${name} kunde inte öppnas.`,
          en: `${name} could not be opened.`,
        }
      : {
          da: `${name} kunne ikke gemmes.`,
          sv: `${name} kunde inte sparas.`,
          en: `${name} could not be saved.`,
        };
  const why: Record<FileProblemCode, Wording> = {
    tooLarge: {
      da: 'Filen er større, end en projektfil må være.',
      sv: 'Filen är större än en projektfil får vara.',
      en: 'The file is larger than a project file may be.',
    },
    notText: {
      da: 'Filen er ikke tekst; den er beskadiget eller ikke en Kartotek-fil.',
      sv: 'Filen är inte text; den är skadad eller inte en fil från Kartotek.',
      en: 'The file is not text; it is damaged or not a Kartotek file.',
    },
    notFound: {
      da: 'Filen findes ikke længere. Den kan være flyttet, omdøbt eller slettet.',
      sv: 'Filen finns inte längre. Den kan ha flyttats, bytt namn eller tagits bort.',
      en: 'The file no longer exists. It may have been moved, renamed or deleted.',
    },
    permissionDenied: {
      da: 'Du har ikke adgang til filen eller mappen. Vælg en anden mappe, eller bed om adgang.',
      sv: 'Du har inte behörighet till filen eller mappen. Välj en annan mapp, eller be om behörighet.',
      en: 'You do not have permission for the file or its folder. Choose another folder, or ask for access.',
    },
    readOnly: {
      da: 'Drevet er skrivebeskyttet. Gem på et andet drev.',
      sv: 'Enheten är skrivskyddad. Spara på en annan enhet.',
      en: 'The drive is read-only. Save to another drive.',
    },
    diskFull: {
      da: 'Der er ikke plads nok på drevet. Frigør plads, eller gem et andet sted. Den tidligere fil er uændret.',
      sv: 'Det finns inte tillräckligt med utrymme på enheten. Frigör utrymme eller spara någon annanstans. Den tidigare filen är oförändrad.',
      en: 'There is not enough space on the drive. Free some space or save elsewhere. The previous file is unchanged.',
    },
    inUse: {
      da: 'Filen bruges af et andet program. Luk det, og prøv igen.',
      sv: 'Filen används av ett annat program. Stäng det och försök igen.',
      en: 'The file is in use by another program. Close it and try again.',
    },
    isDirectory: {
      da: 'Det er en mappe, ikke en fil.',
      sv: 'Det är en mapp, inte en fil.',
      en: 'It is a folder, not a file.',
    },
    notRegularFile: {
      da: 'Det er ikke en almindelig fil, men en enhed, en navngivet pipe eller en genvej til en af dem.',
      sv: 'Det är inte en vanlig fil utan en enhet, ett namngivet rör (pipe) eller en länk till något av dem.',
      en: 'It is not an ordinary file but a device, a named pipe or a link to one of them.',
    },
    nameTooLong: {
      da: 'Filnavnet eller stien er for lang. Vælg et kortere navn.',
      sv: 'Filnamnet eller sökvägen är för lång. Välj ett kortare namn.',
      en: 'The file name or path is too long. Choose a shorter name.',
    },
    notAllowed: {
      da: 'Kartotek må kun bruge filer, du selv har valgt. Vælg filen igen.',
      sv: 'Kartotek får bara använda filer som du själv har valt. Välj filen igen.',
      en: 'Kartotek only uses files you have chosen yourself. Choose the file again.',
    },
    invalidContent: {
      da: 'Indholdet er ikke et gyldigt Kartotek-projekt.',
      sv: 'Innehållet är inte ett giltigt projekt från Kartotek.',
      en: 'The content is not a valid Kartotek project.',
    },
    unknown: {
      da: 'Styresystemet meldte en fejl. Prøv igen, eller vælg et andet sted. Dine data i Kartotek er ikke berørt.',
      sv: 'Operativsystemet rapporterade ett fel. Försök igen eller välj en annan plats. Dina data i Kartotek påverkas inte.',
      en: 'The operating system reported an error. Try again, or choose another place. Your data in Kartotek is not affected.',
    },
  };
  return `${verb[language]} ${why[problem.code][language]}`;
}
