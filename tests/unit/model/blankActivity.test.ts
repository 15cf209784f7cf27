import { describe, expect, it } from 'vitest';
import { createActivity, isBlankActivity, type Activity } from '../../../shared/model';

describe('isBlankActivity', () => {
  it('is true for an activity as "New activity" made it, later timestamps included', () => {
    const made = createActivity('act-1', '2026-12-01T10:00:00.000Z');
    expect(isBlankActivity(made)).toBe(true);
    expect(isBlankActivity({ ...made, updatedAt: '2026-12-01T10:05:00.000Z' })).toBe(true);
  });

  it.each<[string, (a: Activity) => Activity]>([
    ['a name', (a) => ({ ...a, name: { da: 'Løn' } })],
    ['an owner', (a) => ({ ...a, owner: 'Mette' })],
    ['a status', (a) => ({ ...a, status: 'active' })],
    ['a linked vendor', (a) => ({ ...a, vendorIds: ['v-1'] })],
    ['a retention text', (a) => ({ ...a, retention: { ...a.retention, text: { en: '5 years' } } })],
    ['a requirement answer', (a) => ({ ...a, requirement: { ...a.requirement, kind: 'voluntary' } })],
  ])('is false once the user gave %s', (_what, change) => {
    expect(isBlankActivity(change(createActivity('act-1', '2026-12-01T10:00:00.000Z')))).toBe(false);
  });
});
