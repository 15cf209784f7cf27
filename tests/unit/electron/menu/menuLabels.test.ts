import { describe, expect, it } from 'vitest';
import { MENU_LABELS } from '../../../../electron/menu/menuLabels';
import { LANGUAGES } from '../../../../shared/i18n/languages';

describe('menu labels', () => {
  const englishKeys = Object.keys(MENU_LABELS.en).sort();

  it('exist for every UI language', () => {
    expect(Object.keys(MENU_LABELS).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key, each a non-empty string', (language) => {
    const labels = MENU_LABELS[language];
    expect(Object.keys(labels).sort()).toEqual(englishKeys);
    for (const [key, value] of Object.entries(labels)) {
      expect(typeof value, key).toBe('string');
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('are translated, not copied from English (apart from words that are the same)', () => {
    for (const language of ['da', 'sv'] as const) {
      const same = englishKeys.filter(
        (key) =>
          MENU_LABELS[language][key as keyof typeof MENU_LABELS.en] ===
          MENU_LABELS.en[key as keyof typeof MENU_LABELS.en],
      );
      // "Zoom" is the same word in Danish; nothing else should be.
      expect(
        same.filter((key) => key !== 'zoom'),
        language,
      ).toEqual([]);
    }
  });
});
