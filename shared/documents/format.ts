import type { CommonTexts } from './texts/types';

/** Text helpers shared by the builders: lists and sentences written the way each language writes them. */

/** "a, b og c" / "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], common: CommonTexts): string {
  const list = items.filter((item) => item.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} ${common.and} ${list[list.length - 1]}`;
}

/**
 * A list of catalog phrases ("Kunder, leverandører og kontaktpersoner"): the first as it is, the others lowered
 * inside the sentence as midSentence does (names keep their capitals), so no noun stands capitalised mid-list.
 */
export function joinPhrases(items: readonly string[], common: CommonTexts): string {
  return joinList(
    items.map((item, i) => (i === 0 ? item : midSentence(item))),
    common,
  );
}

/** Ends a user's phrase with a full stop, so the next sentence does not run on from it. */
export const sentence = (text: string): string =>
  /[.!?…:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/** Unique values, first occurrence kept. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/**
 * A user's phrase placed inside a sentence ("Vi behandler kontaktoplysninger …"): its first letter lowered, unless
 * it reads as a name — the first word written like an acronym ("IP-adresse", "UC AB"), or another word of the
 * phrase capitalised ("Det Centrale Virksomhedsregister", "Danske Bank"). Only for catalog phrases and purposes:
 * names of firms, vendors and authorities keep their capitals.
 */
export function midSentence(text: string): string {
  const trimmed = text.trim();
  const [first = '', second = ''] = [...trimmed];
  if (first === first.toLocaleLowerCase() || second !== second.toLocaleLowerCase()) return trimmed;
  // A later capitalised word ("Centrale", "Bank") marks a name; an acronym ("IT", "UC AB") does not.
  const laterName = trimmed
    .split(/\s+/)
    .slice(1)
    .some((word) => /^\p{Lu}\p{Ll}/u.test(word));
  // English names take a lower-case article inside a sentence: "from the Danish business register".
  if (laterName && !trimmed.startsWith('The ')) return trimmed;
  return first.toLocaleLowerCase() + trimmed.slice(first.length);
}

/** A name placed inside a sentence: it keeps its capitals, but an English article is lowered ("to the Danish Tax Agency"). */
export const nameMidSentence = (name: string): string => name.trim().replace(/^The /, 'the ');

/** A user's sentence used as a phrase in brackets: without its closing full stop. */
export const withoutFullStop = (text: string): string => text.trim().replace(/\.$/, '');
