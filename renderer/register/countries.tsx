import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ISO_COUNTRY_CODES } from '../../shared/model';

/** Country names in the UI language, from the platform's own CLDR data (no table to keep up to date). */
function useCountryOptions() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return ISO_COUNTRY_CODES.map((code) => ({
      value: code,
      label: `${names.of(code) ?? code} (${code})`,
    })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  }, [i18n.language]);
}

export function useCountryName() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return (code: string) => (code ? (names.of(code) ?? code) : '');
  }, [i18n.language]);
}

export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const data = useCountryOptions();
  return <Select searchable clearable {...props} data={data} />;
}

export function CountryMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const data = useCountryOptions();
  return <MultiSelect searchable clearable {...props} data={data} />;
}
