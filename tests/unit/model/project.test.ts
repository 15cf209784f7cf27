import { describe, expect, it } from 'vitest';
import { createActivity, createProject, ProjectSchema } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';

describe('ProjectSchema', () => {
  it('accepts a new empty project and a fully filled one', () => {
    expect(ProjectSchema.safeParse(createProject({ name: 'New', language: 'sv' })).success).toBe(true);
    const result = ProjectSchema.safeParse(sampleProject());
    expect(result.error?.issues).toBeUndefined();
  });

  it('defaults the jurisdiction and country from the primary language', () => {
    const project = createProject({ name: 'X', language: 'sv' });
    expect(project.organisation.jurisdiction).toBe('SE');
    expect(project.organisation.country).toBe('SE');
    expect(project.documentLanguages).toEqual({ languages: ['sv'], primary: 'sv' });
  });

  it('refuses a reference to an item that does not exist, naming the path', () => {
    const project = sampleProject();
    project.activities[0]!.vendorIds.push('v-missing');
    const result = ProjectSchema.safeParse(project);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'activities.0.vendorIds.1');
    expect(issue?.message).toContain('v-missing');
  });

  it('refuses duplicate ids within a catalog', () => {
    const project = sampleProject();
    project.vendors.push({ ...project.vendors[0]! });
    const result = ProjectSchema.safeParse(project);
    expect(result.error?.issues.some((i) => i.message.includes('duplicate id'))).toBe(true);
  });

  it.each([
    ['an unknown key', (p: ReturnType<typeof sampleProject>) => Object.assign(p, { extra: 1 }), ''],
    [
      'an invalid country',
      (p: ReturnType<typeof sampleProject>) => (p.organisation.country = 'XX' as never),
      'organisation.country',
    ],
    [
      'an impossible date',
      (p: ReturnType<typeof sampleProject>) => (p.policy.effectiveDate = '2026-02-30'),
      'policy.effectiveDate',
    ],
    [
      'a primary language outside the document languages',
      (p: ReturnType<typeof sampleProject>) => (p.documentLanguages = { languages: ['sv'], primary: 'da' }),
      'documentLanguages.primary',
    ],
    [
      'an unknown legal basis',
      (p: ReturnType<typeof sampleProject>) =>
        Object.assign(p.activities[0]!.purposes[0]!.legalBases[0]!, { code: 'privacy-shield' }),
      'activities.0.purposes.0.legalBases.0.code',
    ],
    [
      'Privacy Shield as a mechanism',
      (p: ReturnType<typeof sampleProject>) =>
        Object.assign(p.vendors[0]!, { transferMechanism: 'privacyShield' }),
      'vendors.0.transferMechanism',
    ],
  ])('refuses %s', (_name, mutate, path) => {
    const project = sampleProject();
    mutate(project);
    const result = ProjectSchema.safeParse(project);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('gives every new activity fresh, valid defaults', () => {
    const a = createActivity();
    const b = createActivity();
    expect(a.id).not.toBe(b.id);
    expect(a.status).toBe('draft');
    expect(a.purposes).toEqual([]);
  });
});
