import type { Wording } from '../../model/primitives';
import { findOutdatedAuthorityMarkers, OUTDATED_AUTHORITY_MARKERS } from '../../catalog/authorities';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { itemPhrase, LANGUAGE_NAMES, languageList, plural, q } from '../format';
import { infersConsentFromUse, mentionsPrivacyShield } from '../heuristics';
import { forEachText, type ItemLocation } from '../projectText';
import { defineRule, type Rule } from '../rule';
import type { ItemKind } from '../types';

/**
 * Rules over every user-written text of the project (see projectText.ts): organisation, policy settings,
 * catalogs, activities. One finding per item and field, whichever languages the text occurs in.
 */

type ItemParams = { kind: ItemKind; name: Wording };

const phrase = (language: Language, p: ItemParams): string => itemPhrase(language, p.kind, p.name);

function itemParams(item: ItemLocation): ItemParams {
  return { kind: item.kind, name: item.name };
}

const privacyShield = defineRule<ItemParams>({
  id: 'privacy-shield',
  severity: 'error',
  title: { da: 'Privacy Shield nævnt', sv: 'Privacy Shield nämns', en: 'Privacy Shield cited' },
  message: {
    da: (p) =>
      `${phrase('da', p)} nævner Privacy Shield. Ordningen blev underkendt af EU-Domstolen i juli 2020 (Schrems II) og er intet gyldigt overførselsgrundlag; henvis i stedet til EU-U.S. Data Privacy Framework eller standardkontraktbestemmelser.`,
    sv: (p) =>
      `${phrase('sv', p)} nämner Privacy Shield. Ordningen ogiltigförklarades av EU-domstolen i juli 2020 (Schrems II) och är ingen giltig grund för överföring; hänvisa i stället till EU-U.S. Data Privacy Framework eller standardavtalsklausuler.`,
    en: (p) =>
      `${phrase('en', p)} mentions Privacy Shield. The EU Court of Justice struck it down in July 2020 (Schrems II), and it is no valid transfer mechanism; refer to the EU-U.S. Data Privacy Framework or standard contractual clauses instead.`,
  },
  run(context, report) {
    const seen = new Set<string>();
    forEachText(context.texts, (text, item, field) => {
      if (!mentionsPrivacyShield(text)) return;
      const key = `${item.kind}|${item.id}|${field}`;
      if (seen.has(key)) return;
      seen.add(key);
      report({ item, field, params: itemParams(item) });
    });
  },
});

