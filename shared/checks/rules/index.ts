import type { Rule } from '../rule';
import { ACTIVITY_RULES } from './activityRules';
import { LEGAL_BASIS_RULES } from './legalBasisRules';
import { ORGANISATION_RULES } from './organisationRules';
import { PROJECT_RULES } from './projectRules';
import { MISSING_RULES } from './requirementRules';
import { TEXT_RULES } from './textRules';
import { VENDOR_RULES } from './vendorRules';

/** Every rule, in the order findings of equal severity are listed. */
export const RULES: readonly Rule[] = [
  ...ORGANISATION_RULES,
  ...LEGAL_BASIS_RULES,
  ...ACTIVITY_RULES,
  ...VENDOR_RULES,
  ...TEXT_RULES,
  ...PROJECT_RULES,
  ...MISSING_RULES,
];
