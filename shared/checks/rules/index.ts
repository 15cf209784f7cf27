import type { Rule } from '../rule';
import { ACTIVITY_RULES } from './activityRules';
import { CONFIRMATION_RULES } from './confirmationRules';
import { DISCLOSURE_RULES } from './disclosureRules';
import { FIELD_FORMAT_RULES } from './fieldFormatRules';
import { LEGAL_BASIS_RULES } from './legalBasisRules';
import { ORGANISATION_RULES } from './organisationRules';
import { PRACTICE_RULES } from './practiceRules';
import { PROJECT_RULES } from './projectRules';
import { MISSING_RULES } from './requirementRules';
import { TEXT_RULES } from './textRules';
import { VENDOR_RULES } from './vendorRules';
import { VENDOR_FACT_RULES } from './vendorFactRules';

/** Every rule, in the order findings of equal severity are listed. */
export const RULES: readonly Rule[] = [
  ...ORGANISATION_RULES,
  ...FIELD_FORMAT_RULES,
  ...PRACTICE_RULES,
  ...LEGAL_BASIS_RULES,
  ...ACTIVITY_RULES,
  ...DISCLOSURE_RULES,
  ...VENDOR_RULES,
  ...VENDOR_FACT_RULES,
  ...TEXT_RULES,
  ...PROJECT_RULES,
  ...CONFIRMATION_RULES,
  ...MISSING_RULES,
];
