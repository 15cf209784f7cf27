import type { ChangeKind } from '../../../shared/project-file';

/** Dark shades with automatic text colour: readable (WCAG AA) in both themes. */
export const KIND_COLORS: Record<ChangeKind, string> = {
  added: 'teal.9',
  changed: 'blue.8',
  removed: 'orange.9',
};
