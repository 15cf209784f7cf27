import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NATIVE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { rememberUiLanguage } from '../i18n';
import { platform } from '../platform/platform';

export function useUiLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : 'en';
  const change = (language: Language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    rememberUiLanguage(language);
    void platform.setUiLanguage(language);
  };
  return [current, change];
}

/** Switches the UI language; each language is named in itself so anyone can find their own. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const [current, change] = useUiLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={`${t('header.language')}: ${LANGUAGE_NATIVE_NAMES[current]}`}
        >
          {LANGUAGE_NATIVE_NAMES[current]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.language')}</Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => change(language)}
            rightSection={language === current ? <IconCheck size={16} aria-hidden /> : null}
          >
            {LANGUAGE_NATIVE_NAMES[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
