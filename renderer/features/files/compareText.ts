import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { anyText, capitalise } from '../../../shared/model/localizedText';
import type { LocalizedText } from '../../../shared/model/primitives';
import { describeProjectPlace, type PathSegment } from '../../../shared/project-file';

/** Words the Compare screen needs besides the field names (which shared/project-file provides). */
export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
  none: string;
  image: string;
  entries(count: number): string;
}

const MAX_SHOWN = 300;

function shorten(text: string): string {
  const points = Array.from(text);
  return points.length > MAX_SHOWN ? `${points.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalizedText(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.every(
    (key) => (LANGUAGES as readonly string[]).includes(key) && typeof value[key] === 'string',
  );
}

/**
 * A setting's value as one short line: text as it is (translated text in the UI language first),
 * yes/no, a list joined, a logo as "image", a group by its name. Never raw JSON.
 */
export function formatValue(value: unknown, language: Language, words: ValueWords): string {
  if (value === null || value === undefined) return words.none;
  if (typeof value === 'string') return value.trim() === '' ? words.empty : shorten(value);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    if (value.every((entry) => typeof entry === 'string')) return shorten(value.join(', '));
    return words.entries(value.length);
  }
  if (isRecord(value)) {
    if (isLocalizedText(value)) {
      const order = [language, ...LANGUAGES.filter((other) => other !== language)];
      const text = anyText(value as LocalizedText, order);
      return text.trim() === '' ? words.empty : shorten(text);
    }
    if (typeof value.dataBase64 === 'string') return words.image;
    if (typeof value.name === 'string' && value.name.trim() !== '') return shorten(value.name);
    if (Array.isArray(value.languages)) return formatValue(value.languages, language, words);
    return words.entries(Object.keys(value).length);
  }
  return words.none;
}

/**
 * The fields that differ, in the vocabulary's nouns, e.g. "Name, Purpose 2 › Legal bases"; at most `max`, then
 * "and N more". The paths lead from the project down, or with `within` from an item of that list (["vendors"]).
 */
export function describeFields(
  fields: readonly PathSegment[][],
  language: Language,
  more: (count: number) => string,
  { within = [], max = 4 }: { within?: readonly string[]; max?: number } = {},
): string {
  const described = [
    ...new Set(
      fields.map((path) => describeProjectPlace(path, language, within)).filter((text) => text !== null),
    ),
  ].map((text) => text.split(' › ').map(capitalise).join(' › '));
  const shown = described.slice(0, max).join(', ');
  return described.length > max ? `${shown} ${more(described.length - max)}` : shown;
}
