import type { Project } from '../project';
import { FIELD_TERMS } from './fields';
import type { FieldPath, FieldRoot } from './paths';

/** The project's keys that hold a root of the vocabulary: its settings, and its lists of items by their kind. */
export const PROJECT_KEY_ROOTS = {
  organisation: 'organisation',
  privacyContact: 'privacyContact',
  representative: 'representative',
  jointControllers: 'jointController',
  documentLanguages: 'documentLanguages',
  policy: 'policy',
  branding: 'branding',
  exportHistory: 'export',
  changeLog: 'changeLog',
  dataSubjects: 'dataSubject',
  dataCategories: 'dataCategory',
  sources: 'source',
  recipients: 'recipient',
  vendors: 'vendor',
  securityMeasures: 'securityMeasure',
  customers: 'customer',
  audiences: 'audience',
  activities: 'activity',
} as const satisfies Partial<Record<keyof Project, FieldRoot>>;

const isFieldPath = (path: string): path is FieldPath => Object.hasOwn(FIELD_TERMS, path);
const isProjectKeyRoot = (key: string): key is keyof typeof PROJECT_KEY_ROOTS =>
  Object.hasOwn(PROJECT_KEY_ROOTS, key);

/**
 * The vocabulary path of a field given by its keys from the project down, as the project file and the change
 * log write them: ["activities", "retention", "period"] → "activity.retention.period". List positions are
 * left out by the caller. Null for keys the model does not have.
 */
export function projectFieldPath(keys: readonly string[]): FieldPath | null {
  const [first, ...rest] = keys;
  if (first === undefined) return null;
  const root = isProjectKeyRoot(first) ? PROJECT_KEY_ROOTS[first] : `project.${first}`;
  const path = [root, ...rest].join('.');
  return isFieldPath(path) ? path : null;
}
