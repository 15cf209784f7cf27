import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { ProjectSchema, type Project } from '../../../shared/model';
import {
  CURRENT_FORMAT_VERSION,
  describeProjectFileError,
  formatPath,
  MAX_FILE_BYTES,
  MIGRATIONS,
  parseProjectFile,
  ProjectNotSavableError,
  serializeProjectFile,
  type ParseProjectFileResult,
  type ProjectFileError,
} from '../../../shared/project-file';
import { sampleProject } from '../../support/sampleProject';
import { fixtureText, projectFileFixtures } from './fixtures';

const OPTIONS = { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' };
const sampleText = () => serializeProjectFile(sampleProject(), OPTIONS);
// The tests below break files on purpose, reaching into arbitrary places of the parsed JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const sampleJson = (): Json => JSON.parse(sampleText());

/** A project without the parts that format version 3 added or changed, to compare older files' content. */
function withoutV3Additions(project: Project): unknown {
  return JSON.parse(JSON.stringify(project), (key, value) =>
    ['confirmation', 'checkBeforeUse', 'editionDate', 'draft', 'requirement', 'automatedDecisions'].includes(
      key,
    )
      ? undefined
      : value,
  );
}

function errorOf(result: ParseProjectFileResult): ProjectFileError {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('fixtures of every format version', () => {
  const fixtures = projectFileFixtures();

  it('exist as a full and a minimal file for every version from 1 to the current one', () => {
    for (let version = 1; version <= CURRENT_FORMAT_VERSION; version++) {
      const names = fixtures.filter((f) => f.version === version).map((f) => f.name);
      expect(names, `fixtures of version ${version}`).toEqual(
        expect.arrayContaining([`v${version}-full.kartotek`, `v${version}-minimal.kartotek`]),
      );
    }
    expect(fixtures.every((f) => f.version >= 1 && f.version <= CURRENT_FORMAT_VERSION)).toBe(true);
  });

  it('has a migration from every older version to the next', () => {
    for (let version = 1; version < CURRENT_FORMAT_VERSION; version++) {
      expect(typeof MIGRATIONS[version], `migration ${version} → ${version + 1}`).toBe('function');
    }
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s opens as a valid project', (_name, fixture) => {
    const result = parseProjectFile(fixture.text);
    expect(result.ok, result.ok ? '' : describeProjectFileError(result.error, 'en')).toBe(true);
    if (!result.ok) return;
    expect(ProjectSchema.safeParse(result.project).success).toBe(true);
    if (fixture.version < CURRENT_FORMAT_VERSION) expect(result.migratedFrom).toBe(fixture.version);
    else {
      expect(result.migratedFrom).toBeUndefined();
      // No drift: the current writer reproduces a current-version fixture byte for byte.
      expect(
        serializeProjectFile(result.project, { appVersion: result.appVersion, now: result.savedAt }),
      ).toBe(fixture.text);
    }
  });

  it('the full v1 fixture holds every part of the model, and the values of the sample project', () => {
    const result = parseProjectFile(fixtureText('v1-full.kartotek'));
    if (!result.ok) throw new Error('v1-full did not open');
    const p = result.project;
    // A version 1 file has no change log; its log starts when the file was saved. What version 3 added
    // (confirmation, "not assessed" answers, edition dates) is migrationV3.test.ts's business.
    expect(withoutV3Additions(p)).toEqual(
      withoutV3Additions({
        ...sampleProject('itguy-sample'),
        changeLog: { since: '2026-11-22T10:00:00.000Z', entries: [] },
      }),
    );
    expect(p.representative).not.toBeNull();
    expect(p.branding.logo).not.toBeNull();
    for (const list of [
      p.jointControllers,
      p.exportHistory,
      p.dataSubjects,
      p.dataCategories,
      p.sources,
      p.recipients,
      p.vendors,
      p.securityMeasures,
      p.customers,
      p.audiences,
      p.activities,
      p.policy.extraSections,
    ]) {
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('the minimal v1 fixture is an empty Swedish project', () => {
    const result = parseProjectFile(fixtureText('v1-minimal.kartotek'));
    if (!result.ok) throw new Error('v1-minimal did not open');
    expect(result.project.name).toBe('Minimal AB');
    expect(result.project.activities).toEqual([]);
    expect(result.project.documentLanguages).toEqual({ languages: ['sv'], primary: 'sv' });
  });
});

describe('parseProjectFile', () => {
  it('accepts text and bytes alike, with or without a byte-order mark', () => {
    const text = sampleText();
    const bytes = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (const input of [text, `\ufeff${text}`, bytes, withBom]) {
      const result = parseProjectFile(input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.project).toEqual(sampleProject());
    }
  });

  it('refuses a second byte-order mark, as text or as bytes', () => {
    const bytes = new TextEncoder().encode(sampleText());
    const bom = [0xef, 0xbb, 0xbf];
    for (const input of [`\ufeff\ufeff${sampleText()}`, new Uint8Array([...bom, ...bom, ...bytes])]) {
      const error = errorOf(parseProjectFile(input));
      expect(error.code).toBe('notJson');
    }
  });

  it('calls a number too large to store (1e400) what it is, not "a number where a number belongs"', () => {
    const text = JSON.stringify(sampleJson(), null, 2).replace(/("amount": )\d+/, '$11e400');
    expect(text).toContain('1e400');
    const error = errorOf(parseProjectFile(text));
    if (error.code !== 'invalid') throw new Error(`expected invalid, got ${error.code}`);
    expect(error.issues[0]).toMatchObject({ kind: 'numberTooLarge' });
    expect(formatPath(error.issues[0]!.path)).toMatch(
      /^project\.activities\[\d+\]\.retention\.period\.amount$/,
    );
    const en = describeProjectFileError(error, 'en');
    expect(en).toContain('holds a number too large to be stored');
    expect(en).not.toMatch(/should be a number/);
    expect(describeProjectFileError(error, 'da')).toContain('et tal, der er for stort');
    expect(describeProjectFileError(error, 'sv')).toContain('ett tal som är för stort');
  });

  it('opens a file larger than the old 25 MB limit, as a register of thousands of activities is', () => {
    // 120 activities with a 90,000-character description in each of three languages: about 31 MB, so the
    // file is over 25 MB and within MAX_FILE_BYTES.
    const project = sampleProject();
    const template = project.activities[0]!;
    const description = (letter: string) => `${letter.repeat(89_990)} end`;
    project.activities = Array.from({ length: 120 }, (_, i) => ({
      ...template,
      id: `large-${i}`,
      description: { da: description('a'), sv: description('b'), en: description('c') },
    }));
    const text = serializeProjectFile(project, OPTIONS);
    expect(text.length).toBeGreaterThan(25 * 1024 * 1024);
    expect(text.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const parsed = parseProjectFile(new TextEncoder().encode(text));
    if (!parsed.ok) throw new Error(`refused: ${parsed.error.code}`);
    expect(parsed.project.activities).toHaveLength(120);
    expect(parsed.project.activities[119]!.description.en).toBe(description('c'));
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = `{"format":"kartotek-project","pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    const error = errorOf(parseProjectFile(huge));
    expect(error.code).toBe('tooLarge');
    const bytesError = errorOf(parseProjectFile(new Uint8Array(MAX_FILE_BYTES + 1)));
    expect(bytesError).toMatchObject({ code: 'tooLarge', sizeBytes: MAX_FILE_BYTES + 1 });
    // Multi-byte characters count as bytes, not as string length.
    const wide = 'æ'.repeat(MAX_FILE_BYTES / 2 + 1);
    expect(errorOf(parseProjectFile(wide)).code).toBe('tooLarge');
    expect(describeProjectFileError(bytesError, 'da')).toMatch(/Filen fylder 64 MB, mere end de 64 MB/);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['only white space', ' \n\t', 'empty'],
    ['truncated JSON', sampleText().slice(0, 500), 'notJson'],
    ['not JSON at all', 'PK\u0003\u0004 this is a zip', 'notJson'],
    ['a JSON array', '[1,2,3]', 'notKartotek'],
    ['a JSON string', '"kartotek-project"', 'notKartotek'],
    ['another program’s JSON', '{"name":"x","version":"1.0.0"}', 'notKartotek'],
    ['a deeply nested file', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'tooDeep'],
  ])('refuses %s', (_label, text, code) => {
    expect(errorOf(parseProjectFile(text)).code).toBe(code);
  });

  it('says where JSON stops making sense', () => {
    const error = errorOf(parseProjectFile('{\n  "format": "kartotek-project",\n  oops\n}'));
    expect(error).toMatchObject({ code: 'notJson', line: 3 });
    expect(describeProjectFileError(error, 'en')).toMatch(/line 3/);
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    expect(errorOf(parseProjectFile(bytes)).code).toBe('notText');
  });

  it('refuses a file from a newer version, naming the app version that wrote it', () => {
    const json = sampleJson();
    json.formatVersion = CURRENT_FORMAT_VERSION + 1;
    json.appVersion = '9.2.0';
    json.project = { entirely: 'different' };
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(error).toMatchObject({
      code: 'newerVersion',
      version: CURRENT_FORMAT_VERSION + 1,
      appVersion: '9.2.0',
    });
    expect(describeProjectFileError(error, 'en')).toMatch(
      new RegExp(
        `newer version of Kartotek \\(Kartotek 9\\.2\\.0, file format ${CURRENT_FORMAT_VERSION + 1}\\)`,
      ),
    );
    expect(describeProjectFileError(error, 'da')).toMatch(/nyere version af Kartotek/);
    expect(describeProjectFileError(error, 'sv')).toMatch(/nyare version av Kartotek/);
  });

  it.each([0, -1, 1.5, '1', null])('refuses format version %s', (version) => {
    const json = sampleJson();
    json.formatVersion = version;
    expect(errorOf(parseProjectFile(JSON.stringify(json))).code).toBe('badVersion');
  });

  it('names the field and the item of a missing field', () => {
    const json = sampleJson();
    delete json.project.activities[0].purposes[0].legalBases[0].code;
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(error.code).toBe('invalid');
    expect(formatPath(error.path)).toBe('project.activities[0].purposes[0].legalBases[0].code');
    expect(describeProjectFileError(error, 'en')).toBe(
      'The project file cannot be opened. Processing activity 1 “Support” › purpose 1 › legal basis 1 › legal basis is missing.',
    );
    expect(describeProjectFileError(error, 'da')).toBe(
      'Projektfilen kan ikke åbnes. Behandlingsaktivitet 1 »Support« › formål 1 › behandlingsgrundlag 1 › behandlingsgrundlag mangler.',
    );
    expect(describeProjectFileError(error, 'sv')).toMatch(
      /^Projektfilen kan inte öppnas\. Behandling 1 ”Support” › /,
    );
  });

  it.each([
    [
      'a wrong type',
      (j: Json) => (j.project.organisation.city = 42),
      'wrongType',
      'project.organisation.city',
      /should be text, but the file holds a number/,
    ],
    [
      'an unknown field',
      (j: Json) => (j.project.vendors[0].secret = 1),
      'unknownField',
      'project.vendors[0]',
      /fields Kartotek does not know: “secret”/,
    ],
    [
      'a value not allowed',
      (j: Json) => (j.project.activities[0].status = 'sleeping'),
      'notOneOf',
      'project.activities[0].status',
      /“sleeping”, which is not one of the allowed values \(“draft”, “active”, “retired”\)/,
    ],
    [
      'a bad date',
      (j: Json) => (j.project.policy.effectiveDate = '2026-02-30'),
      'badDate',
      'project.policy.effectiveDate',
      /YYYY-MM-DD/,
    ],
    [
      'a bad country',
      (j: Json) => (j.project.vendors[0].processingLocations[1] = 'XX'),
      'badCountry',
      'project.vendors[0].processingLocations[1]',
      /Vendor 1 “Microsoft 365” › processing location 2 is not a country code/,
    ],
    [
      'an over-long text',
      (j: Json) => (j.project.organisation.legalName = 'x'.repeat(501)),
      'tooLong',
      'project.organisation.legalName',
      /is 501 characters long, but at most 500 are allowed/,
    ],
    [
      'an empty name',
      (j: Json) => (j.project.name = ''),
      'tooShort',
      'project.name',
      /empty but must be filled in/,
    ],
    [
      'a fractional number',
      (j: Json) => (j.project.activities[0].retention.period.amount = 2.5),
      'notInteger',
      'project.activities[0].retention.period.amount',
      /whole number/,
    ],
    [
      'a dangling reference',
      (j: Json) => (j.project.activities[0].vendorIds = ['v-gone']),
      'unknownReference',
      'project.activities[0].vendorIds[0]',
      /refers to a vendor that is not in the file \(“v-gone”\)/,
    ],
    [
      'a duplicate id',
      (j: Json) => j.project.vendors.push({ ...j.project.vendors[0] }),
      'duplicateId',
      'project.vendors[1].id',
      /“v-m365” is used twice/,
    ],
    [
      'a bad colour',
      (j: Json) => (j.project.branding.accentColor = 'red'),
      'badColour',
      'project.branding.accentColor',
      /#RRGGBB/,
    ],
    [
      'a primary language outside the list',
      (j: Json) => (j.project.documentLanguages = { languages: ['da'], primary: 'sv' }),
      'primaryLanguage',
      'project.documentLanguages.primary',
      /primary document language/,
    ],
  ])('reports %s with its path and a sentence in every language', (_label, mutate, kind, path, english) => {
    const json = sampleJson();
    mutate(json);
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    if (error.code !== 'invalid') throw new Error(`expected invalid, got ${error.code}`);
    expect(error.issues[0]!.kind).toBe(kind);
    expect(formatPath(error.path)).toBe(path);
    expect(describeProjectFileError(error, 'en')).toMatch(english);
    const texts = LANGUAGES.map((language) => describeProjectFileError(error, language));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text).not.toMatch(/undefined|\[object|Invalid input/);
  });

  it('says plainly when the whole project is missing', () => {
    const json = sampleJson();
    delete json.project;
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(describeProjectFileError(error, 'en')).toBe(
      'The project file cannot be opened. Project is missing.',
    );
    expect(describeProjectFileError(error, 'da')).toBe('Projektfilen kan ikke åbnes. Projekt mangler.');
  });

  it('counts further problems and says so', () => {
    const json = sampleJson();
    json.project.organisation.city = 1;
    json.project.organisation.street = 2;
    json.project.organisation.postcode = 3;
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(error).toMatchObject({ code: 'invalid', issueCount: 3 });
    expect(describeProjectFileError(error, 'en')).toMatch(/There are 2 more problems in the file/);
  });
});

describe('input limits (issue 18): what the editor refuses, a file may not hold either', () => {
  it('refuses a 5,000-character activity name, naming the field, its length and the limit in every language', () => {
    const json = sampleJson();
    json.project.activities[0].name.da = 'x'.repeat(5000);
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(error).toMatchObject({ code: 'invalid', issueCount: 1 });
    expect(formatPath(error.path)).toBe('project.activities[0].name.da');
    const x = `${'x'.repeat(59)}…`;
    expect(describeProjectFileError(error, 'da')).toBe(
      `Projektfilen kan ikke åbnes. Behandlingsaktivitet 1 »${x}« › navn › dansk tekst er 5.000 tegn lang, men højst 200 tegn er tilladt.`,
    );
    expect(describeProjectFileError(error, 'sv')).toBe(
      `Projektfilen kan inte öppnas. Behandling 1 ”${x}” › namn › dansk text är 5\u00a0000 tecken lång, men högst 200 tecken är tillåtna.`,
    );
    expect(describeProjectFileError(error, 'en')).toBe(
      `The project file cannot be opened. Processing activity 1 “${x}” › name › Danish text is 5,000 characters long, but at most 200 are allowed.`,
    );
  });

  it.each([
    ['a data category', (j: Json, name: string) => (j.project.dataCategories[0].name.da = name), 'project.dataCategories[0].name.da'],
    ['a data subject', (j: Json, name: string) => (j.project.dataSubjects[0].name.da = name), 'project.dataSubjects[0].name.da'],
    ['a recipient', (j: Json, name: string) => (j.project.recipients[0].name.da = name), 'project.recipients[0].name.da'],
    ['a vendor', (j: Json, name: string) => (j.project.vendors[0].name = name), 'project.vendors[0].name'],
  ])('takes a name of %s of 200 characters and refuses 201', (_label, setName, path) => {
    const json = sampleJson();
    setName(json, 'n'.repeat(200));
    expect(parseProjectFile(JSON.stringify(json)).ok).toBe(true);
    setName(json, 'n'.repeat(201));
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(formatPath(error.path)).toBe(path);
    expect(describeProjectFileError(error, 'en')).toMatch(/is 201 characters long, but at most 200 are allowed\.$/);
  }); // prettier-ignore

  it('refuses the date 9999-12-31, naming the field, the date and the range in every language', () => {
    const json = sampleJson();
    json.project.activities[0].nextReview = '9999-12-31';
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(error).toMatchObject({ code: 'invalid', issueCount: 1 });
    if (error.code !== 'invalid') throw new Error('expected invalid');
    expect(error.issues[0]).toMatchObject({ kind: 'dateOutOfRange', value: '9999-12-31' });
    expect(formatPath(error.path)).toBe('project.activities[0].nextReview');
    expect(describeProjectFileError(error, 'da')).toBe(
      'Projektfilen kan ikke åbnes. Behandlingsaktivitet 1 »Support« › næste gennemgang er »9999-12-31«, men en dato skal ligge mellem 1. januar 1990 og 31. december 2100.',
    );
    expect(describeProjectFileError(error, 'sv')).toBe(
      'Projektfilen kan inte öppnas. Behandling 1 ”Support” › nästa granskning är ”9999-12-31”, men ett datum ska ligga mellan 1 januari 1990 och 31 december 2100.',
    );
    expect(describeProjectFileError(error, 'en')).toBe(
      'The project file cannot be opened. Processing activity 1 “Support” › next review is “9999-12-31”, but a date must lie between 1 January 1990 and 31 December 2100.',
    );
  });

  it.each([
    ['1989-12-31', false],
    ['1990-01-01', true],
    ['2100-12-31', true],
    ['2101-01-01', false],
  ])('a vendor’s DPA signed on %s opens: %s (fixed bounds, not today’s)', (date, opens) => {
    const json = sampleJson();
    json.project.vendors[0].dpa.date = date;
    const result = parseProjectFile(JSON.stringify(json));
    expect(result.ok).toBe(opens);
    if (!result.ok) expect(describeProjectFileError(result.error, 'en')).toMatch(/signed on is “\d{4}-\d{2}-\d{2}”, but a date must lie between/);
  }); // prettier-ignore

  it('a project with a too long name is not written to a file either, and says why', () => {
    const project = sampleProject();
    project.vendors[0]!.name = 'v'.repeat(250);
    expect(() => serializeProjectFile(project, OPTIONS)).toThrow(ProjectNotSavableError);
  });
});

describe('hostile keys', () => {
  const cases = [
    ['at the top', '{"__proto__":{"polluted":"yes"},', ['__proto__']],
    [
      'in the project',
      '"project": {"constructor":{"prototype":{"polluted":"yes"}},',
      ['project', 'constructor'],
    ],
  ] as const;

  it.each(cases)(
    'refuses __proto__/constructor %s, and Object.prototype stays clean',
    (_label, prefix, path) => {
      const text = prefix.startsWith('{')
        ? `${prefix}${sampleText().slice(1)}`
        : sampleText().replace('"project": {', prefix);
      const error = errorOf(parseProjectFile(text));
      expect(error.code).toBe('forbiddenKey');
      expect(error.path).toEqual(path);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      for (const language of LANGUAGES)
        expect(describeProjectFileError(error, language)).toContain(String(path.at(-1)));
    },
  );

  it('refuses a "prototype" key deep inside an activity, with the activity named', () => {
    const json = sampleJson();
    json.project.activities[0].name = JSON.parse('{"da":"x","prototype":{"a":1}}');
    const error = errorOf(parseProjectFile(JSON.stringify(json)));
    expect(error).toMatchObject({
      code: 'forbiddenKey',
      key: 'prototype',
      path: ['project', 'activities', 0, 'name', 'prototype'],
    });
    expect(describeProjectFileError(error, 'en')).toMatch(
      /Processing activity 1 “x” › name contains a field named “prototype”/,
    );
  });
});

describe('migrations', () => {
  // A world where the current version is one above today's and today's files gain nothing but the new number.
  const NOW = CURRENT_FORMAT_VERSION;
  const NEXT = CURRENT_FORMAT_VERSION + 1;

  it('migrates an older file step by step and says which version it came from', () => {
    const result = parseProjectFile(sampleText(), {
      currentVersion: NEXT,
      migrations: { [NOW]: (file) => ({ ...file, formatVersion: NEXT }) },
    });
    expect(result).toMatchObject({ ok: true, migratedFrom: NOW });
  });

  it('reports a migration that is missing, throws, or does not raise the version', () => {
    const throwing = {
      [NOW]: () => {
        throw new Error('boom');
      },
    };
    const stuck = { [NOW]: (file: Record<string, unknown>) => file };
    for (const migrations of [{}, throwing, stuck]) {
      const error = errorOf(parseProjectFile(sampleText(), { currentVersion: NEXT, migrations }));
      expect(error).toMatchObject({ code: 'migrationFailed', fromVersion: NOW, failedAt: NOW });
      expect(describeProjectFileError(error, 'sv')).toMatch(new RegExp(`filformatet ${NOW}`));
    }
  });

  it('validates the migrated file: a migration cannot smuggle in an invalid project', () => {
    const result = parseProjectFile(sampleText(), {
      currentVersion: NEXT,
      migrations: {
        [NOW]: (file) => ({
          ...file,
          formatVersion: NEXT,
          project: { ...(file.project as object), name: '' },
        }),
      },
    });
    expect(errorOf(result)).toMatchObject({ code: 'invalid', path: ['project', 'name'] });
  });

  it('opens a version 1 file with an empty change log that starts when the file was saved', () => {
    const v1 = JSON.parse(fixtureText('v1-minimal.kartotek'));
    const result = parseProjectFile(JSON.stringify({ ...v1, savedAt: '2026-05-01T08:00:00.000Z' }));
    if (!result.ok) throw new Error(describeProjectFileError(result.error, 'en'));
    expect(result.migratedFrom).toBe(1);
    expect(result.project.changeLog).toEqual({ since: '2026-05-01T08:00:00.000Z', entries: [] });
  });
});
