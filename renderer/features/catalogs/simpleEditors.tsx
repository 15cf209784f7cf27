import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DATA_CATEGORY_KIND_LABELS,
  RECIPIENT_KIND_LABELS,
  SECURITY_MEASURE_KIND_LABELS,
  SOURCE_KIND_LABELS,
} from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { LIMITS, type LocalizedText, type Wording } from '../../../shared/model';
import { TextField } from '../../register/TextField';
import { CountrySelect } from '../../register/countries';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import type { EditorProps } from './CatalogScreen';
import { requiredIn } from '../../register/required';
import type { ItemKind } from '../../../shared/checks';

type Labels = Readonly<Record<string, Wording>>;

/** A Select over one of the model's fixed value lists, labelled in the UI language. */
export function KindSelect<K extends string>({
  label,
  labels,
  value,
  onChange,
  required = false,
}: {
  label: string;
  labels: Readonly<Record<K, Wording>>;
  value: K;
  onChange(value: K): void;
  required?: boolean;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <Select
      label={label}
      withAsterisk={required}
      allowDeselect={false}
      data={Object.entries(labels as Labels).map(([key, text]) => ({ value: key, label: text[language] }))}
      value={value}
      onChange={(next) => next && onChange(next as K)}
    />
  );
}

/** A catalog item with a name and a description in each document language (all but vendors and customers). */
type Described = { name: LocalizedText; description: LocalizedText };

/** Name and description, the fields every localized catalog item has. */
function NameAndDescription<T extends Described>({
  item,
  update,
  kind,
}: {
  item: T;
  update(change: (item: T) => T): void;
  kind: ItemKind;
}) {
  const { t } = useTranslation();
  const required = requiredIn(kind, item);
  const setText = (field: keyof Described) => (language: Language, text: string) =>
    update((current) => ({ ...current, [field]: withText(current[field], language, text) }));
  return (
    <>
      <LocalizedTextField
        label={t('catalogs.name')}
        required={required('name')}
        maxLength={LIMITS.name}
        value={item.name}
        onCommit={setText('name')}
      />
      <LocalizedTextField
        label={t('catalogs.description')}
        required={required('description')}
        multiline
        value={item.description}
        onCommit={setText('description')}
      />
    </>
  );
}

export function DataSubjectEditor(props: EditorProps<'dataSubjects'>) {
  return <NameAndDescription {...props} kind="dataSubject" />;
}

export function DataCategoryEditor(props: EditorProps<'dataCategories'>) {
  const { t } = useTranslation();
  return (
    <>
      <NameAndDescription {...props} kind="dataCategory" />
      <KindSelect
        label={t('catalogs.kind')}
        labels={DATA_CATEGORY_KIND_LABELS}
        value={props.item.kind}
        onChange={(kind) => props.update((current) => ({ ...current, kind }))}
      />
    </>
  );
}

export function SourceEditor(props: EditorProps<'sources'>) {
  const { t } = useTranslation();
  return (
    <>
      <NameAndDescription {...props} kind="source" />
      <KindSelect
        label={t('catalogs.kind')}
        labels={SOURCE_KIND_LABELS}
        value={props.item.kind}
        onChange={(kind) => props.update((current) => ({ ...current, kind }))}
      />
    </>
  );
}

export function RecipientEditor(props: EditorProps<'recipients'>) {
  const { t } = useTranslation();
  return (
    <>
      <NameAndDescription {...props} kind="recipient" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <KindSelect
          label={t('catalogs.kind')}
          labels={RECIPIENT_KIND_LABELS}
          value={props.item.kind}
          onChange={(kind) => props.update((current) => ({ ...current, kind }))}
        />
        <CountrySelect
          label={t('catalogs.country')}
          placeholder={t('catalogs.noCountry')}
          value={props.item.country || null}
          onChange={(country) =>
            props.update((current) => ({ ...current, country: (country ?? '') as typeof current.country }))
          }
        />
      </SimpleGrid>
    </>
  );
}

export function SecurityMeasureEditor(props: EditorProps<'securityMeasures'>) {
  const { t } = useTranslation();
  return (
    <>
      <NameAndDescription {...props} kind="securityMeasure" />
      <KindSelect
        label={t('catalogs.kind')}
        labels={SECURITY_MEASURE_KIND_LABELS}
        value={props.item.kind}
        onChange={(kind) => props.update((current) => ({ ...current, kind }))}
      />
    </>
  );
}

export function CustomerEditor({ item, update }: EditorProps<'customers'>) {
  const { t } = useTranslation();
  const required = requiredIn('customer', item);
  const text = (field: 'registrationNumber' | 'contact' | 'dpaReference', label: string) => (
    <TextField
      label={label}
      required={required(field)}
      value={item[field]}
      onCommit={(value) => update((current) => ({ ...current, [field]: value }))}
    />
  );
  return (
    <>
      <TextField
        label={t('catalogs.name')}
        required={required('name')}
        maxLength={LIMITS.name}
        value={item.name}
        onCommit={(name) => update((current) => ({ ...current, name }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('registrationNumber', t('catalogs.customer.registrationNumber'))}
        {text('contact', t('catalogs.customer.contact'))}
      </SimpleGrid>
      {text('dpaReference', t('catalogs.customer.dpaReference'))}
    </>
  );
}
