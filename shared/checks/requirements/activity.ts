import type { Wording } from '../../model/primitives';
import {
  actsAsController,
  hasArt6Basis,
  hasAudienceDecision,
  hasRetention,
  hasReviewDate,
  namesDataCategories,
  namesDataSubjects,
  type Activity,
} from '../../model/activity';
import { isTextMissing } from '../../model/localizedText';
import { namesOf } from '../format';
import { fieldWording } from '../../model/vocabulary';
import { NOUNS } from './nouns';
import { defineRequirement, type Requirement } from './types';

/**
 * What each activity that is not retired must state. Art. 30(1) lists the controller's record, 30(2) the
 * processor's: legal bases, subjects, data, sources and retention are asked of controller activities only.
 */

const asProcessor = (activity: Activity): boolean => !actsAsController(activity);
/** Where automated decisions are used, the policy must explain them; "not used" asks nothing more. */
const usesAutomatedDecisions = (activity: Activity): boolean =>
  actsAsController(activity) && activity.automatedDecisions.status === 'used';
const AUTOMATED_DECISION_ARTICLES = [
  { article: 13, paragraph: 2, point: 'f' },
  { article: 14, paragraph: 2, point: 'g' },
];
/** The activity rules' messages name the activity. */
const activityParams = (_activity: unknown, names: Wording) => ({ activity: names });

