import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  GDPR_ART6_CODES,
  GDPR_ART9_CODES,
  LEGAL_BASIS_CODES,
  NATIONAL_BASIS_CODES,
} from '../../../shared/model/legalBasisCodes';
import {
  citeLegalBasis,
  isLegalBasisCode,
  LEGAL_BASES,
  legalBasesByGroup,
  legalBasesForJurisdiction,
  legalBasis,
} from '../../../shared/catalog/legalBases';
import { LegalBasisEntrySchema } from '../../../shared/catalog/legalCatalogTypes';

describe('legal basis catalog: completeness', () => {
  it('has exactly one entry per LEGAL_BASIS_CODE, in the same order', () => {
    expect(LEGAL_BASES.map((e) => e.code)).toEqual([...LEGAL_BASIS_CODES]);
  });

  it.each(LEGAL_BASIS_CODES)('%s has a valid entry with all texts filled in da, sv and en', (code) => {
    const entry = legalBasis(code);
    expect(entry.code).toBe(code);
    expect(() => LegalBasisEntrySchema.parse(entry)).not.toThrow();
    for (const language of LANGUAGES) {
      expect(entry.name[language].trim().length).toBeGreaterThan(2);
      // One real sentence: at least a few words, ending in a full stop.
      expect(entry.explanation[language].split(/\s+/).length).toBeGreaterThan(12);
      expect(entry.explanation[language]).toMatch(/\.$/);
      expect(entry.citation.long[language].trim()).not.toBe('');
      expect(entry.citation.short[language].trim()).not.toBe('');
      expect(entry.instrument[language].trim()).not.toBe('');
    }
  });

  it('never uses the same explanation in two languages (no untranslated copies)', () => {
    for (const entry of LEGAL_BASES) {
      expect(new Set(LANGUAGES.map((l) => entry.explanation[l])).size).toBe(3);
    }
  });

  it('puts codes into the right group and national ones into their jurisdiction', () => {
    expect(legalBasesByGroup('art6').map((e) => e.code)).toEqual([...GDPR_ART6_CODES]);
    expect(legalBasesByGroup('art9').map((e) => e.code)).toEqual([...GDPR_ART9_CODES]);
    expect(legalBasesByGroup('art10').map((e) => e.code)).toEqual(['art10']);
    expect(legalBasesByGroup('national').map((e) => e.code)).toEqual([...NATIONAL_BASIS_CODES]);
    expect(legalBasesByGroup('national', 'DK').map((e) => e.code)).toEqual([
      'dk-dbl-7',
      'dk-dbl-8',
      'dk-dbl-11',
      'dk-dbl-12',
    ]);
    expect(legalBasesByGroup('national', 'SE').map((e) => e.code)).toEqual([
      'se-dsl-3-1',
      'se-dsl-3-8',
      'se-dsl-3-10',
    ]);
    expect(legalBasesByGroup('national', 'NO')).toEqual([]);
    expect(legalBasesByGroup('national', 'other')).toEqual([]);
    // GDPR groups do not depend on the jurisdiction.
    expect(legalBasesByGroup('art6', 'FI')).toHaveLength(6);
  });

  it('offers each jurisdiction the GDPR bases plus only its own national provisions', () => {
    const dk = legalBasesForJurisdiction('DK').map((e) => e.code);
    expect(dk).toContain('art6-1-f');
    expect(dk).toContain('dk-dbl-11');
    expect(dk).not.toContain('se-dsl-3-10');
    const other = legalBasesForJurisdiction('other').map((e) => e.code);
    expect(other).toHaveLength(GDPR_ART6_CODES.length + GDPR_ART9_CODES.length + 1);
  });

  it('recognises codes', () => {
    expect(isLegalBasisCode('art6-1-f')).toBe(true);
    expect(isLegalBasisCode('art6-1-g')).toBe(false);
    expect(isLegalBasisCode(6)).toBe(false);
  });
});

