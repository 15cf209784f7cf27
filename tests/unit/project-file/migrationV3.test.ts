import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ITEM_KEYS } from '../../../shared/model';
import { parseProjectFile } from '../../../shared/project-file';

const FIXTURES = path.resolve(__dirname, '../../fixtures/project-files');
const open = (name: string) => {
  const result = parseProjectFile(readFileSync(path.join(FIXTURES, name), 'utf8'));
  if (!result.ok) throw new Error(`${name} did not open`);
  return result;
};
const rawProject = (name: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')).project as Record<string, unknown[]>;

describe('a version 2 file opened as version 3', () => {
  const result = open('v2-full.kartotek');
  const project = result.project;

  it('is migrated from version 2', () => {
    expect(result.migratedFrom).toBe(2);
  });

  it('confirms nothing: a version 2 file cannot tell a template suggestion from the user’s own text', () => {
    for (const key of ITEM_KEYS) {
      expect(project[key].length, key).toBeGreaterThan(0);
      for (const item of project[key]) expect(item.confirmation.confirmedAt, `${key} ${item.id}`).toBeNull();
    }
    expect(project.policy.confirmation).toEqual({ origin: 'unknown', confirmedAt: null });
  });

  it('remembers that a vendor with a library reference came from the library', () => {
    for (const vendor of project.vendors) {
      expect(vendor.confirmation.origin).toBe(vendor.libraryRef ? 'library' : 'unknown');
      expect(vendor.checkBeforeUse).toEqual({});
    }
    expect(project.vendors.some((vendor) => vendor.libraryRef)).toBe(true);
  });

  it('turns the old defaults into "not assessed" and keeps what was chosen', () => {
    const before = rawProject('v2-full.kartotek').activities as {
      id: string;
      requirement: { kind: string };
      automatedDecisions: { used: boolean };
    }[];
    expect(before.map((a) => a.requirement.kind)).toEqual(expect.arrayContaining(['none', 'contractual']));
    expect(before.map((a) => a.automatedDecisions.used)).toEqual(expect.arrayContaining([true, false]));
    for (const old of before) {
      const now = project.activities.find((a) => a.id === old.id)!;
      expect(now.requirement.kind).toBe(
        old.requirement.kind === 'none' ? 'notAssessed' : old.requirement.kind,
      );
      expect(now.automatedDecisions.status).toBe(old.automatedDecisions.used ? 'used' : 'notAssessed');
      expect(now.automatedDecisions).not.toHaveProperty('used');
    }
  });

  it('records no edition date for earlier exports, and none of them as a draft', () => {
    expect(project.exportHistory.length).toBeGreaterThan(0);
    for (const record of project.exportHistory)
      expect(record).toMatchObject({ editionDate: '', draft: false });
  });
});

describe('a version 3 file', () => {
  it('keeps which items the user confirmed and which are still suggestions', () => {
    const project = open('v3-full.kartotek').project;
    const suggested = ITEM_KEYS.flatMap((key) =>
      project[key].filter((item) => item.confirmation.confirmedAt === null).map(() => key),
    );
    expect(suggested.sort()).toEqual(['activities', 'vendors']);
    expect(project.vendors[0]!.checkBeforeUse.da).toMatch(/underdatabehandlere/);
  });
});
