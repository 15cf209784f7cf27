import { isRequired } from '../../shared/checks/requirements';
import type { ItemKind } from '../../shared/checks';

/**
 * The editors' required markers, read from the requirements table: `const required = requiredIn('activity',
 * activity)`, then `required={required('retention.text')}`. A field is marked exactly when the requirement
 * on it applies to this item, so the forms, the completeness score and the findings agree.
 */
export function requiredIn(kind: ItemKind, item: unknown): (path: string) => boolean {
  return (path) => isRequired(kind, path, item);
}
