import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function useToggleTheme() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  return { scheme: computed, toggle: () => setColorScheme(computed === 'dark' ? 'light' : 'dark') };
}

export function ThemeToggle() {
  const { t } = useTranslation();
  const { scheme, toggle } = useToggleTheme();
  const label = scheme === 'dark' ? t('header.themeToLight') : t('header.themeToDark');
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={label}>
        {scheme === 'dark' ? <IconSun size={20} aria-hidden /> : <IconMoon size={20} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
