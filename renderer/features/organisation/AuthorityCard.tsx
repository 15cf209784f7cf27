import { Alert, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconBuildingBank, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupervisoryAuthority } from '../../../shared/catalog/legalCatalogTypes';
import type { Language } from '../../../shared/i18n/languages';

/** The supervisory authority the jurisdiction implies: read-only, from the built-in catalog. */
export function AuthorityCard({
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
