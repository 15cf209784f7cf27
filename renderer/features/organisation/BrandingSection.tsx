import { Box, Button, ColorInput, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoOff, IconTrash, IconUpload } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../../../shared/model';
import { checkColour } from '../../../shared/validation/fieldFormats';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useUpdateProject } from '../../register/useRegister';
import { FormSection, useFieldError, useUiLanguage, useUndoNotice } from './formParts';
import { readLogoFile } from './logoFile';

/** Swatches for the accent colour: dark enough for white text and lines on white paper. */
const SWATCHES = ['#1864ab', '#364fc7', '#5f3dc4', '#0b7285', '#2b8a3e', '#c92a2a', '#d9480f', '#343a40'];

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
      const size = new Intl.NumberFormat(ui, {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }).format(file.size / (1024 * 1024));
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
        <Text size="sm" fw={500} id={logoLabelId}>
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
        saturationLabel={t('organisation.branding.saturation')}
        hueLabel={t('organisation.branding.hue')}
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
 * The accent colour, typed or picked. Like the buffered text fields it types against its own value and
 * stores every change, so the round trip through the database never fights the cursor.
 */
function AccentColourInput({
  value,
  onCommit,
  error,
  label,
  description,
  saturationLabel,
  hueLabel,
}: {
  value: string;
  onCommit(value: string): void;
  error?: string;
  label: string;
  description: string;
  saturationLabel: string;
  hueLabel: string;
}) {
  const [local, setLocal] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (local !== null && local === value) setLocal(null);
  }
  return (
    <ColorInput
      label={label}
      description={description}
      format="hex"
      placeholder="#1864ab"
      swatches={SWATCHES}
      swatchesPerRow={8}
      withEyeDropper={false}
      fixOnBlur={false}
      saturationLabel={saturationLabel}
      hueLabel={hueLabel}
      value={local ?? value}
      onChange={(next) => {
        setLocal(next);
        onCommit(next.trim());
      }}
      onBlur={() => {
        if (local !== null && local.trim() === value) setLocal(null);
      }}
      error={error}
      maxLength={7}
      maw={260}
    />
  );
}