export const ACTIVITY_REQUIREMENTS: readonly Requirement[] = [
  defineRequirement({
    id: 'activity.name',
    scope: 'activity',
    field: 'name',
    noun: fieldWording('activity.name'),
    given: (activity, { primary }) => !isTextMissing(activity.name, primary),
    severity: 'warning',
    rule: 'activity-no-name',
    articles: [],
  }),
  defineRequirement({
    id: 'activity.description',
    scope: 'activity',
    field: 'description',
    noun: fieldWording('activity.description'),
    given: (activity, { primary }) => !isTextMissing(activity.description, primary),
    severity: 'info',
    rule: 'activity-no-description',
    articles: [],
  }),
  defineRequirement({
    id: 'activity.owner',
    scope: 'activity',
    field: 'owner',
    noun: fieldWording('activity.owner'),
    given: (activity) => activity.owner.trim() !== '',
    severity: 'info',
    rule: 'activity-no-owner',
    articles: [],
  }),
  defineRequirement({
    id: 'activity.purposes',
    scope: 'activity',
    field: 'purposes',
    noun: fieldWording('activity.purposes'),
    given: (activity) => activity.purposes.length > 0,
    severity: 'error',
    rule: 'activity-no-purpose',
    articles: [{ article: 30, paragraph: 1, point: 'b' }],
    params: activityParams,
  }),
  defineRequirement({
    id: 'activity.purposeDescription',
    scope: 'purpose',
    field: 'purposes.*.description',
    noun: NOUNS.purposeDescription,
    given: ({ purpose }, { primary }) => !isTextMissing(purpose.description, primary),
    severity: 'error',
    rule: 'purpose-not-described',
    articles: [
      { article: 30, paragraph: 1, point: 'b' },
      { article: 13, paragraph: 1, point: 'c' },
    ],
  }),
  defineRequirement({
    id: 'activity.legalBasis',
    scope: 'purpose',
    field: 'purposes.*.legalBases',
    noun: NOUNS.legalBasis,
    applies: ({ activity }) => actsAsController(activity),
    given: ({ purpose }) => hasArt6Basis(purpose),
    severity: 'error',
    rule: 'purpose-no-legal-basis',
    articles: [
      { article: 6, paragraph: 1 },
      { article: 13, paragraph: 1, point: 'c' },
    ],
    params: ({ purpose }, names, { primary }) => ({
      activity: names,
      purpose: namesOf(purpose.description, primary),
      others: purpose.legalBases.map((basis) => basis.code),
    }),
  }),
  defineRequirement({
    id: 'activity.dataSubjects',
    scope: 'activity',
    field: 'dataSubjectIds',
    noun: fieldWording('activity.dataSubjectIds'),
    applies: actsAsController,
    given: namesDataSubjects,
    severity: 'error',
    rule: 'activity-no-data-subjects',
    articles: [{ article: 30, paragraph: 1, point: 'c' }],
    params: activityParams,
  }),
  defineRequirement({
    id: 'activity.dataCategories',
    scope: 'activity',
    field: 'dataCategoryIds',
    noun: fieldWording('activity.dataCategoryIds'),
    applies: actsAsController,
    given: namesDataCategories,
    severity: 'error',
    rule: 'activity-no-data-categories',
    articles: [{ article: 30, paragraph: 1, point: 'c' }],
    params: activityParams,
  }),
  defineRequirement({
    id: 'activity.sources',
    scope: 'activity',
    field: 'sourceIds',
    noun: fieldWording('activity.sourceIds'),
    applies: actsAsController,
    given: (activity) => activity.sourceIds.length > 0,
    severity: 'warning',
    rule: 'activity-no-sources',
    articles: [{ article: 14, paragraph: 2, point: 'f' }],
  }),
  defineRequirement({
    id: 'activity.retention',
    scope: 'activity',
    field: 'retention.text',
    noun: fieldWording('activity.retention'),
    applies: actsAsController,
    given: hasRetention,
    severity: 'error',
    rule: 'retention-missing',
    articles: [
      { article: 13, paragraph: 2, point: 'a' },
      { article: 30, paragraph: 1, point: 'f' },
    ],
    params: activityParams,
  }),
  defineRequirement({
    id: 'activity.automatedLogic',
    scope: 'activity',
    field: 'automatedDecisions.logic',
    noun: NOUNS.automatedLogic,
    applies: usesAutomatedDecisions,
    given: (activity, { primary }) => !isTextMissing(activity.automatedDecisions.logic, primary),
    severity: 'error',
    rule: 'automated-decisions-not-explained',
    articles: AUTOMATED_DECISION_ARTICLES,
  }),
  defineRequirement({
    id: 'activity.automatedSignificance',
    scope: 'activity',
    field: 'automatedDecisions.significance',
    noun: NOUNS.automatedSignificance,
    applies: usesAutomatedDecisions,
    given: (activity, { primary }) => !isTextMissing(activity.automatedDecisions.significance, primary),
    severity: 'error',
    rule: 'automated-decisions-not-explained',
    articles: AUTOMATED_DECISION_ARTICLES,
  }),
  defineRequirement({
    id: 'activity.customers',
    scope: 'activity',
    field: 'customerIds',
    noun: fieldWording('activity.customerIds'),
    applies: asProcessor,
    given: (activity) => activity.customerIds.length > 0,
    severity: 'error',
    rule: 'processor-activity-without-customers',
    articles: [{ article: 30, paragraph: 2, point: 'a' }],
    params: activityParams,
  }),
  defineRequirement({
    id: 'activity.securityMeasures',
    scope: 'activity',
    field: 'securityMeasureIds',
    noun: fieldWording('activity.securityMeasureIds'),
    given: (activity) => activity.securityMeasureIds.length > 0,
    severity: 'warning',
    rule: 'activity-no-security-measures',
    articles: [{ article: 30, paragraph: 1, point: 'g' }, { article: 32 }],
    params: activityParams,
  }),
  defineRequirement({
    id: 'activity.audience',
    scope: 'activity',
    field: 'audienceIds',
    noun: NOUNS.audience,
    given: hasAudienceDecision,
    severity: 'warning',
    rule: 'activity-no-audience',
    articles: [],
  }),
  defineRequirement({
    id: 'activity.review',
    scope: 'activity',
    field: 'lastReviewed',
    noun: NOUNS.review,
    // A draft has not been adopted yet, so there is nothing to review.
    applies: (activity) => activity.status === 'active',
    given: hasReviewDate,
    severity: 'info',
    rule: 'review-missing',
    articles: [],
    params: activityParams,
  }),
];
