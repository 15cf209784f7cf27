import { Alert, Badge, Select, SimpleGrid, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  DPA_STATUS_LABELS,
  TRANSFER_MECHANISM_LABELS,
  VENDOR_ROLE_LABELS,
} from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { lacksTransferMechanism, LIMITS, thirdCountries, type Vendor } from '../../../shared/model';
import { checkRegistrationNumber, checkUrl } from '../../../shared/validation/fieldFormats';
import { DateField, TextField } from '../../register/TextField';
import { CountryMultiSelect, CountrySelect, useCountryName } from '../../register/countries';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import type { EditorProps } from './CatalogScreen';
import { KindSelect } from './simpleEditors';
import { LibraryDifferences } from './VendorLibrary';
import { requiredIn } from '../../register/required';

export function VendorEditor({ item, update }: EditorProps<'vendors'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const countryName = useCountryName();
  const outside = thirdCountries(item);
  const required = requiredIn('vendor', item);
  const set = <K extends keyof Vendor>(field: K, value: Vendor[K]) =>
    update((current) => ({ ...current, [field]: value }));
  // A registration number is read by the headquarters' country (CVR for DK, organisationsnummer for SE).
  const formatCheck = (field: 'name' | 'legalEntity' | 'registrationNumber') =>
    field === 'registrationNumber'
      ? (value: string) => checkRegistrationNumber(value, item.hqCountry)
      : undefined;
  const text = (field: 'name' | 'legalEntity' | 'registrationNumber', label: string, required = false) => (
    <TextField
      label={label}
      required={required}
      maxLength={field === 'name' ? LIMITS.name : undefined}
      check={formatCheck(field)}
      value={item[field]}
      onCommit={(value) => set(field, value)}
    />
  );
  const url = (field: 'website' | 'privacyPolicyUrl', label: string) => (
    <TextField
      label={label}
      type="url"
      placeholder="https://"
      check={checkUrl}
      value={item[field]}
      trim
      onCommit={(value) => set(field, value)}
    />
  );
  return (
    <>
      {item.libraryRef && (
        <Badge variant="light" color="gray">
          {t('catalogs.vendor.fromLibrary')}
        </Badge>
      )}
      {text('name', t('catalogs.name'), required('name'))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('legalEntity', t('catalogs.vendor.legalEntity'))}
        {text('registrationNumber', t('catalogs.vendor.registrationNumber'))}
      </SimpleGrid>
      <LocalizedTextField
        label={t('catalogs.vendor.function')}
        description={t('catalogs.vendor.functionDescription')}
        required={required('function')}
        value={item.function}
        onCommit={(lang, value) =>
          update((current) => ({ ...current, function: withText(current.function, lang, value) }))
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <KindSelect
          label={t('catalogs.vendor.role')}
          labels={VENDOR_ROLE_LABELS}
          value={item.role}
          onChange={(role) => set('role', role)}
        />
        <CountrySelect
          label={t('catalogs.vendor.hqCountry')}
          withAsterisk={required('hqCountry')}
          placeholder={t('catalogs.noCountry')}
          value={item.hqCountry || null}
          onChange={(country) => set('hqCountry', (country ?? '') as Vendor['hqCountry'])}
        />
      </SimpleGrid>
      <CountryMultiSelect
        label={t('catalogs.vendor.processingLocations')}
        withAsterisk={required('processingLocations')}
        description={t('catalogs.vendor.processingLocationsDescription')}
        value={item.processingLocations}
        onChange={(countries) => set('processingLocations', countries as Vendor['processingLocations'])}
      />
      {outside.length > 0 ? (
        <>
          <Select
            label={t('catalogs.vendor.transferMechanism')}
            withAsterisk={required('transferMechanism')}
            data={Object.entries(TRANSFER_MECHANISM_LABELS).map(([value, labels]) => ({
              value,
              label: labels[language],
            }))}
            value={item.transferMechanism}
            onChange={(value) => set('transferMechanism', (value ?? null) as Vendor['transferMechanism'])}
            error={item.transferMechanism === null ? t('register.errors.required') : undefined}
          />
          {lacksTransferMechanism(item) && (
            <Alert
              color="orange"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              data-testid="transfer-problem"
            >
              {item.transferMechanism === 'unknown'
                ? t('catalogs.vendor.transferMechanismUnknown')
                : t('catalogs.vendor.transferMechanismNeeded', {
                    countries: outside.map(countryName).join(', '),
                  })}
            </Alert>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('catalogs.vendor.transferMechanism')}: {t('catalogs.vendor.noTransfer')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <KindSelect
          label={t('catalogs.vendor.dpaStatus')}
          required={required('dpa.status')}
          labels={DPA_STATUS_LABELS}
          value={item.dpa.status}
          onChange={(status) => update((current) => ({ ...current, dpa: { ...current.dpa, status } }))}
        />
        <DateField
          label={t('catalogs.vendor.dpaDate')}
          value={item.dpa.date}
          onCommit={(date) => update((current) => ({ ...current, dpa: { ...current.dpa, date } }))}
        />
        <TextField
          label={t('catalogs.vendor.dpaReference')}
          value={item.dpa.reference}
          onCommit={(value) =>
            update((current) => ({ ...current, dpa: { ...current.dpa, reference: value } }))
          }
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {url('website', t('catalogs.vendor.website'))}
        {url('privacyPolicyUrl', t('catalogs.vendor.privacyPolicyUrl'))}
      </SimpleGrid>
      <DateField
        label={t('catalogs.vendor.lastVerified')}
        withAsterisk={required('lastVerified')}
        value={item.lastVerified}
        onCommit={(value) => set('lastVerified', value)}
      />
      <LocalizedTextField
        label={t('catalogs.vendor.notes')}
        multiline
        value={item.notes}
        onCommit={(lang, value) =>
          update((current) => ({ ...current, notes: withText(current.notes, lang, value) }))
        }
      />
      <LibraryDifferences vendor={item} />
    </>
  );
}
