import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { confirmedByUser, newId, nowIso, type CatalogKey, type LocalizedText } from '../../../shared/model';
import type { ItemTypes } from '../../db/database';
import { useDatabase } from '../../common/DatabaseContext';
import { saveItem } from '../../db/items';
import type { LinkOption } from '../../register/LinkedItemsField';
import { useDisplayText, useDocumentLanguages, useItems, useProjectId } from '../../register/useRegister';
import { lacksTransferMechanism } from '../../../shared/model';

/** The items of a catalog as picker options, with a marker where the kind matters legally. */
export function useCatalogOptions(table: CatalogKey): LinkOption[] {
  const { t } = useTranslation();
  const items = useItems(table) ?? [];
  const display = useDisplayText();
  return items.map((item) => {
    if ('kind' in item && table === 'dataCategories' && item.kind !== 'ordinary') {
      const marker =
        { special: 'Art. 9', criminal: 'Art. 10', nationalId: 'CPR / PNR' }[item.kind as string] ?? '';
      return {
        id: item.id,
        label: display(item.name as never),
        badge: (
          <Badge size="xs" color="grape.9">
            {marker}
          </Badge>
        ),
      };
    }
    if (table === 'vendors' && 'legalEntity' in item) {
      return {
        id: item.id,
        label: item.name,
        badge: lacksTransferMechanism(item) ? (
          <Badge size="xs" color="yellow" autoContrast title={t('catalogs.vendor.outsideEea')}>
            ⚠
          </Badge>
        ) : undefined,
      };
    }
    const name = item.name;
    return { id: item.id, label: typeof name === 'string' ? name : display(name) };
  });
}

/** Creates a catalog item from just its name (in the primary language), for "create missing" in pickers. */
export function useCreateInCatalog(table: CatalogKey) {
  const db = useDatabase();
  const projectId = useProjectId();
  const { primary } = useDocumentLanguages();
  return async (name: string): Promise<string> => {
    const id = newId();
    const text: LocalizedText = { [primary]: name };
    // The user typed the name here: the item is theirs, confirmed when created.
    const confirmation = confirmedByUser(nowIso());
    const items: { [K in CatalogKey]: ItemTypes[K] } = {
      dataSubjects: { id, name: text, description: {}, confirmation },
      dataCategories: { id, name: text, description: {}, kind: 'ordinary', confirmation },
      sources: { id, name: text, description: {}, kind: 'dataSubject', confirmation },
      recipients: { id, name: text, description: {}, kind: 'other', country: '', confirmation },
      securityMeasures: { id, name: text, description: {}, kind: 'technical', confirmation },
      audiences: { id, name: text, confirmation },
      customers: { id, name, registrationNumber: '', contact: '', dpaReference: '', confirmation },
      vendors: {
        id,
        name,
        legalEntity: '',
        registrationNumber: '',
        function: {},
        hqCountry: '',
        processingLocations: [],
        role: 'processor',
        transferMechanism: null,
        dpa: { status: 'unknown', date: '', reference: '' },
        website: '',
        privacyPolicyUrl: '',
        lastVerified: '',
        notes: {},
        checkBeforeUse: {},
        libraryRef: null,
        confirmation,
      },
    };
    // Each entry is checked against its catalog's type, so a new field cannot be forgotten again.
    await saveItem(db, projectId, table, items[table] as never);
    return id;
  };
}
