import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../shared/checks';
import {
  FIRST_FINDINGS,
  scoreColour,
  sectionRoute,
  shownFindings,
} from '../../../renderer/features/overview/overviewView';

const finding = (n: number, severity: Severity) =>
  ({
    key: `k${n}`,
    severity,
    ruleId: 'r',
    message: `m${n}`,
    fix: { screen: 'activities' },
  }) as unknown as Finding;

describe('the overview', () => {
  it('colours scores teal from 90, yellow from 60 and red below', () => {
    expect([100, 90, 89, 60, 59, 0].map(scoreColour)).toEqual([
      'teal',
      'teal',
      'yellow',
      'yellow',
      'red',
      'red',
    ]);
  });

  it('sends the policy and audience sections to the organisation screen, the others to their own', () => {
    expect(sectionRoute('policy')).toBe('/organisation');
    expect(sectionRoute('audiences')).toBe('/organisation');
    expect(sectionRoute('activities')).toBe('/activities');
  });

  it('lists the first findings of a severity until the user asks for all', () => {
    const findings = [
      ...Array.from({ length: FIRST_FINDINGS + 3 }, (_, n) => finding(n, 'warning')),
      finding(99, 'error'),
    ];
    const first = shownFindings(findings, 'warning', false);
    expect(first.all).toHaveLength(FIRST_FINDINGS + 3);
    expect(first.shown.map((f) => f.key)).toEqual(first.all.slice(0, FIRST_FINDINGS).map((f) => f.key));
    expect(shownFindings(findings, 'warning', true).shown).toHaveLength(FIRST_FINDINGS + 3);
    expect(shownFindings(findings, 'error', false).shown.map((f) => f.key)).toEqual(['k99']);
    expect(shownFindings(findings, 'info', false).all).toEqual([]);
  });
});