describe('legal basis catalog: citation forms', () => {
  it('cites Art. 6(1)(a) in each language and form', () => {
    expect(citeLegalBasis('art6-1-a', 'da', 'long')).toBe(
      'databeskyttelsesforordningens artikel 6, stk. 1, litra a',
    );
    expect(citeLegalBasis('art6-1-a', 'da', 'short')).toBe('GDPR art. 6, stk. 1, litra a');
    expect(citeLegalBasis('art6-1-a', 'sv', 'long')).toBe('artikel 6.1 a i dataskyddsförordningen');
    expect(citeLegalBasis('art6-1-a', 'sv', 'short')).toBe('art. 6.1 a GDPR');
    expect(citeLegalBasis('art6-1-a', 'en', 'long')).toBe('Article 6(1)(a) GDPR');
    expect(citeLegalBasis('art6-1-a', 'en', 'short')).toBe('Art. 6(1)(a) GDPR');
  });

  it('cites Art. 6(1)(f) as the reference writes it, long by default', () => {
    expect(citeLegalBasis('art6-1-f', 'da')).toBe('databeskyttelsesforordningens artikel 6, stk. 1, litra f');
    expect(citeLegalBasis('art6-1-f', 'da', 'short')).toBe('GDPR art. 6, stk. 1, litra f');
    expect(citeLegalBasis('art6-1-f', 'sv')).toBe('artikel 6.1 f i dataskyddsförordningen');
    expect(citeLegalBasis('art6-1-f', 'en')).toBe('Article 6(1)(f) GDPR');
  });

  it('cites Art. 9(2)(a)', () => {
    expect(citeLegalBasis('art9-2-a', 'da')).toBe('databeskyttelsesforordningens artikel 9, stk. 2, litra a');
    expect(citeLegalBasis('art9-2-a', 'da', 'short')).toBe('GDPR art. 9, stk. 2, litra a');
    expect(citeLegalBasis('art9-2-a', 'sv')).toBe('artikel 9.2 a i dataskyddsförordningen');
    expect(citeLegalBasis('art9-2-a', 'en')).toBe('Article 9(2)(a) GDPR');
  });

  it('cites Art. 10', () => {
    expect(citeLegalBasis('art10', 'da')).toBe('databeskyttelsesforordningens artikel 10');
    expect(citeLegalBasis('art10', 'da', 'short')).toBe('GDPR art. 10');
    expect(citeLegalBasis('art10', 'sv')).toBe('artikel 10 i dataskyddsförordningen');
    expect(citeLegalBasis('art10', 'en')).toBe('Article 10 GDPR');
  });

  it('cites databeskyttelsesloven § 11, stk. 2 (CPR numbers, private companies)', () => {
    expect(citeLegalBasis('dk-dbl-11', 'da')).toBe('databeskyttelseslovens § 11, stk. 2');
    expect(citeLegalBasis('dk-dbl-11', 'en')).toBe('Section 11(2) of the Danish Data Protection Act');
    expect(citeLegalBasis('dk-dbl-11', 'sv')).toBe(
      '§ 11, stk. 2 i den danska dataskyddslagen (databeskyttelsesloven)',
    );
    expect(citeLegalBasis('dk-dbl-8', 'da')).toBe('databeskyttelseslovens § 8');
  });

  it('cites lag (2018:218) 3 kap. 10 §', () => {
    expect(citeLegalBasis('se-dsl-3-10', 'sv')).toBe(
      '3 kap. 10 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning',
    );
    expect(citeLegalBasis('se-dsl-3-10', 'sv', 'short')).toBe('3 kap. 10 § dataskyddslagen (2018:218)');
    expect(citeLegalBasis('se-dsl-3-10', 'en')).toBe(
      'Chapter 3, Section 10 of the Swedish Act (2018:218) containing supplementary provisions to the EU General Data Protection Regulation',
    );
    expect(citeLegalBasis('se-dsl-3-10', 'da')).toMatch(/^3 kap\. 10 § i den svenske lag \(2018:218\)/);
  });

  it('follows one citation pattern for every GDPR code', () => {
    for (const entry of LEGAL_BASES.filter((e) => e.group === 'art6' || e.group === 'art9')) {
      const [, article, paragraph, letter] = /^art(\d)-(\d)-([a-j])$/.exec(entry.code) ?? [];
      expect(entry.citation.long.da).toBe(
        `databeskyttelsesforordningens artikel ${article}, stk. ${paragraph}, litra ${letter}`,
      );
      expect(entry.citation.long.sv).toBe(
        `artikel ${article}.${paragraph} ${letter} i dataskyddsförordningen`,
      );
      expect(entry.citation.long.en).toBe(`Article ${article}(${paragraph})(${letter}) GDPR`);
    }
  });

  it('keeps national numbering in every language: Danish "§ n", Swedish "n kap. n §"', () => {
    for (const entry of legalBasesByGroup('national', 'DK')) {
      const section = entry.code.replace('dk-dbl-', '');
      expect(entry.citation.long.da).toMatch(
        new RegExp(`^databeskyttelseslovens § ${section}(, stk\\. \\d+)?$`),
      );
      expect(entry.citation.long.sv).toContain(`§ ${section}`);
      expect(entry.citation.long.en).toMatch(new RegExp(`^Section ${section}(\\(\\d+\\))? of the Danish`));
    }
    for (const entry of legalBasesByGroup('national', 'SE')) {
      const [, chapter, section] = /^se-dsl-(\d+)-(\d+)$/.exec(entry.code) ?? [];
      for (const language of LANGUAGES) {
        expect(entry.citation.long[language]).toContain('2018:218');
      }
      expect(entry.citation.long.sv.startsWith(`${chapter} kap. ${section} § lagen (2018:218)`)).toBe(true);
      expect(
        entry.citation.long.en.startsWith(`Chapter ${chapter}, Section ${section} of the Swedish Act`),
      ).toBe(true);
    }
  });
});

