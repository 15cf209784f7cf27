import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  describeFileProblem,
  FILE_PROBLEM_CODES,
  projectFileName,
  safeFileName,
  withExtension,
} from '../../../shared/project-file';

describe('file names', () => {
  it.each([
    ['ITGuy ApS', 'ITGuy ApS.kartotek'],
    ['Kunde A/S', 'Kunde A S.kartotek'],
    ['Bitspace AB: Örebro', 'Bitspace AB Örebro.kartotek'],
    ['../../etc/passwd', 'etc passwd.kartotek'],
    ['C:\\Windows\\x', 'C Windows x.kartotek'],
    ['con', 'Kartotek.kartotek'],
    ['  ...  ', 'Kartotek.kartotek'],
    ['Sag.kartotek', 'Sag.kartotek'],
    ['tab\tand\nnewline', 'tab and newline.kartotek'],
  ])('%s → %s', (name, expected) => {
    expect(projectFileName(name)).toBe(expected);
  });

  it('caps long names without cutting a character in half', () => {
    const name = safeFileName('😀'.repeat(300), '.docx');
    expect(Array.from(name)).toHaveLength(120 + 5);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('adds an extension only when it is missing', () => {
    expect(withExtension('/home/a/Kunde', '.kartotek')).toBe('/home/a/Kunde.kartotek');
    expect(withExtension('/home/a/Kunde.KARTOTEK', '.kartotek')).toBe('/home/a/Kunde.KARTOTEK');
  });
});

describe('describeFileProblem', () => {
  it('has a distinct sentence for every problem, action and language, naming the file', () => {
    for (const language of LANGUAGES) {
      const texts = new Set<string>();
      for (const code of FILE_PROBLEM_CODES) {
        for (const action of ['open', 'save'] as const) {
          const text = describeFileProblem({ code, fileName: 'Kunde.kartotek' }, action, language);
          expect(text).toContain('Kunde.kartotek');
          texts.add(text);
        }
      }
      expect(texts.size).toBe(FILE_PROBLEM_CODES.length * 2);
    }
  });

  it('tells a full disk apart from a permission problem', () => {
    expect(describeFileProblem({ code: 'diskFull', fileName: 'a.kartotek' }, 'save', 'en')).toMatch(
      /not enough space/,
    );
    expect(describeFileProblem({ code: 'permissionDenied', fileName: 'a.kartotek' }, 'save', 'da')).toMatch(
      /ikke adgang/,
    );
  });
});
