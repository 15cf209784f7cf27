import { wording as w, type Wording } from '../model/primitives';

/**
 * Words for the parts of a project file that are not fields of the model; the model's fields are named by
 * the vocabulary (shared/model/vocabulary).
 */
export const FILE_KEY_LABELS: Readonly<Record<string, Wording>> = {
  // the file's envelope around the project
  format: w('filformat', 'filformat', 'file format'),
  formatVersion: w('formatversion', 'formatversion', 'format version'),
  appVersion: w('programversion', 'programversion', 'app version'),
  savedAt: w('gemt tidspunkt', 'sparad tidpunkt', 'time saved'),
  project: w('projekt', 'projekt', 'project'),
  // the languages of a text held per language
  da: w('dansk tekst', 'dansk text', 'Danish text'),
  sv: w('svensk tekst', 'svensk text', 'Swedish text'),
  en: w('engelsk tekst', 'engelsk text', 'English text'),
};

/** "entry 3": for lists of references and anything else without a noun of its own. */
export const ENTRY_LABEL: Wording = w('nr.', 'nr', 'entry');

/**
 * The indefinite article before the name of a kind of item, for "refers to a vendor …": every catalog's noun
 * is of common gender in Danish and Swedish and starts with a consonant in English.
 */
export const INDEFINITE_ARTICLE: Wording = w('en', 'en', 'a');
