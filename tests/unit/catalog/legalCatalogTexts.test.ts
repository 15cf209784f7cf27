import { describe, expect, it } from 'vitest';
import { LEGAL_BASES } from '../../../shared/catalog/legalBases';
import { SUPERVISORY_AUTHORITIES } from '../../../shared/catalog/authorities';
import { RETENTION_RULES } from '../../../shared/catalog/retentionRules';

/** Every string inside a value, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// The outdated-marker list names the old terms on purpose (that is how the check finds them), so it is not
// part of the product text scanned here.
const catalogText = strings([LEGAL_BASES, SUPERVISORY_AUTHORITIES, RETENTION_RULES]);

describe('legal catalog text', () => {
  it('is substantial enough for the scan below to mean something', () => {
    expect(catalogText.length).toBeGreaterThan(400);
  });

  it.each(['Privacy Shield', 'Datainspektionen', 'Borgergade', 'persondataloven', 'personuppgiftslagen'])(
    'never mentions the outdated "%s"',
    (outdated) => {
      const hits = catalogText.filter((text) => text.toLowerCase().includes(outdated.toLowerCase()));
      expect(hits).toEqual([]);
    },
  );

  it('cites the regulation in the right language: no Danish article form in Swedish text or vice versa', () => {
    for (const entry of LEGAL_BASES) {
      expect(strings([entry.citation, entry.explanation]).filter((t) => t === '')).toEqual([]);
      expect(entry.citation.long.sv).not.toMatch(/stk\.\s*\d+, litra/);
      expect(entry.citation.long.da).not.toMatch(/\d\.\d [a-j] i dataskyddsförordningen/);
      expect(entry.explanation.sv).not.toMatch(/databeskyttelsesforordningen/);
      expect(entry.explanation.en).not.toMatch(/databeskyttelsesforordningen|dataskyddsförordningen/);
    }
  });

  it('has no leftover placeholders or doubled spaces', () => {
    const bad = catalogText.filter((t) => /TODO|XXX|\{\{|\s{2,}|\s$|^\s/.test(t));
    expect(bad).toEqual([]);
  });
});
