import { Alert, Badge, Grid, Group, Paper, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBuildingBank, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { authorityForJurisdiction } from '../../../shared/catalog/authorities';
import type { SupervisoryAuthority } from '../../../shared/catalog/legalCatalogTypes';
import { JURISDICTION_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { isCountryCode, JURISDICTIONS, type Jurisdiction, type Organisation } from '../../../shared/model';
import {
  checkCountry,
  checkEmail,
  checkPhone,
  checkRegistrationNumber,
  checkUrl,
} from '../../../shared/validation/fieldFormats';
import { BufferedTextInput } from '../../register/BufferedTextInput';
import { CountrySelect } from '../../register/countries';
import { useUpdateProject } from '../../register/useRegister';
import { FormSection, SHORT_TEXT_MAX, useFieldError, useUiLanguage } from './formParts';
import { requiredIn } from '../../register/required';

type TextField = Exclude<keyof Organisation, 'jurisdiction'>;

/** The controller's identity and contact details, and the jurisdiction with the authority it implies. */
export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const fieldError = useFieldError();
  const ui = useUiLanguage();

  const set = (field: TextField) => (value: string) =>
    update((core) => ({ ...core, organisation: { ...core.organisation, [field]: value } }));
  const setJurisdiction = (jurisdiction: Jurisdiction) =>
    update((core) => ({ ...core, organisation: { ...core.organisation, jurisdiction } }));

  const o = organisation;
  const required = requiredIn('organisation', o);
  const legalNameMissing = o.legalName.trim() === '';

  return (
    <FormSection
      sectionKey="organisation"
      title={t('organisation.org.heading')}
      intro={t('organisation.org.intro')}
    >
      <BufferedTextInput
        label={t('organisation.org.legalName')}
        description={t('organisation.org.legalNameHint')}
        withAsterisk={required('legalName')}
        maxLength={SHORT_TEXT_MAX}
        value={o.legalName}
        onCommit={set('legalName')}
        error={legalNameMissing ? t('register.errors.required') : undefined}
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
            <BufferedTextInput
              label={t(`organisation.org.registrationNumber.${o.jurisdiction}`)}
              withAsterisk={required('registrationNumber')}
              description={t(`organisation.org.registrationNumberHint.${o.jurisdiction}`)}
              maxLength={SHORT_TEXT_MAX}
              value={o.registrationNumber}
              onCommit={set('registrationNumber')}
              error={fieldError(checkRegistrationNumber(o.registrationNumber, o.jurisdiction))}
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
      <BufferedTextInput
        label={t('organisation.org.street')}
        withAsterisk={required('street')}
        maxLength={SHORT_TEXT_MAX}
        value={o.street}
        onCommit={set('street')}
        autoComplete="street-address"
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xs: 4 }}>
          <BufferedTextInput
            label={t('organisation.org.postcode')}
            withAsterisk={required('street')}
            maxLength={SHORT_TEXT_MAX}
            value={o.postcode}
            onCommit={set('postcode')}
            autoComplete="postal-code"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 8 }}>
          <BufferedTextInput
            label={t('organisation.org.city')}
            withAsterisk={required('street')}
            maxLength={SHORT_TEXT_MAX}
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
          <BufferedTextInput
            label={t('organisation.org.email')}
            withAsterisk={required('email')}
            type="email"
            placeholder={t('organisation.org.emailPlaceholder')}
            maxLength={SHORT_TEXT_MAX}
            value={o.email}
            onCommit={set('email')}
            error={fieldError(checkEmail(o.email))}
            autoComplete="email"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <BufferedTextInput
            label={t('organisation.org.phone')}
            type="tel"
            placeholder={t('organisation.org.phonePlaceholder')}
            maxLength={SHORT_TEXT_MAX}
            value={o.phone}
            onCommit={set('phone')}
            error={fieldError(checkPhone(o.phone))}
            autoComplete="tel"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <BufferedTextInput
            label={t('organisation.org.website')}
            type="url"
            placeholder={t('organisation.org.websitePlaceholder')}
            maxLength={2000}
            value={o.website}
            onCommit={set('website')}
            error={fieldError(checkUrl(o.website))}
            autoComplete="url"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <BufferedTextInput
            label={t('organisation.org.privacyEmail')}
            withAsterisk={required('privacyEmail')}
            description={t('organisation.org.privacyEmailHint')}
            type="email"
            placeholder={t('organisation.org.emailPlaceholder')}
            maxLength={SHORT_TEXT_MAX}
            value={o.privacyEmail}
            onCommit={set('privacyEmail')}
            error={fieldError(checkEmail(o.privacyEmail))}
          />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}

/** The supervisory authority the jurisdiction implies: read-only, from the built-in catalog. */
function AuthorityCard({
  authority,
  language,
}: {
  authority: SupervisoryAuthority | null;
  language: Language;
}) {
  const { t } = useTranslation();
  if (!authority) {
    return (
      <Alert
        variant="light"
        color="gray"
        icon={<IconInfoCircle size={18} aria-hidden />}
        title={t('organisation.org.authority')}
        data-testid="authority"
        role="note"
      >
        {t('organisation.org.noAuthority')}
      </Alert>
    );
  }
  const unverified = (
    <Tooltip label={t('organisation.org.checkBeforeUseHint')} multiline w={260}>
      <Badge
        size="xs"
        variant="outline"
        color="orange.9"
        tabIndex={0}
        aria-label={`${t('organisation.org.checkBeforeUse')}: ${t('organisation.org.checkBeforeUseHint')}`}
      >
        {t('organisation.org.checkBeforeUse')}
      </Badge>
    </Tooltip>
  );
  const line = (text: string, verified: boolean) => (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{text}</Text>
      {!verified && unverified}
    </Group>
  );
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      bg="var(--mantine-color-default-hover)"
      data-testid="authority"
      role="group"
      aria-label={t('organisation.org.authority')}
    >
      <Group gap={6} mb={4} wrap="nowrap">
        <IconBuildingBank size={16} aria-hidden />
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {t('organisation.org.authority')}
        </Text>
      </Group>
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {authority.name[language]}
        </Text>
        {authority.address.lines.map((text, i) => (
          <Group gap={6} wrap="nowrap" key={i}>
            <Text size="sm">{text}</Text>
            {!authority.address.verified && i === 0 && unverified}
          </Group>
        ))}
        <Text size="sm">{authority.address.countryName[language]}</Text>
        {authority.phone && line(authority.phone.international, authority.phone.verified)}
        {authority.email && line(authority.email.value, authority.email.verified)}
        {authority.website && line(authority.website.value, authority.website.verified)}
      </Stack>
      <Text size="xs" c="dimmed" mt={6}>
        {t('organisation.org.authorityHint')}
      </Text>
    </Paper>
  );
}
