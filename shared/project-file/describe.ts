import { formatDate } from '../i18n/format';
import { LANGUAGE_TAGS, type Language } from '../i18n/languages';
import { capitalise } from '../model/localizedText';
import type { PathSegment, ProjectFileError, ValidationIssue, ValueType } from './errors';
import { ENTRY_LABEL, FILE_KEY_LABELS, INDEFINITE_ARTICLE } from './fieldLabels';
import {
  FIELD_TERMS,
  fieldNoun,
  PROJECT_KEY_ROOTS,
  projectFieldPath,
  type FieldPath,
} from '../model/vocabulary';
import { quote } from './quote';
import type { Wording } from '../model/primitives';

/**
 * Sentences for a file that cannot be opened, in the user's language: what is wrong and where, in
 * the words of the editor ("Activity 3 “Customer support” › Purpose 1 › Legal basis"), never zod's.
 * Pure: the same error gives the same text in main, renderer and CLI.
 */

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[language]).format(value);
}

function formatMegabytes(bytes: number, language: Language): string {
  const megabytes = bytes / (1024 * 1024);
  const digits = megabytes < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(LANGUAGE_TAGS[language], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(megabytes)} MB`;
}

/** A key of the file in words: a field of the model by the vocabulary's noun, else the file's own word, else quoted. */
function keyWord(field: FieldPath | null, key: string, language: Language): string {
  if (field) return fieldNoun(field, language);
  return Object.hasOwn(FILE_KEY_LABELS, key) ? FILE_KEY_LABELS[key]![language] : quote(key, language);
}

/**
 * The place a path points to, in words; null for the file as a whole. The leading "project" is left
 * out: everything a user edits is in the project.
 */
export function describeLocation(
  path: readonly PathSegment[],
  pathNames: readonly (string | null)[],
  language: Language,
): string | null {
  return path[0] === 'project' && path.length > 1
    ? describePlace(path.slice(1), pathNames.slice(1), language, [])
    : describePlace(path, pathNames, language, null);
}

/**
 * A place inside the project in the vocabulary's nouns, e.g. ["organisation", "city"] → "organisation › city";
 * with `within`, the path starts inside the project's keys `within`, e.g. ["name"] within ["vendors"] is a
 * vendor's name.
 */
export function describeProjectPlace(
  path: readonly PathSegment[],
  language: Language,
  within: readonly string[] = [],
): string | null {
  return describePlace(path, [], language, within);
}

/** `within` null: the path is not known to lie in the project, so its keys are not looked up in the vocabulary. */
function describePlace(
  path: readonly PathSegment[],
  pathNames: readonly (string | null)[],
  language: Language,
  within: readonly string[] | null,
): string | null {
  const keys: string[] = [...(within ?? [])];
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    if (typeof segment === 'number') {
      parts.push(`${ENTRY_LABEL[language]} ${segment + 1}`);
      continue;
    }
    keys.push(segment);
    const field = within ? projectFieldPath(keys) : null;
    if (typeof next === 'number') {
      const name = pathNames[i + 1];
      const named = name ? ` ${quote(name, language)}` : '';
      // a list of items is numbered by its kind ("vendor 2"), a list field by its entry ("purpose 1")
      const isKindList = keys.length === 1 && field !== null && !field.includes('.');
      const entry = field && (isKindList ? fieldNoun(field, language) : FIELD_TERMS[field].entry?.[language]);
      parts.push(
        entry
          ? `${entry} ${next + 1}${named}`
          : `${keyWord(field, segment, language)} › ${ENTRY_LABEL[language]} ${next + 1}${named}`,
      );
      i++;
    } else {
      parts.push(keyWord(field, segment, language));
    }
  }
  return parts.length > 0 ? parts.join(' › ') : null;
}

const THE_FILE: Wording = { da: 'filen', sv: 'filen', en: 'the file' };

const VALUE_TYPES: Record<ValueType, Wording> = {
  text: { da: 'tekst', sv: 'text', en: 'text' },
  number: { da: 'et tal', sv: 'ett tal', en: 'a number' },
  boolean: { da: 'ja eller nej', sv: 'ja eller nej', en: 'yes or no' },
  list: { da: 'en liste', sv: 'en lista', en: 'a list' },
  object: { da: 'en gruppe af felter', sv: 'en grupp av fält', en: 'a group of fields' },
  null: { da: 'en tom værdi', sv: 'ett tomt värde', en: 'an empty value' },
  other: { da: 'en ukendt værdi', sv: 'ett okänt värde', en: 'an unknown value' },
};

const INTRO: Wording = {
  da: 'Projektfilen kan ikke åbnes.',
  sv: 'Projektfilen kan inte öppnas.',
  en: 'The project file cannot be opened.',
};

/** One problem in a file that is otherwise a Kartotek file, as one sentence. */
export function describeIssue(issue: ValidationIssue, language: Language): string {
  const where = describeLocation(issue.path, issue.pathNames, language) ?? THE_FILE[language];
  const q = (text: string) => quote(text, language);
  const n = (value: number | undefined) => formatNumber(value ?? 0, language);
  const t = (words: Wording) => words[language];
  const sentence = (() => {
    switch (issue.kind) {
      case 'missing':
        return t({ da: `${where} mangler.`, sv: `${where} saknas.`, en: `${where} is missing.` });
      case 'wrongType': {
        const expected = VALUE_TYPES[issue.expected ?? 'other'][language];
        const found = VALUE_TYPES[issue.found ?? 'other'][language];
        return t({
          da: `${where} skal være ${expected}, men filen indeholder ${found}.`,
          sv: `${where} ska vara ${expected}, men filen innehåller ${found}.`,
          en: `${where} should be ${expected}, but the file holds ${found}.`,
        });
      }
      case 'unknownField': {
        const keys = (issue.keys ?? []).map(q).join(', ');
        return t({
          da: `${where} indeholder felter, som Kartotek ikke kender: ${keys}. Filen er måske lavet af et andet program.`,
          sv: `${where} innehåller fält som Kartotek inte känner till: ${keys}. Filen kan vara skapad av ett annat program.`,
          en: `${where} contains fields Kartotek does not know: ${keys}. The file may have been made by another program.`,
        });
      }
      case 'tooLong':
        return t({
          da: `${where} er ${n(issue.length)} tegn lang, men højst ${n(issue.limit)} tegn er tilladt.`,
          sv: `${where} är ${n(issue.length)} tecken lång, men högst ${n(issue.limit)} tecken är tillåtna.`,
          en: `${where} is ${n(issue.length)} characters long, but at most ${n(issue.limit)} are allowed.`,
        });
      case 'tooMany':
        return t({
          da: `${where} har flere end de tilladte ${n(issue.limit)} elementer.`,
          sv: `${where} har fler än de tillåtna ${n(issue.limit)} posterna.`,
          en: `${where} has more than the ${n(issue.limit)} entries allowed.`,
        });
      case 'tooHigh':
        return t({
          da: `${where} er større end ${n(issue.limit)}.`,
          sv: `${where} är större än ${n(issue.limit)}.`,
          en: `${where} is larger than ${n(issue.limit)}.`,
        });
      case 'tooShort':
        return issue.limit === 1
          ? t({
              da: `${where} er tom, men skal udfyldes.`,
              sv: `${where} är tomt men måste fyllas i.`,
              en: `${where} is empty but must be filled in.`,
            })
          : t({
              da: `${where} er kortere end ${n(issue.limit)} tegn.`,
              sv: `${where} är kortare än ${n(issue.limit)} tecken.`,
              en: `${where} is shorter than ${n(issue.limit)} characters.`,
            });
      case 'tooFew':
        return t({
          da: `${where} skal have mindst ${n(issue.limit)} elementer.`,
          sv: `${where} måste ha minst ${n(issue.limit)} poster.`,
          en: `${where} must have at least ${n(issue.limit)} entries.`,
        });
      case 'tooLow':
        return t({
          da: `${where} er mindre end ${n(issue.limit)}.`,
          sv: `${where} är mindre än ${n(issue.limit)}.`,
          en: `${where} is smaller than ${n(issue.limit)}.`,
        });
      case 'notInteger':
        return t({
          da: `${where} skal være et helt tal.`,
          sv: `${where} måste vara ett heltal.`,
          en: `${where} must be a whole number.`,
        });
      case 'numberTooLarge':
        return t({
          da: `${where} indeholder et tal, der er for stort til at kunne gemmes (f.eks. 1e400).`,
          sv: `${where} innehåller ett tal som är för stort för att kunna sparas (t.ex. 1e400).`,
          en: `${where} holds a number too large to be stored (such as 1e400).`,
        });
      case 'notOneOf': {
        const allowed = (issue.allowed ?? []).map(q).join(', ');
        const value = q(issue.value ?? '');
        return t({
          da: `${where} indeholder ${value}, som ikke er en af de tilladte værdier (${allowed}).`,
          sv: `${where} innehåller ${value}, som inte är ett av de tillåtna värdena (${allowed}).`,
          en: `${where} holds ${value}, which is not one of the allowed values (${allowed}).`,
        });
      }
      case 'badId':
        return t({
          da: `${where} er ikke et gyldigt id (kun bogstaver, tal, »-« og »_«, højst 64 tegn).`,
          sv: `${where} är inte ett giltigt id (endast bokstäver, siffror, ”-” och ”_”, högst 64 tecken).`,
          en: `${where} is not a valid id (only letters, digits, “-” and “_”, at most 64 characters).`,
        });
      case 'badDate':
        return t({
          da: `${where} er ikke en gyldig dato. Datoer skrives ÅÅÅÅ-MM-DD, f.eks. 2026-03-31.`,
          sv: `${where} är inte ett giltigt datum. Datum skrivs ÅÅÅÅ-MM-DD, t.ex. 2026-03-31.`,
          en: `${where} is not a valid date. Dates are written YYYY-MM-DD, e.g. 2026-03-31.`,
        });
      case 'dateOutOfRange': {
        const date = (value: string | undefined) => formatDate(value ?? '', language);
        const value = q(issue.value ?? '');
        const earliest = date(issue.range?.earliest);
        const latest = date(issue.range?.latest);
        return t({
          da: `${where} er ${value}, men en dato skal ligge mellem ${earliest} og ${latest}.`,
          sv: `${where} är ${value}, men ett datum ska ligga mellan ${earliest} och ${latest}.`,
          en: `${where} is ${value}, but a date must lie between ${earliest} and ${latest}.`,
        });
      }
      case 'badTimestamp':
        return t({
          da: `${where} er ikke et gyldigt tidspunkt (f.eks. 2026-03-31T14:00:00Z).`,
          sv: `${where} är inte en giltig tidpunkt (t.ex. 2026-03-31T14:00:00Z).`,
          en: `${where} is not a valid time (e.g. 2026-03-31T14:00:00Z).`,
        });
      case 'badCountry':
        return t({
          da: `${where} er ikke en landekode, Kartotek kender (to bogstaver, f.eks. DK eller SE).`,
          sv: `${where} är inte en landskod som Kartotek känner till (två bokstäver, t.ex. DK eller SE).`,
          en: `${where} is not a country code Kartotek knows (two letters, e.g. DK or SE).`,
        });
      case 'badColour':
        return t({
          da: `${where} er ikke en farve skrevet som #RRGGBB.`,
          sv: `${where} är inte en färg skriven som #RRGGBB.`,
          en: `${where} is not a colour written as #RRGGBB.`,
        });
      case 'badLogo':
        return t({
          da: `${where}: logoets billeddata er beskadigede.`,
          sv: `${where}: logotypens bilddata är skadade.`,
          en: `${where}: the logo’s image data is damaged.`,
        });
      case 'badFormat':
        return t({
          da: `${where} er ikke skrevet i den forventede form.`,
          sv: `${where} är inte skrivet i den förväntade formen.`,
          en: `${where} is not written in the expected form.`,
        });
      case 'unknownReference': {
        const target = issue.target
          ? `${INDEFINITE_ARTICLE[language]} ${fieldNoun(PROJECT_KEY_ROOTS[issue.target], language)}`
          : undefined;
        const value = q(issue.value ?? '');
        return target
          ? t({
              da: `${where} henviser til ${target}, som ikke findes i filen (${value}).`,
              sv: `${where} hänvisar till ${target} som inte finns i filen (${value}).`,
              en: `${where} refers to ${target} that is not in the file (${value}).`,
            })
          : t({
              da: `${where} henviser til noget, som ikke findes i filen (${value}).`,
              sv: `${where} hänvisar till något som inte finns i filen (${value}).`,
              en: `${where} refers to something that is not in the file (${value}).`,
            });
      }
      case 'duplicateId':
        return t({
          da: `${where}: id'et ${q(issue.value ?? '')} bruges to gange i samme liste.`,
          sv: `${where}: id:t ${q(issue.value ?? '')} används två gånger i samma lista.`,
          en: `${where}: the id ${q(issue.value ?? '')} is used twice in the same list.`,
        });
      case 'primaryLanguage':
        return t({
          da: 'Det primære dokumentsprog er ikke et af dokumentsprogene.',
          sv: 'Huvudspråket för dokumenten är inte ett av dokumentspråken.',
          en: 'The primary document language is not one of the document languages.',
        });
      case 'duplicateLanguage':
        return t({
          da: 'Et dokumentsprog står der to gange.',
          sv: 'Ett dokumentspråk anges två gånger.',
          en: 'A document language is listed twice.',
        });
      case 'notAllowed':
        return t({
          da: `${where} indeholder en værdi, som ikke er tilladt.`,
          sv: `${where} innehåller ett värde som inte är tillåtet.`,
          en: `${where} holds a value that is not allowed.`,
        });
    }
  })();
  return capitalise(sentence);
}

