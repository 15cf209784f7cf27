export type { FieldPath, FieldRoot } from './paths';
export {
  FIELD_TERMS,
  REGISTRATION_NUMBER_NAMES,
  fieldLabel,
  fieldLabels,
  fieldNoun,
  fieldWording,
  type TermForm,
} from './fields';
export * from './values';
export { PROJECT_KEY_ROOTS, projectFieldPath } from './projectPaths';
