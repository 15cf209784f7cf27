import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { uiResources } from '../../../renderer/app/uiResources';

function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

describe('UI messages', () => {
  const english = leaves(uiResources('en'));

  it('exist for a substantial UI', () => {
    expect(english.size).toBeGreaterThan(100);
  });

  it.each(LANGUAGES)('in %s have exactly the English keys, each a non-empty string', (language) => {
    const messages = leaves(uiResources(language));
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of messages) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it.each(['da', 'sv'] as const)('in %s keep every {{placeholder}} of the English text', (language) => {
    const messages = leaves(uiResources(language));
    for (const [key, value] of english) {
      const wanted = [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      const got = [...String(messages.get(key)).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(got, key).toEqual(wanted);
    }
  });
});
