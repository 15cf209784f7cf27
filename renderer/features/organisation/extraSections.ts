import type { Language } from '../../../shared/i18n/languages';
import type { PolicySettings } from '../../../shared/model';
import { withText } from '../../register/LocalizedTextField';

/**
 * The policy's free sections as a list the user edits: each change returns the new list (or the same one
 * when there is nothing to change), so the form can store it in one update.
 */
export type ExtraSection = PolicySettings['extraSections'][number];
type Sections = ExtraSection[];

/** Enough for any real policy; the limit keeps a stuck key from filling the document. */
export const MAX_EXTRA_SECTIONS = 200;

export function withNewSection(sections: Sections, id: string): Sections {
  return [...sections, { id, heading: {}, body: {} }];
}

/** The section moved one place up (-1) or down (1); at either end it stays where it is. */
export function withSectionMoved(sections: Sections, id: string, by: -1 | 1): Sections {
  const from = sections.findIndex((section) => section.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= sections.length) return sections;
  const list = [...sections];
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

export function withoutSection(sections: Sections, id: string): Sections {
  return sections.filter((section) => section.id !== id);
}

/** Undo of a removal: the section back at its place (or last, if the list has become shorter); once only. */
export function withSectionBack(sections: Sections, section: ExtraSection, index: number): Sections {
  if (sections.some((s) => s.id === section.id)) return sections;
  const list = [...sections];
  list.splice(Math.min(index, list.length), 0, section);
  return list;
}

export function withSectionText(
  sections: Sections,
  id: string,
  key: 'heading' | 'body',
  language: Language,
  text: string,
): Sections {
  return sections.map((section) =>
    section.id === id ? { ...section, [key]: withText(section[key], language, text) } : section,
  );
}