describe('legal basis catalog: flags for the checks', () => {
  it('marks exactly 6(1)(a) and 9(2)(a) as consent', () => {
    expect(LEGAL_BASES.filter((e) => e.isConsent).map((e) => e.code)).toEqual(['art6-1-a', 'art9-2-a']);
  });

  it('asks for the legitimate interest in words only for 6(1)(f)', () => {
    expect(LEGAL_BASES.filter((e) => e.requiresLegitimateInterestText).map((e) => e.code)).toEqual([
      'art6-1-f',
    ]);
  });

  it('says what special data each provision covers', () => {
    for (const entry of legalBasesByGroup('art6')) expect(entry.covers).toEqual([]);
    for (const entry of legalBasesByGroup('art9')) expect(entry.covers).toContain('special');
    expect(legalBasis('art10').covers).toEqual(['criminal']);
    expect(legalBasis('dk-dbl-7').covers).toEqual(['special']);
    expect(legalBasis('dk-dbl-8').covers).toEqual(['criminal']);
    expect(legalBasis('dk-dbl-11').covers).toEqual(['nationalId']);
    expect(legalBasis('dk-dbl-12').covers).toEqual(expect.arrayContaining(['special', 'employment']));
    expect(legalBasis('se-dsl-3-1').covers).toEqual(expect.arrayContaining(['special', 'employment']));
    expect(legalBasis('se-dsl-3-8').covers).toEqual(['criminal']);
    expect(legalBasis('se-dsl-3-10').covers).toEqual(['nationalId']);
  });

  it('asks for the statute where the basis depends on one', () => {
    expect(legalBasis('art6-1-c').requiresStatuteNote).toBe(true);
    expect(legalBasis('art10').requiresStatuteNote).toBe(true);
    expect(legalBasis('art6-1-f').requiresStatuteNote).toBe(false);
    expect(legalBasis('art6-1-e').unusualForPrivateCompanies).toBe(true);
    expect(legalBasis('art6-1-b').unusualForPrivateCompanies).toBe(false);
  });

  it('uses the reference terms for the most common bases', () => {
    expect(legalBasis('art6-1-f').name).toEqual({
      da: 'Legitim interesse (interesseafvejning)',
      sv: 'Berättigat intresse (intresseavvägning)',
      en: 'Legitimate interests',
    });
    expect(legalBasis('art6-1-a').name).toEqual({ da: 'Samtykke', sv: 'Samtycke', en: 'Consent' });
    expect(legalBasis('art6-1-c').name.sv).toBe('Rättslig förpliktelse');
    expect(legalBasis('art6-1-d').name.sv).toBe('Grundläggande intressen');
  });

  it('cannot be edited by a caller', () => {
    const entry = legalBasis('art6-1-f');
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry.citation.long)).toBe(true);
    expect(() => {
      (entry.name as { da: string }).da = 'changed';
    }).toThrow(TypeError);
  });
});
