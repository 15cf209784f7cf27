import { Grid, Select, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { authorityForJurisdiction } from '../../../shared/catalog/authorities';
import { JURISDICTION_LABELS } from '../../../shared/model/vocabulary';
import { isCountryCode, JURISDICTIONS, type Jurisdiction, type Organisation } from '../../../shared/model';
import {
  checkCountry,
  checkEmail,
  checkPhone,
  checkRegistrationNumber,
  checkUrl,
} from '../../../shared/validation/fieldFormats';
import { TextField } from '../../register/TextField';
import { CountrySelect } from '../../register/countries';
import { useUpdateProject } from '../../register/useRegister';
import { AuthorityCard } from './AuthorityCard';
import { FormSection, useFieldError, useUiLanguage } from './formParts';
import { requiredIn } from '../../register/required';

type OrganisationText = Exclude<keyof Organisation, 'jurisdiction'>;

/** The controller's identity and contact details, and the jurisdiction with the authority it implies. */
export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const fieldError = useFieldError();
  const ui = useUiLanguage();

  const set = (field: OrganisationText) => (value: string) =>
    update((core) => ({ ...core, organisation: { ...core.organisation, [field]: value } }));
  const setJurisdiction = (jurisdiction: Jurisdiction) =>
    update((core) => ({ ...core, organisation: { ...core.organisation, jurisdiction } }));

  const o = organisation;
  const required = requiredIn('organisation', o);

  return (
    <FormSection
      sectionKey="organisation"
      title={t('organisation.org.heading')}
      intro={t('organisation.org.intro')}
    >
      <TextField
        label={t('organisation.org.legalName')}
        description={t('organisation.org.legalNameHint')}
        required={required('legalName')}
        value={o.legalName}
        onCommit={set('legalName')}
        autoComplete="organization"
      />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Stack gap="md">
            <Select
              label={t('organisation.org.jurisdiction')}
              description={t('organisation.org.jurisdictionHint')}
              data={JURISDICTIONS.map((j) => ({ value: j, label: JURISDICTION_LABELS[j][ui] }))}
              value={o.jurisdiction}
              onChange={(value) => value && setJurisdiction(value as Jurisdiction)}
              allowDeselect={false}
            />
            <TextField
              label={t(`organisation.org.registrationNumber.${o.jurisdiction}`)}
              withAsterisk={required('registrationNumber')}
              description={t(`organisation.org.registrationNumberHint.${o.jurisdiction}`)}
              value={o.registrationNumber}
              onCommit={set('registrationNumber')}
              check={(value) => checkRegistrationNumber(value, o.jurisdiction)}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <AuthorityCard authority={authorityForJurisdiction(o.jurisdiction)} language={ui} />
        </Grid.Col>
      </Grid>

      <Title order={4} size="h6" mt="xs">
        {t('organisation.org.address')}
      </Title>
      <TextField
        label={t('organisation.org.street')}
        withAsterisk={required('street')}
        value={o.street}
        onCommit={set('street')}
        autoComplete="street-address"
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xs: 4 }}>
          <TextField
            label={t('organisation.org.postcode')}
            withAsterisk={required('street')}
            value={o.postcode}
            onCommit={set('postcode')}
            autoComplete="postal-code"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 8 }}>
          <TextField
            label={t('organisation.org.city')}
            withAsterisk={required('street')}
            value={o.city}
            onCommit={set('city')}
            autoComplete="address-level2"
          />
        </Grid.Col>
      </Grid>
      <CountrySelect
        label={t('organisation.org.country')}
        withAsterisk={required('country')}
        placeholder={t('organisation.org.countryPlaceholder')}
        nothingFoundMessage={t('organisation.org.countryNothingFound')}
        value={isCountryCode(o.country) ? o.country : null}
        onChange={(value) => set('country')(value ?? '')}
        // Searching for the chosen country and picking it again must not clear it.
        allowDeselect={false}
        maxDropdownHeight={280}
        error={fieldError(checkCountry(o.country))}
        maw={420}
      />

      <Title order={4} size="h6" mt="xs">
        {t('organisation.org.contact')}
      </Title>
      <Grid gap="md" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            label={t('organisation.org.email')}
            withAsterisk={required('email')}
            type="email"
            placeholder={t('organisation.org.emailPlaceholder')}
            value={o.email}
            onCommit={set('email')}
            check={checkEmail}
            autoComplete="email"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            label={t('organisation.org.phone')}
            type="tel"
            placeholder={t('organisation.org.phonePlaceholder')}
            value={o.phone}
            onCommit={set('phone')}
            check={checkPhone}
            autoComplete="tel"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            label={t('organisation.org.website')}
            type="url"
            placeholder={t('organisation.org.websitePlaceholder')}
            maxLength={2000}
            value={o.website}
            onCommit={set('website')}
            check={checkUrl}
            autoComplete="url"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            label={t('organisation.org.privacyEmail')}
            withAsterisk={required('privacyEmail')}
            description={t('organisation.org.privacyEmailHint')}
            type="email"
            placeholder={t('organisation.org.emailPlaceholder')}
            value={o.privacyEmail}
            onCommit={set('privacyEmail')}
            check={checkEmail}
          />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}
