import { Text } from '@mantine/core';
import {
  DATA_CATEGORY_KIND_LABELS,
  RECIPIENT_KIND_LABELS,
  SECURITY_MEASURE_KIND_LABELS,
  SOURCE_KIND_LABELS,
  VENDOR_ROLE_LABELS,
} from '../../../shared/model/vocabulary';
import { CatalogScreen, type CatalogConfig, type CatalogTable } from './CatalogScreen';
import {
  CustomerEditor,
  DataCategoryEditor,
  DataSubjectEditor,
  RecipientEditor,
  SecurityMeasureEditor,
  SourceEditor,
} from './simpleEditors';
import { confirmedByUser, lacksTransferMechanism, nowIso } from '../../../shared/model';
import { VendorEditor } from './VendorEditor';
import { VendorLibraryButton } from './VendorLibrary';

const dataSubjects: CatalogConfig<'dataSubjects'> = {
  table: 'dataSubjects',
  create: (id) => ({ id, name: {}, description: {}, confirmation: confirmedByUser(nowIso()) }),
  name: (item, display) => display(item.name),
  Editor: DataSubjectEditor,
};

const dataCategories: CatalogConfig<'dataCategories'> = {
  table: 'dataCategories',
  create: (id) => ({
    id,
    name: {},
    description: {},
    kind: 'ordinary',
    confirmation: confirmedByUser(nowIso()),
  }),
  name: (item, display) => display(item.name),
  detail: (item, language) => DATA_CATEGORY_KIND_LABELS[item.kind][language],
  Editor: DataCategoryEditor,
};

const sources: CatalogConfig<'sources'> = {
  table: 'sources',
  create: (id) => ({
    id,
    name: {},
    description: {},
    kind: 'dataSubject',
    confirmation: confirmedByUser(nowIso()),
  }),
  name: (item, display) => display(item.name),
  detail: (item, language) => SOURCE_KIND_LABELS[item.kind][language],
  Editor: SourceEditor,
};

const recipients: CatalogConfig<'recipients'> = {
  table: 'recipients',
  create: (id) => ({
    id,
    name: {},
    description: {},
    kind: 'other',
    country: '',
    confirmation: confirmedByUser(nowIso()),
  }),
  name: (item, display) => display(item.name),
  detail: (item, language) => RECIPIENT_KIND_LABELS[item.kind][language],
  Editor: RecipientEditor,
};

const vendors: CatalogConfig<'vendors'> = {
  table: 'vendors',
  create: (id) => ({
    id,
    name: '',
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
    confirmation: confirmedByUser(nowIso()),
  }),
  name: (item) => item.name,
  detail: (item, language) => (
    <>
      {VENDOR_ROLE_LABELS[item.role][language]}
      {lacksTransferMechanism(item) && (
        <Text span c="orange.8" fw={600} size="xs">
          {' · ⚠ '}
          {item.processingLocations.join(', ')}
        </Text>
      )}
    </>
  ),
  Editor: VendorEditor,
  actions: VendorLibraryButton,
};

const securityMeasures: CatalogConfig<'securityMeasures'> = {
  table: 'securityMeasures',
  create: (id) => ({
    id,
    name: {},
    description: {},
    kind: 'technical',
    confirmation: confirmedByUser(nowIso()),
  }),
  name: (item, display) => display(item.name),
  detail: (item, language) => SECURITY_MEASURE_KIND_LABELS[item.kind][language],
  Editor: SecurityMeasureEditor,
};

const customers: CatalogConfig<'customers'> = {
  table: 'customers',
  create: (id) => ({
    id,
    name: '',
    registrationNumber: '',
    contact: '',
    dpaReference: '',
    confirmation: confirmedByUser(nowIso()),
  }),
  name: (item) => item.name,
  detail: (item) => item.registrationNumber,
  Editor: CustomerEditor,
};

function screenFor<N extends CatalogTable>(config: CatalogConfig<N>) {
  function Screen({ itemId }: { itemId?: string }) {
    return <CatalogScreen config={config} itemId={itemId} />;
  }
  Screen.displayName = `CatalogScreen(${config.table})`;
  return Screen;
}

export const CATALOG_SCREENS = {
  dataSubjects: screenFor(dataSubjects),
  dataCategories: screenFor(dataCategories),
  sources: screenFor(sources),
  recipients: screenFor(recipients),
  vendors: screenFor(vendors),
  securityMeasures: screenFor(securityMeasures),
  customers: screenFor(customers),
};
