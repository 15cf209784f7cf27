import { legalBasis } from './legalBases';
import type { LegalBasisScope } from './legalCatalogTypes';
import type { Activity } from '../model/activity';
import type { DataCategory, DataCategoryKind } from '../model/catalogs';
import type { Jurisdiction } from '../model/organisation';

/** Which kind of data needs which extra legal basis, beyond Art. 6. */
const SCOPE_OF_KIND: Partial<Record<DataCategoryKind, LegalBasisScope>> = {
  special: 'special',
  criminal: 'criminal',
  nationalId: 'nationalId',
};

const SCOPES = ['special', 'criminal', 'nationalId'] as const;

export interface MissingBasis {
  scope: 'special' | 'criminal' | 'nationalId';
  /** The linked data categories that call for it. */
  categories: DataCategory[];
}

/**
 * The extra bases an activity's data calls for and lacks: an Art. 9(2) condition (or national
 * provision) for special categories, Art. 10 or a national provision for criminal-offence data, and the
 * national provision for CPR / personnummer. Any purpose of the activity may carry the basis. The catalog
 * holds national ID provisions for Denmark and Sweden only, so elsewhere that one is not demanded.
 */
export function missingSpecialBases(
  activity: Activity,
  dataCategories: readonly DataCategory[],
  jurisdiction: Jurisdiction,
): MissingBasis[] {
  const linked = new Set(activity.dataCategoryIds);
  const covered = new Set<LegalBasisScope>();
  for (const purpose of activity.purposes) {
    for (const basis of purpose.legalBases)
      for (const scope of legalBasis(basis.code).covers) covered.add(scope);
  }
  const missing: MissingBasis[] = [];
  const scopes =
    jurisdiction === 'DK' || jurisdiction === 'SE' ? SCOPES : SCOPES.filter((s) => s !== 'nationalId');
  for (const scope of scopes) {
    const categories = dataCategories.filter((c) => linked.has(c.id) && SCOPE_OF_KIND[c.kind] === scope);
    if (categories.length && !covered.has(scope)) missing.push({ scope, categories });
  }
  return missing;
}
