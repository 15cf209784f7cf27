import type { Wording } from '../../model/primitives';
import { registerAt } from '../../changes/rollback';
import type { Language } from '../../i18n/languages';
import {
  describeRegisterChange,
  diffRegister,
  isContentHash,
  latestExports,
  PolicyDigests,
  type RegisterChange,
} from '../drift';
import { formatDate } from '../../i18n/format';
import { itemPhrase, LANGUAGE_NAMES, q, shortList } from '../format';
import { CATALOG_ITEMS, catalogLocation, singletonLocation, type ItemLocation } from '../projectText';
import { referencedIds } from '../references';
import { defineRule, type Rule } from '../rule';
import type { ItemKind } from '../types';

/** Rules over the project as a whole: unused catalog items and drift since the last policy export. */

type ItemParams = { kind: ItemKind; name: Wording };

const unusedCatalogItem = defineRule<ItemParams>({
  id: 'unused-catalog-item',
  severity: 'info',
  title: { da: 'Ubrugt katalogpunkt', sv: 'Oanvänd katalogpost', en: 'Unused catalog item' },
  message: {
    da: (p) =>
      `${itemPhrase('da', p.kind, p.name)} bruges ikke af nogen aktivitet. Tilknyt den, eller slet den, hvis den ikke længere er relevant.`,
    sv: (p) =>
      `${itemPhrase('sv', p.kind, p.name)} används inte i någon behandling. Koppla den till en behandling eller ta bort den om den inte längre behövs.`,
    en: (p) =>
      `${itemPhrase('en', p.kind, p.name)} is not used by any activity. Link it to one, or delete it if it is no longer relevant.`,
  },
  run(context, report) {
    // Retired activities count: their history is kept, and with it what they refer to.
    const used = referencedIds(context.project.activities);
    for (const catalog of CATALOG_ITEMS) {
      for (const entry of context.project[catalog.key]) {
        if (used[catalog.key].has(entry.id)) continue;
        const item = catalogLocation(catalog, entry.id, context.names(entry.name));
        report({ item, field: null, params: { kind: item.kind, name: item.name } });
      }
    }
  },
});

type DriftParams = {
  audience: Wording | null;
  language: Language;
  exportedAt: string;
  versionLabel: string;
  /** What changed, when the caller kept the register as it was at the export; else null. */
  changes: RegisterChange[] | null;
};

function policyName(language: Language, p: DriftParams): string {
  const policy = itemPhrase(language, 'policy', p.audience ?? { da: '', sv: '', en: '' });
  if (!p.audience) return policy;
  const forWord = { da: 'for', sv: 'för', en: 'for' }[language];
  return `${policy} ${forWord} ${q(language, p.audience[language])}`;
}

function driftMessage(language: Language, p: DriftParams): string {
  const when = formatDate(p.exportedAt, language);
  const lang = LANGUAGE_NAMES[language][p.language];
  const version = p.versionLabel ? `, version ${p.versionLabel}` : '';
  const changed = p.changes?.length
    ? ` ${{ da: 'Ændret', sv: 'Ändrat', en: 'Changed' }[language]}: ${shortList(
        language,
        p.changes.map((c) => describeRegisterChange(c, language)),
        3,
      )}.`
    : '';
  const text = {
    da: `${policyName('da', p)} (${lang}, eksporteret ${when}${version}) er ældre end fortegnelsen: fortegnelsen er ændret siden.${changed} Eksportér og offentliggør politikken igen.`,
    sv: `${policyName('sv', p)} (${lang}, exporterad ${when}${version}) är äldre än registret: registret har ändrats sedan dess.${changed} Exportera och publicera policyn på nytt.`,
    en: `${policyName('en', p)} (${lang}, exported ${when}${version}) is older than the register: the register has changed since.${changed} Export and publish the policy again.`,
  };
  return text[language];
}

/**
 * Drift: for the latest policy export of each audience and language, the content hash recorded then
 * differs from the one computed now (see drift.ts). With options.snapshotAtExport, the finding names
 * what changed.
 */
const policyOutdated = defineRule<DriftParams>({
  id: 'policy-outdated',
  severity: 'warning',
  title: {
    da: 'Politikken er ældre end fortegnelsen',
    sv: 'Policyn är äldre än registret',
    en: 'Policy older than the register',
  },
  message: {
    da: (p) => driftMessage('da', p),
    sv: (p) => driftMessage('sv', p),
    en: (p) => driftMessage('en', p),
  },
  run(context, report) {
    const { project } = context;
    // One instance per run: each activity and item is digested once, whatever the number of audiences.
    const digests = new PolicyDigests(project);
    const hashes = new Map<string | null, string>();
    for (const record of latestExports(project.exportHistory, 'policy')) {
      const audience = record.audienceId === null ? undefined : context.audiences.get(record.audienceId);
      if (record.audienceId !== null && !audience) continue; // the audience is gone: nothing to republish
      if (!isContentHash(record.contentHash)) continue; // not made by exportContentHash: cannot be judged
      const hash = hashes.get(record.audienceId) ?? digests.forAudience(record.audienceId);
      hashes.set(record.audienceId, hash);
      if (hash === record.contentHash) continue;
      // The register at the export, from the caller or rebuilt from the change log (when it reaches back).
      const before = context.options.snapshotAtExport
        ? context.options.snapshotAtExport(record)
        : registerAt(project, record.at);
      const item: ItemLocation = audience
        ? {
            kind: 'audience',
            id: audience.id,
            name: context.names(audience.name),
            screen: 'documents',
            rootPath: null,
          }
        : singletonLocation('policy');
      report({
        item,
        field: null,
        discriminator: `${record.audienceId ?? ''}|${record.language}`,
        params: {
          audience: audience ? item.name : null,
          language: record.language,
          exportedAt: record.at.slice(0, 10),
          versionLabel: record.versionLabel,
          changes: before ? diffRegister(before, project) : null,
        },
      });
    }
  },
});

export const PROJECT_RULES: readonly Rule[] = [unusedCatalogItem, policyOutdated];
