import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectSchema, type Project } from '../../../shared/model';
import { parseProjectFile, ProjectNotSavableError, serializeProjectFile } from '../../../shared/project-file';
import { sampleProject } from '../../support/sampleProject';
import { projectArbitrary } from './projectArbitrary';

const OPTIONS = { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' };

/** Same content, keys in reverse order at every level: what a careless builder might produce. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T;
  }
  return value;
}

describe('project → file → project', () => {
  it('the generator makes valid projects (else the property below would prove little)', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const result = ProjectSchema.safeParse(project);
        if (!result.success) throw new Error(JSON.stringify(result.error.issues[0]));
      }),
      { numRuns: 100 },
    );
  });

  it('is lossless for generated projects, through text and through UTF-8 bytes', () => {
    fc.assert(
      fc.property(projectArbitrary, (project: Project) => {
        const text = serializeProjectFile(project, OPTIONS);
        for (const input of [text, new TextEncoder().encode(text)]) {
          const result = parseProjectFile(input);
          if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error).slice(0, 500)}`);
          expect(result.project).toEqual(project);
          expect(result.appVersion).toBe(OPTIONS.appVersion);
          expect(result.savedAt).toBe(OPTIONS.now);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('writes the same bytes whatever order the project’s keys were built in', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        expect(serializeProjectFile(reverseKeys(project), OPTIONS)).toBe(
          serializeProjectFile(project, OPTIONS),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('writes pretty UTF-8 JSON ending in a newline, in the documented key order', () => {
    const text = serializeProjectFile(sampleProject(), OPTIONS);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "kartotek-project",');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'formatVersion',
      'appVersion',
      'savedAt',
      'project',
    ]);
  });

  it('writes and reads back an invalid e-mail and web address as typed (the checks report them, not the file)', () => {
    const project = sampleProject();
    project.organisation.email = 'info@itguy';
    project.privacyContact.email = 'lbh at itguy.dk';
    project.organisation.website = 'itguy.dk';
    const result = parseProjectFile(serializeProjectFile(project, OPTIONS));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.project.organisation).toMatchObject({ email: 'info@itguy', website: 'itguy.dk' });
    expect(result.project.privacyContact.email).toBe('lbh at itguy.dk');
  });

  it('refuses to write a project it could not open again, naming the field', () => {
    const broken = sampleProject();
    broken.activities[0]!.vendorIds = ['nowhere'];
    try {
      serializeProjectFile(broken, OPTIONS);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ProjectNotSavableError);
      expect((error as ProjectNotSavableError).error).toMatchObject({
        code: 'invalid',
        path: ['project', 'activities', 0, 'vendorIds', 0],
      });
    }
  });
});
