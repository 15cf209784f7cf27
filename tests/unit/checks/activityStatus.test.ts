import { describe, expect, it } from 'vitest';
import { completenessScore, runChecks, statusReasons } from '../../../shared/checks';
import type { Project } from '../../../shared/model';
import { itguyCorrected } from '../../fixtures/checks/itguy';

const TODAY = '2025-12-01';

function statusOf(project: Project, id: string) {
  const report = completenessScore(project, { findings: runChecks(project, { today: TODAY }) });
  return report.activities.find((a) => a.id === id)!;
}

describe('statusReasons: every status says why', () => {
  it('says nothing for a complete activity', () => {
    const entry = statusOf(itguyCorrected(), 'act-marketing');
    expect(entry.status).toBe('complete');
    expect(statusReasons(entry, 'da')).toEqual([]);
  });

  it('names the unmet requirements and the other findings, errors first, in da, sv and en', () => {
    const project = itguyCorrected();
    const activity = project.activities.find((a) => a.id === 'act-marketing')!;
    activity.securityMeasureIds = [];
    activity.retention = { text: {}, period: null, startEvent: { da: 'Afmelding' }, basis: {}, ruleId: null };
    activity.owner = '';
    activity.nextReview = '2025-11-01'; // overdue: a warning that is not a missing field
    const entry = statusOf(project, 'act-marketing');
    expect(entry.status).toBe('errors');
    expect(statusReasons(entry, 'da')).toEqual([
      'mangler opbevaringsperiode',
      'mangler sikkerhedsforanstaltninger',
      'gennemgang overskredet',
      'mangler ansvarlig',
    ]);
    expect(statusReasons(entry, 'sv')).toEqual([
      'saknar lagringstid',
      'saknar säkerhetsåtgärder',
      'översyn försenad',
      'saknar ansvarig',
    ]);
    expect(statusReasons(entry, 'en')).toEqual([
      'missing retention period',
      'missing security measures',
      'review overdue',
      'missing owner',
    ]);
  });

  it('explains a warning that comes from a finding alone, with nothing missing', () => {
    const project = itguyCorrected();
    const activity = project.activities.find((a) => a.id === 'act-marketing')!;
    activity.retention = {
      text: { da: 'Så længe det er nødvendigt.' },
      period: null,
      startEvent: {},
      basis: {},
      ruleId: null,
    };
    const entry = statusOf(project, 'act-marketing');
    expect(entry).toMatchObject({ status: 'warnings', missing: [] });
    expect(statusReasons(entry, 'da')).toEqual(['uklar opbevaringsperiode']);
  });
});
