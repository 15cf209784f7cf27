import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildProjectFileJsonSchema,
  CURRENT_FORMAT_VERSION,
  projectFileJsonSchemaText,
} from '../../../shared/project-file';

const ROOT = path.resolve(__dirname, '../../..');
const COMMITTED = path.join(ROOT, 'shared/project-file/kartotek.schema.json');

describe('the published JSON Schema', () => {
  it('is exactly what the zod model generates (run node build/scripts/generate-schema.mjs after a model change)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(projectFileJsonSchemaText());
  });

  it('describes the file: strict objects, the format name, the version and the whole project', () => {
    const schema = buildProjectFileJsonSchema() as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.required).toEqual(['format', 'formatVersion', 'appVersion', 'savedAt', 'project']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.format).toMatchObject({ const: 'kartotek-project' });
    expect(schema.properties.formatVersion).toMatchObject({ const: CURRENT_FORMAT_VERSION });
    const project = schema.properties.project as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(project.additionalProperties).toBe(false);
    expect(Object.keys(project.properties)).toContain('activities');
  });

  it('the script agrees with the committed file (--check)', () => {
    const out = execFileSync(process.execPath, ['build/scripts/generate-schema.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  });
});
