import { isTextMissing } from '../../model/localizedText';
import type { PolicySettings } from '../../model/organisation';
import type { LocalizedText } from '../../model/primitives';
import { fieldWording } from '../../model/vocabulary';
import { defineRequirement, type Requirement, type RequirementContext } from './types';

/** The policy settings: its texts, and the date and version a reader tells editions apart by. */

type PolicyText = 'title' | 'introduction' | 'childrenStatement' | 'changesText' | 'cookieText';

function policyText(field: PolicyText, applies?: (policy: PolicySettings) => boolean): Requirement {
  return defineRequirement({
    id: `policy.${field}`,
    scope: 'policy',
    field,
    noun: fieldWording(`policy.${field}`),
    applies,
    given: (policy, context: RequirementContext) =>
      !isTextMissing(policy[field] as LocalizedText, context.primary),
    severity: 'warning',
    rule: 'policy-text-missing',
    articles: [],
  });
}

export const POLICY_REQUIREMENTS: readonly Requirement[] = [
  policyText('title'),
  policyText('introduction'),
  defineRequirement({
    id: 'policy.effectiveDate',
    scope: 'policy',
    field: 'effectiveDate',
    noun: fieldWording('policy.effectiveDate'),
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
    noun: fieldWording('policy.version'),
    given: (policy) => policy.version.trim() !== '',
    severity: 'warning',
    rule: 'policy-undated',
    articles: [],
    params: () => ({ missing: ['version'] }),
  }),
  policyText('childrenStatement'),
  policyText('changesText'),
  policyText('cookieText', (policy) => policy.includeCookieSection),
];
