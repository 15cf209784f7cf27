import { isTextMissing } from '../../model/localizedText';
import type { PolicySettings } from '../../model/organisation';
import type { LocalizedText } from '../../model/primitives';
import type { Texts } from '../format';
import { NOUNS } from './nouns';
import { defineRequirement, type Requirement, type RequirementContext } from './types';

/** The policy settings: its texts, and the date and version a reader tells editions apart by. */

type PolicyText = 'title' | 'introduction' | 'childrenStatement' | 'changesText' | 'cookieText';

function policyText(
  field: PolicyText,
  noun: Texts,
  applies?: (policy: PolicySettings) => boolean,
): Requirement {
  return defineRequirement({
    id: `policy.${field}`,
    scope: 'policy',
    field,
    noun,
    applies,
    given: (policy, context: RequirementContext) =>
      !isTextMissing(policy[field] as LocalizedText, context.primary),
    severity: 'warning',
    rule: 'policy-text-missing',
    articles: [],
  });
}

export const POLICY_REQUIREMENTS: readonly Requirement[] = [
  policyText('title', NOUNS.title),
  policyText('introduction', NOUNS.introduction),
  defineRequirement({
    id: 'policy.effectiveDate',
    scope: 'policy',
    field: 'effectiveDate',
    noun: NOUNS.effectiveDate,
    given: (policy) => policy.effectiveDate !== '',
    severity: 'warning',
    rule: 'policy-undated',
    articles: [],
    params: () => ({ missing: ['effectiveDate'] }),
  }),
  defineRequirement({
    id: 'policy.version',
    scope: 'policy',
    field: 'version',
    noun: NOUNS.version,
    given: (policy) => policy.version.trim() !== '',
    severity: 'warning',
    rule: 'policy-undated',
    articles: [],
    params: () => ({ missing: ['version'] }),
  }),
  policyText('childrenStatement', NOUNS.childrenStatement),
  policyText('changesText', NOUNS.changesText),
  policyText('cookieText', NOUNS.cookieText, (policy) => policy.includeCookieSection),
];
