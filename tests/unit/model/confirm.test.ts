import { describe, expect, it } from 'vitest';
import { buildStarterProject } from '../../../shared/templates/buildStarterProject';
import {
  confirmById,
  confirmEverything,
  confirmItem,
  confirmList,
  unconfirmedItems,
} from '../../../shared/model/confirm';
import { suggestedBy } from '../../../shared/model/confirmation';
import { sampleProject } from '../../support/sampleProject';

const MOMENT = { at: '2026-12-03T09:30:00.000Z', today: '2026-12-03' };

function suggestedProject() {
  const project = sampleProject();
  project.policy = { ...project.policy, confirmation: suggestedBy('template') };
  project.activities = project.activities.map((a) => ({
    ...a,
    confirmation: suggestedBy('template'),
    lastReviewed: '',
  }));
  project.vendors = project.vendors.map((v) => ({
    ...v,
    confirmation: suggestedBy('library'),
    lastVerified: '',
  }));
  return project;
}

describe('confirming', () => {
  it('dates an activity review and a vendor verification to the day of the confirmation', () => {
    const project = suggestedProject();
    const activity = confirmItem('activities', project.activities[0]!, MOMENT);
    expect(activity.confirmation).toEqual({ origin: 'template', confirmedAt: MOMENT.at });
    expect(activity.lastReviewed).toBe('2026-12-03');
    const vendor = confirmItem('vendors', project.vendors[0]!, MOMENT);
    expect(vendor.confirmation.confirmedAt).toBe(MOMENT.at);
    expect(vendor.lastVerified).toBe('2026-12-03');
  });

  it('leaves an item already confirmed as it is (its earlier review date stays)', () => {
    const activity = { ...sampleProject().activities[0]!, lastReviewed: '2025-01-01' };
    expect(confirmItem('activities', activity, MOMENT)).toBe(activity);
  });

  it('confirms one list, one item by id, or everything', () => {
    const project = suggestedProject();
    expect(unconfirmedItems(project).map((u) => u.key)).toEqual(
      expect.arrayContaining(['policy', 'activities', 'vendors']),
    );
    const vendorsDone = confirmList(project, 'vendors', MOMENT);
    expect(unconfirmedItems(vendorsDone).some((u) => u.key === 'vendors')).toBe(false);
    expect(unconfirmedItems(vendorsDone).some((u) => u.key === 'activities')).toBe(true);

    const one = confirmById(project, project.activities[0]!.id, MOMENT)!;
    expect(unconfirmedItems(one).filter((u) => u.key === 'activities')).toHaveLength(
      project.activities.length - 1,
    );
    expect(confirmById(project, 'policy', MOMENT)!.policy.confirmation.confirmedAt).toBe(MOMENT.at);
    expect(confirmById(project, 'no-such-id', MOMENT)).toBeNull();

    expect(unconfirmedItems(confirmEverything(project, MOMENT))).toEqual([]);
  });

  it('a starter register is all suggestions until confirmed', () => {
    const starter = buildStarterProject({
      jurisdiction: 'DK',
      languages: ['da'],
      primary: 'da',
      today: '2026-12-01',
      now: '2026-12-01T08:00:00.000Z',
    });
    expect(unconfirmedItems(starter).length).toBeGreaterThan(5);
    expect(unconfirmedItems(confirmEverything(starter, MOMENT))).toEqual([]);
  });
});
