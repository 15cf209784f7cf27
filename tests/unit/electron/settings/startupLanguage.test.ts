import { describe, expect, it } from 'vitest';
import { pickStartupLanguage } from '../../../../electron/settings/startupLanguage';
import { DEFAULT_LANGUAGE } from '../../../../shared/i18n/languages';

describe('pickStartupLanguage', () => {
  it('prefers the language the user chose in the app', () => {
    expect(pickStartupLanguage('sv', ['da-DK'])).toBe('sv');
  });

  it('otherwise takes the first system language Kartotek speaks', () => {
    expect(pickStartupLanguage(undefined, ['de-DE', 'da-DK', 'en-US'])).toBe('da');
    expect(pickStartupLanguage(undefined, ['SV_se'])).toBe('sv');
  });

  it('otherwise falls back to the default language', () => {
    expect(pickStartupLanguage(undefined, ['de-DE', 'fr'])).toBe(DEFAULT_LANGUAGE);
    expect(pickStartupLanguage(undefined, [])).toBe(DEFAULT_LANGUAGE);
  });
});
