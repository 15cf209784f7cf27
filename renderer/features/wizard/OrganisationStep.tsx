import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { JURISDICTIONS } from '../../../shared/model';
import { JURISDICTION_LABELS } from '../../../shared/model/vocabulary';
import type { OrganisationForm } from './organisationForm';

/** "Who are you": the organisation, where it is established, and the languages of its documents. */
export function OrganisationStep({ form }: { form: OrganisationForm }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <Stack>
      <TextInput
        label={t('wizard.legalName')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('legalName')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('wizard.jurisdiction')}
          description={t('wizard.jurisdictionDescription')}
          allowDeselect={false}
          data={JURISDICTIONS.map((j) => ({ value: j, label: JURISDICTION_LABELS[j][language] }))}
          {...form.getInputProps('jurisdiction')}
        />
        <TextInput label={t('wizard.registrationNumber')} {...form.getInputProps('registrationNumber')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('wizard.street')} {...form.getInputProps('street')} />
        <TextInput label={t('wizard.postcode')} {...form.getInputProps('postcode')} />
        <TextInput label={t('wizard.city')} {...form.getInputProps('city')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('wizard.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('wizard.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('wizard.website')} placeholder="https://" {...form.getInputProps('website')} />
        <TextInput label={t('wizard.privacyEmail')} type="email" {...form.getInputProps('privacyEmail')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Checkbox.Group label={t('wizard.languages')} withAsterisk {...form.getInputProps('languages')}>
          <Group mt={6}>
            {LANGUAGES.map((l) => (
              <Checkbox key={l} value={l} label={LANGUAGE_NATIVE_NAMES[l]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Select
          label={t('wizard.primary')}
          allowDeselect={false}
          data={form.values.languages.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
          {...form.getInputProps('primary')}
        />
      </SimpleGrid>
    </Stack>
  );
}
