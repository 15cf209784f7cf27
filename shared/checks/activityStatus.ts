import type { Language } from '../i18n/languages';
import type { ActivityCompleteness } from './completeness';
import { ruleById } from './engine';
import { lowerFirst } from './format';
import { REQUIREMENT_RULE_IDS } from './requirements';
import type { Severity } from './types';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
/** "Uklar opbevaringsperiode" → "uklar opbevaringsperiode"; "DPIA …" and "CPR-numre …" keep their capitals. */
const inSentence = (title: string): string => (/^\p{Lu}\p{Ll}/u.test(title) ? lowerFirst(title) : title);

const MISSING: Readonly<Record<Language, string>> = { da: 'mangler', sv: 'saknar', en: 'missing' };

/**
 * Why an activity has the status it has, most serious first: each unmet requirement ("mangler
 * opbevaringsperiode") and each other finding by its rule's title ("uklar opbevaringsperiode"). A "missing X"
 * finding is the unmet requirement itself, so it is named once. Empty for a complete activity.
 */
export function statusReasons(activity: ActivityCompleteness, language: Language): string[] {
  const reasons = [
    ...activity.missing.map((entry) => ({
      severity: entry.severity,
      text: `${MISSING[language]} ${entry.what[language]}`,
    })),
    ...activity.findings
      .filter((finding) => !REQUIREMENT_RULE_IDS.has(finding.ruleId))
      .map((finding) => ({
        severity: finding.severity,
        text: inSentence(ruleById(finding.ruleId).title[language]),
      })),
  ];
  const ordered = reasons.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return [...new Set(ordered.map((reason) => reason.text))];
}
