import type { FixTarget } from '../../../shared/checks';

/** The route that opens the screen (and item) where a finding is fixed. */
export function fixRoute(fix: FixTarget): string {
  return fix.id ? `/${fix.screen}/${fix.id}` : `/${fix.screen}`;
}