/** The problem itself, without the "cannot be opened" introduction. */
export function describeProjectFileProblem(error: ProjectFileError, language: Language): string {
  const t = (words: Wording) => words[language];
  switch (error.code) {
    case 'tooLarge':
      return t({
        da: `Filen fylder ${formatMegabytes(error.sizeBytes, 'da')}, mere end de ${formatMegabytes(error.limitBytes, 'da')}, en projektfil må fylde. Er det den rigtige fil?`,
        sv: `Filen är ${formatMegabytes(error.sizeBytes, 'sv')}, större än de ${formatMegabytes(error.limitBytes, 'sv')} som en projektfil får vara. Är det rätt fil?`,
        en: `The file is ${formatMegabytes(error.sizeBytes, 'en')}, larger than the ${formatMegabytes(error.limitBytes, 'en')} a project file may be. Is it the right file?`,
      });
    case 'empty':
      return t({ da: 'Filen er tom.', sv: 'Filen är tom.', en: 'The file is empty.' });
    case 'notText':
      return t({
        da: 'Filen er ikke tekst: den er beskadiget, eller den er ikke en Kartotek-projektfil.',
        sv: 'Filen är inte text: den är skadad, eller så är den inte en projektfil från Kartotek.',
        en: 'The file is not text: it is damaged, or it is not a Kartotek project file.',
      });
    case 'notJson': {
      const at =
        error.line === null
          ? ''
          : t({
              da: ` (fra linje ${error.line}, kolonne ${error.column})`,
              sv: ` (från rad ${error.line}, kolumn ${error.column})`,
              en: ` (from line ${error.line}, column ${error.column})`,
            });
      return t({
        da: `Filen er beskadiget eller ufuldstændig${at}. Den kan være blevet afkortet, da den blev sendt eller gemt.`,
        sv: `Filen är skadad eller ofullständig${at}. Den kan ha kortats av när den skickades eller sparades.`,
        en: `The file is damaged or incomplete${at}. It may have been cut off when it was sent or saved.`,
      });
    }
    case 'tooDeep':
      return t({
        da: `Filen har mere end ${error.limit} niveauer inden i hinanden, hvilket ingen Kartotek-projektfil har. Den er beskadiget eller lavet af et andet program.`,
        sv: `Filen har mer än ${error.limit} nivåer inuti varandra, vilket ingen projektfil från Kartotek har. Den är skadad eller skapad av ett annat program.`,
        en: `The file nests more than ${error.limit} levels deep, which no Kartotek project file does. It is damaged or was made by another program.`,
      });
    case 'forbiddenKey': {
      const where =
        describeLocation(error.path.slice(0, -1), error.pathNames, language) ?? THE_FILE[language];
      const key = quote(error.key, language);
      return capitalise(
        t({
          da: `${where} indeholder et felt med navnet ${key}, som Kartotek aldrig skriver og af sikkerhedshensyn afviser.`,
          sv: `${where} innehåller ett fält med namnet ${key}, som Kartotek aldrig skriver och av säkerhetsskäl inte läser.`,
          en: `${where} contains a field named ${key}, which Kartotek never writes and refuses for safety.`,
        }),
      );
    }
    case 'notKartotek':
      return t({
        da: 'Det er ikke en Kartotek-projektfil (den angiver ikke »kartotek-project« som format).',
        sv: 'Det är inte en projektfil från Kartotek (den anger inte ”kartotek-project” som format).',
        en: 'It is not a Kartotek project file (it does not give “kartotek-project” as its format).',
      });
    case 'badVersion':
      return t({
        da: 'Filens formatversion mangler eller er ikke et helt tal større end 0.',
        sv: 'Filens formatversion saknas eller är inte ett heltal större än 0.',
        en: 'The file’s format version is missing or is not a whole number above 0.',
      });
    case 'newerVersion': {
      const app = error.appVersion ? `Kartotek ${error.appVersion}, ` : '';
      return t({
        da: `Den er gemt med en nyere version af Kartotek (${app}filformat ${error.version}). Denne version kan åbne filformat ${error.supportedVersion} og ældre. Opdatér Kartotek for at åbne filen.`,
        sv: `Den sparades med en nyare version av Kartotek (${app}filformat ${error.version}). Den här versionen kan öppna filformat ${error.supportedVersion} och äldre. Uppdatera Kartotek för att öppna filen.`,
        en: `It was saved by a newer version of Kartotek (${app}file format ${error.version}). This version opens file format ${error.supportedVersion} and older. Update Kartotek to open the file.`,
      });
    }
    case 'migrationFailed':
      return t({
        da: `Den er i det ældre filformat ${error.fromVersion}, og den kunne ikke omsættes til det nuværende format (trin ${error.failedAt} → ${error.failedAt + 1} mislykkedes). Filen er ikke ændret.`,
        sv: `Den är i det äldre filformatet ${error.fromVersion}, och den kunde inte omvandlas till det nuvarande formatet (steg ${error.failedAt} → ${error.failedAt + 1} misslyckades). Filen har inte ändrats.`,
        en: `It is in the older file format ${error.fromVersion} and could not be converted to the current format (step ${error.failedAt} → ${error.failedAt + 1} failed). The file has not been changed.`,
      });
    case 'invalid': {
      const first = error.issues[0];
      const head = first
        ? describeIssue(first, language)
        : t({ da: 'Filen er ikke gyldig.', sv: 'Filen är inte giltig.', en: 'The file is not valid.' });
      const more = error.issueCount - 1;
      if (more <= 0) return head;
      return `${head} ${t({
        da: more === 1 ? '(Der er 1 problem mere i filen.)' : `(Der er ${more} problemer mere i filen.)`,
        sv: more === 1 ? '(Det finns 1 problem till i filen.)' : `(Det finns ${more} problem till i filen.)`,
        en:
          more === 1
            ? '(There is 1 more problem in the file.)'
            : `(There are ${more} more problems in the file.)`,
      })}`;
    }
  }
}

/** The whole message for a file that cannot be opened: "The project file cannot be opened. <problem>" */
export function describeProjectFileError(error: ProjectFileError, language: Language): string {
  return `${INTRO[language]} ${describeProjectFileProblem(error, language)}`;
}
