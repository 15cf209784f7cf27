import { Box, Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoOff, IconTrash, IconUpload } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../../../shared/model';
import { checkColour } from '../../../shared/validation/fieldFormats';
import { BufferedTextInput } from '../../register/BufferedTextInput';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useUpdateProject } from '../../register/useRegister';
import { FormSection, useFieldError, useUiLanguage, useUndoNotice } from './formParts';
import { readLogoFile } from './logoFile';
import classes from './OrganisationScreen.module.css';

/** Logo, accent colour and footer text for the Word exports. */
export function BrandingSection({
  branding,
  organisationName,
}: {
  branding: Branding;
  organisationName: string;
}) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const fieldError = useFieldError();
  const ui = useUiLanguage();
  const showUndo = useUndoNotice();
  const [logoError, setLogoError] = useState<string | null>(null);
  const resetFile = useRef<() => void>(null);
  const logoLabelId = useId();
  const logoErrorId = useId();

  const change = (next: Partial<Branding>) =>
    update((core) => ({ ...core, branding: { ...core.branding, ...next } }));

  const onFile = async (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    const result = await readLogoFile(file);
    if (!result.ok) {
      // Rounded up, so a file just over the limit never reads as exactly "2 MB".
      const megabytes = Math.ceil((file.size / (1024 * 1024)) * 10) / 10;
      const size = new Intl.NumberFormat(ui, {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }).format(megabytes);
      const message =
        result.reason === 'type'
          ? t('organisation.branding.wrongType', { name: file.name })
          : result.reason === 'size'
            ? t('organisation.branding.tooLarge', { name: file.name, size })
            : t('organisation.branding.readFailed', { name: file.name });
      setLogoError(message);
      return;
    }
    setLogoError(null);
    change({ logo: result.logo });
  };

  const removeLogo = () => {
    const before = branding.logo;
    change({ logo: null });
    setLogoError(null);
    if (before) showUndo(t('organisation.branding.logoRemoved'), () => change({ logo: before }));
  };

  const logo = branding.logo;
  const alt = organisationName.trim()
    ? t('organisation.branding.logoAlt', { name: organisationName.trim() })
    : t('organisation.branding.logoAltUnnamed');

  return (
    <FormSection
      sectionKey="branding"
      title={t('organisation.branding.heading')}
      intro={t('organisation.branding.intro')}
    >
      <Box role="group" aria-labelledby={logoLabelId} aria-describedby={logoError ? logoErrorId : undefined}>
        <Text size="sm" fw="var(--mantine-font-weight-medium)" id={logoLabelId}>
          {t('organisation.branding.logo')}
        </Text>
        <Text size="xs" c="dimmed" mb={6}>
          {t('organisation.branding.logoHint')}
        </Text>
        <Group align="center" gap="md">
          <Paper
            withBorder
            radius="sm"
            w={200}
            h={96}
            p={8}
            style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
            bg="white"
          >
            {logo ? (
              <Image
                src={`data:${logo.mediaType};base64,${logo.dataBase64}`}
                alt={alt}
                fit="contain"
                h="100%"
                w="100%"
                data-testid="logo-preview"
              />
            ) : (
              <Stack gap={2} align="center">
                <IconPhotoOff size={22} color="var(--mantine-color-gray-6)" aria-hidden />
                <Text size="xs" c="gray.7">
                  {t('organisation.branding.noLogo')}
                </Text>
              </Stack>
            )}
          </Paper>
          <Stack gap="xs">
            <FileButton
              onChange={(file) => void onFile(file)}
              accept="image/png,image/jpeg"
              resetRef={resetFile}
            >
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconUpload size={16} aria-hidden />}>
                  {logo ? t('organisation.branding.replace') : t('organisation.branding.upload')}
                </Button>
              )}
            </FileButton>
            {logo && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={removeLogo}
              >
                {t('organisation.branding.remove')}
              </Button>
            )}
          </Stack>
        </Group>
        {logoError && (
          <Text size="sm" c="red.8" mt={6} id={logoErrorId} role="alert" data-testid="logo-error">
            {logoError}
          </Text>
        )}
      </Box>

      <AccentColourInput
        label={t('organisation.branding.accentColour')}
        description={t('organisation.branding.accentColourHint')}
        pickLabel={t('organisation.branding.pickColour')}
        value={branding.accentColor}
        onCommit={(accentColor) => change({ accentColor })}
        error={fieldError(checkColour(branding.accentColor))}
      />

      <LocalizedTextField
        label={t('organisation.branding.footer')}
        description={t('organisation.branding.footerHint')}
        value={branding.footerText}
        onCommit={(language, text) =>
          update((core) => ({
            ...core,
            branding: { ...core.branding, footerText: withText(core.branding.footerText, language, text) },
          }))
        }
      />
    </FormSection>
  );
}

/**
 * The accent colour: typed as #RRGGBB, or picked with the system's colour picker from the swatch inside
 * the field. Both store at once; the text field is the buffered one every register field uses.
 */
function AccentColourInput({
  value,
  onCommit,
  error,
  label,
  description,
  pickLabel,
}: {
  value: string;
  onCommit(value: string): void;
  error?: string;
  label: string;
  description: string;
  pickLabel: string;
}) {
  const valid = checkColour(value) === null && value !== '';
  return (
    <BufferedTextInput
      label={label}
      description={description}
      placeholder="#1864ab"
      maxLength={7}
      spellCheck={false}
      autoComplete="off"
      value={value}
      trim
      onCommit={onCommit}
      error={error}
      styles={{ wrapper: { maxWidth: 220 } }}
      leftSectionPointerEvents="all"
      leftSection={
        <input
          type="color"
          aria-label={pickLabel}
          className={classes.colourSwatch}
          value={valid ? value.toLowerCase() : '#000000'}
          data-empty={!valid || undefined}
          onChange={(event) => onCommit(event.currentTarget.value)}
        />
      }
    />
  );
}
