import { describe, expect, it } from 'vitest';
import { COMPLETENESS_SECTIONS, completenessScore, runChecks } from '../../../shared/checks';
import { createActivity, createProject } from '../../../shared/model';
import { bitspaceAsWritten, bitspaceCorrected } from '../../fixtures/checks/bitspace';
import { itguyCorrected } from '../../fixtures/checks/itguy';

const TODAY = '2025-12-01';

describe('completenessScore', () => {
  it('scores a new, empty project low, and lists what to start with', () => {
    const report = completenessScore(
      createProject({ name: 'Ny', language: 'da', id: 'p', now: '2025-01-01T00:00:00.000Z' }),
    );
    expect(report.sections.map((s) => s.section)).toEqual([...COMPLETENESS_SECTIONS]);
    expect(report.overall).toBeLessThan(30);
    const activities = report.sections.find((s) => s.section === 'activities')!;
    expect(activities.score).toBe(0);
    expect(activities.missing[0]?.label.da).toBe('Aktiviteter: intet registreret endnu');
    expect(activities.missing[0]?.item).toBeNull();
    // Optional catalogs that are empty do not count against the score.
    expect(report.sections.find((s) => s.section === 'vendors')).toMatchObject({
      applicable: false,
      score: 100,
    });
    expect(report.sections.find((s) => s.section === 'dataSubjects')).toMatchObject({
      applicable: true,
      score: 0,
    });
  });

  it('scores a corrected register near the top, with every activity complete', () => {
    const report = completenessScore(bitspaceCorrected(), { today: TODAY });
    expect(report.overall).toBeGreaterThanOrEqual(80);
    expect(report.activities.map((a) => a.status)).toEqual(Array(7).fill('complete'));
    for (const section of report.sections) {
      for (const entry of section.missing) {
        expect(entry.label.da && entry.label.sv && entry.label.en).toBeTruthy();
        expect(entry.fix.screen).toBeTruthy();
      }
    }
  });

  it('lists missing fields with a label in each language and a place to fix them', () => {
    const project = itguyCorrected();
    project.activities[0]!.owner = '';
    project.policy.introduction = {};
    const report = completenessScore(project, { today: TODAY });
    const activities = report.sections.find((s) => s.section === 'activities')!;
    const owner = activities.missing.find((m) => m.requirement === 'activity.owner');
    expect(owner).toMatchObject({
      item: { kind: 'activity', id: 'act-services', field: 'owner' },
      fix: { screen: 'activities', id: 'act-services', field: 'owner' },
      label: {
        da: 'Aktiviteten »Levere vores services, produkter og ydelser«: ansvarlig',
        sv: 'Behandlingen ”Levere vores services, produkter og ydelser”: ansvarig',
        en: 'The activity “Levere vores services, produkter og ydelser”: owner',
      },
    });
    const policy = report.sections.find((s) => s.section === 'policy')!;
    expect(policy.score).toBeLessThan(100);
    expect(policy.missing.map((m) => m.fix)).toContainEqual({
      screen: 'documents',
      id: null,
      field: 'policy.introduction',
    });
  });

  it('gives each activity a status: errors, warnings or complete', () => {
    const project = bitspaceAsWritten();
    const findings = runChecks(project, { today: TODAY });
    const report = completenessScore(project, { findings });
    const status = Object.fromEntries(report.activities.map((a) => [a.id, a.status]));
    expect(status['act-delivery']).toBe('errors'); // personnummer without 3 kap. 10 §
    expect(status['act-security']).toBe('warnings'); // 6(1)(c) without statute, vague retention
    const fixed = bitspaceCorrected();
    fixed.activities[0]!.owner = '';
    const after = completenessScore(fixed, { today: TODAY });
    expect(after.activities[0]).toMatchObject({ status: 'warnings' });
    expect(after.activities[0]!.score).toBeLessThan(100);
  });

  it('asks processors for customers, not for legal bases or retention', () => {
    const project = bitspaceCorrected();
    const processor = project.activities.find((a) => a.role === 'processor')!;
    processor.customerIds = [];
    const report = completenessScore(project, { today: TODAY });
    const entry = report.activities.find((a) => a.id === processor.id)!;
    expect(entry.missing.map((m) => m.requirement)).toEqual(['activity.customers']);
  });

  it('leaves retired activities out', () => {
    const project = itguyCorrected();
    project.activities.push({ ...createActivity('act-old', '2025-01-01T00:00:00.000Z'), status: 'retired' });
    const report = completenessScore(project, { today: TODAY });
    expect(report.activities.map((a) => a.id)).not.toContain('act-old');
  });
});