/** One case-insensitive pass over each text; only the rare hit goes through the catalog's own matcher. */
const ANY_OUTDATED_MARKER = new RegExp(
  OUTDATED_AUTHORITY_MARKERS.map((m) => m.marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);

const outdatedAuthority = defineRule<ItemParams & { marker: string; replacement: Wording; reason: Wording }>({
  id: 'outdated-authority',
  severity: 'warning',
  title: {
    da: 'Forældede oplysninger om tilsynsmyndigheden',
    sv: 'Inaktuella uppgifter om tillsynsmyndigheten',
    en: 'Outdated supervisory authority details',
  },
  message: {
    da: (p) =>
      `${phrase('da', p)} indeholder ${q('da', p.marker)}, som er forældet: ${p.reason.da} Skriv i stedet ${q('da', p.replacement.da)}.`,
    sv: (p) =>
      `${phrase('sv', p)} innehåller ${q('sv', p.marker)}, som är inaktuellt: ${p.reason.sv} Skriv i stället ${q('sv', p.replacement.sv)}.`,
    en: (p) =>
      `${phrase('en', p)} contains ${q('en', p.marker)}, which is outdated: ${p.reason.en} Write ${q('en', p.replacement.en)} instead.`,
  },
  run(context, report) {
    const seen = new Set<string>();
    forEachText(context.texts, (text, item, field) => {
      if (!ANY_OUTDATED_MARKER.test(text)) return;
      for (const marker of findOutdatedAuthorityMarkers(text)) {
        const key = `${item.kind}|${item.id}|${field}|${marker.marker}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({
          item,
          field,
          discriminator: marker.marker,
          params: {
            ...itemParams(item),
            marker: marker.marker,
            replacement: marker.replacement,
            reason: marker.reason,
          },
        });
      }
    });
  },
});

/**
 * Any user text (the policy's, a purpose's, a note …): "if you keep using our services after a change, we
 * take it you accept it", "ved at bruge hjemmesiden accepterer du cookies", "by using this site you agree".
 */
const consentByContinuedUse = defineRule<ItemParams>({
  id: 'consent-by-continued-use',
  severity: 'warning',
  title: {
    da: 'Accept eller samtykke udledt af brug',
    sv: 'Godkännande eller samtycke genom användning',
    en: 'Acceptance or consent inferred from use',
  },
  message: {
    da: (p) =>
      `${phrase('da', p)} udleder accept eller samtykke af, at man bruger hjemmesiden eller tjenesten. Samtykke kræver en aktiv, utvetydig handling (art. 4, nr. 11, og art. 7); tavshed eller (fortsat) brug er ikke samtykke, heller ikke til cookies. Bed om samtykke for sig, og skriv, hvordan I oplyser om ændringer.`,
    sv: (p) =>
      `${phrase('sv', p)} utgår från att användning av webbplatsen eller tjänsten innebär godkännande eller samtycke. Samtycke kräver en aktiv, otvetydig handling (artikel 4.11 och 7); tystnad eller (fortsatt) användning är inget samtycke, inte heller till cookies. Be om samtycke separat och beskriv hur ni informerar om ändringar.`,
    en: (p) =>
      `${phrase('en', p)} infers acceptance or consent from using the site or service. Consent needs a clear affirmative act (Articles 4(11) and 7); silence or (continued) use is not consent, not for cookies either. Ask for consent separately, and say how you inform people about changes.`,
  },
  run(context, report) {
    const seen = new Set<string>();
    for (const entry of context.texts.localized) {
      const key = `${entry.item.kind} ${entry.item.id ?? ''} ${entry.field}`;
      if (seen.has(key)) continue;
      if (!LANGUAGES.some((language) => infersConsentFromUse(entry.value[language] ?? ''))) continue;
      seen.add(key);
      report({ item: entry.item, field: entry.field, params: itemParams(entry.item) });
    }
  },
});

/** Some non-blank text; without allocating, as trim() would (this runs for every field of the register). */
function hasText(text: string | undefined): boolean {
  return text !== undefined && /\S/.test(text);
}

type TranslationParams = ItemParams & { languages: Language[]; fields: number; primary: Language };

/** What the documents do instead: fall back to the primary language, unless that is what is missing. */
function fallback(language: Language, p: TranslationParams): string {
  const primary = LANGUAGE_NAMES[language][p.primary];
  const others = p.languages.filter((l) => l !== p.primary);
  if (p.languages.includes(p.primary)) {
    return {
      da: `Teksten mangler på det primære sprog (${primary}), så dokumenterne kan få tomme felter.`,
      sv: `Texten saknas på det primära språket (${primary}), så dokumenten kan få tomma fält.`,
      en: `The text is missing in the primary language (${primary}), so the documents may show empty fields.`,
    }[language];
  }
  return {
    da: `Dokumenter på ${languageList('da', others)} bruger i stedet teksten på ${primary}.`,
    sv: `Dokument på ${languageList('sv', others)} använder i stället texten på ${primary}.`,
    en: `Documents in ${languageList('en', others)} fall back to the ${primary} text.`,
  }[language];
}

/**
 * Per item: the document languages in which some filled, published text has no translation (the
 * primary language included: a text written only in English is missing in a Danish-only project).
 */
const missingTranslation = defineRule<TranslationParams>({
  id: 'missing-translation',
  severity: 'warning',
  title: { da: 'Manglende oversættelse', sv: 'Översättning saknas', en: 'Missing translation' },
  message: {
    da: (p) =>
      `${phrase('da', p)} mangler oversættelse til ${languageList('da', p.languages)} (${p.fields} ${plural(p.fields, 'felt', 'felter')}). ${fallback('da', p)}`,
    sv: (p) =>
      `${phrase('sv', p)} saknar översättning till ${languageList('sv', p.languages)} (${p.fields} fält). ${fallback('sv', p)}`,
    en: (p) =>
      `${phrase('en', p)} has no ${languageList('en', p.languages)} translation (${p.fields} ${plural(p.fields, 'field', 'fields')}). ${fallback('en', p)}`,
  },
  run(context, report) {
    const wanted = LANGUAGES.filter((language) => context.documentLanguages.includes(language));
    const byItem = new Map<ItemLocation, { missing: Set<Language>; fields: number; first: string }>();
    for (const entry of context.texts.localized) {
      if (!entry.published) continue;
      const value = entry.value;
      if (!hasText(value.da) && !hasText(value.sv) && !hasText(value.en)) continue;
      let state: { missing: Set<Language>; fields: number; first: string } | undefined;
      for (const language of wanted) {
        if (hasText(value[language])) continue;
        if (!state) {
          state = byItem.get(entry.item);
          if (!state) {
            state = { missing: new Set<Language>(), fields: 0, first: entry.field };
            byItem.set(entry.item, state);
          }
          state.fields += 1;
        }
        state.missing.add(language);
      }
    }
    for (const [item, state] of byItem) {
      report({
        item,
        field: state.first,
        params: {
          ...itemParams(item),
          languages: wanted.filter((language) => state.missing.has(language)),
          fields: state.fields,
          primary: context.primary,
        },
      });
    }
  },
});

export const TEXT_RULES: readonly Rule[] = [
  privacyShield,
  outdatedAuthority,
  consentByContinuedUse,
  missingTranslation,
];
