import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/i18n/languages';
import { createUiLanguageController } from '../../../../electron/settings/uiLanguage';

function setup(initial: Language, saved: Language | undefined) {
  const menus: Language[] = [];
  const saves: Language[] = [];
  const setUiLanguage = createUiLanguageController({
    initial,
    saved,
    applyMenu: (language) => menus.push(language),
    save: async (language) => saves.push(language),
  });
  return { setUiLanguage, menus, saves };
}

describe('setUiLanguage controller', () => {
  it('rebuilds the menu in the new language and remembers it', async () => {
    const { setUiLanguage, menus, saves } = setup('en', 'en');
    await setUiLanguage('da');
    expect(menus).toEqual(['da']);
    expect(saves).toEqual(['da']);
  });

  it('does nothing when the renderer repeats the current language at start', async () => {
    const { setUiLanguage, menus, saves } = setup('sv', 'sv');
    await setUiLanguage('sv');
    await setUiLanguage('sv');
    expect(menus).toEqual([]);
    expect(saves).toEqual([]);
  });

  it('saves on first run even when the system language already matched', async () => {
    const { setUiLanguage, menus, saves } = setup('da', undefined);
    await setUiLanguage('da');
    await setUiLanguage('da');
    expect(menus).toEqual([]);
    expect(saves).toEqual(['da']);
  });
});
