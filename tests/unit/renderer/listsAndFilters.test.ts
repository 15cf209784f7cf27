import { describe, expect, it } from 'vitest';
import {
  filterRows,
  INTERNAL_ONLY,
  sortRows,
  toListRows,
} from '../../../renderer/features/activities/activityListRows';
import { changeRoute, filterChanges } from '../../../renderer/features/changes/changeFilters';
import { describeChange, itemChanges, previousExport } from '../../../shared/changes';
import { anyText, createActivity, type Activity } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';

const activity = (id: string, name: string, extra: Partial<Activity> = {}): Activity => ({
  ...createActivity(id, '2026-11-01T09:00:00.000Z'),
  name: { da: name },
  ...extra,
});
const display = (text: Activity['name']) => anyText(text, ['da', 'sv', 'en']);

describe('the Activities list rows', () => {
  const rows = toListRows(
    [
      activity('a', 'Årsregnskab', { owner: 'Mette' }),
      activity('b', 'Bogføring', { status: 'active', internalOnly: true }),
      activity('c', 'Ansøgere', {
        status: 'active',
        audienceIds: ['aud-web'],
        purposes: [{ id: 'p', description: { en: 'Recruitment of staff' }, legalBases: [] }],
      }),
    ],
    display,
  );

  it('searches the texts in every language and the owner, not ids or field names', () => {
    expect(
      filterRows(rows, { query: 'RECRUITMENT', status: null, role: null, audience: null }).map(
        (r) => r.activity.id,
      ),
    ).toEqual(['c']);
    expect(
      filterRows(rows, { query: 'mette', status: null, role: null, audience: null }).map(
        (r) => r.activity.id,
      ),
    ).toEqual(['a']);
    expect(filterRows(rows, { query: 'owner', status: null, role: null, audience: null })).toEqual([]);
  });

  it('filters by status and by policy, internal-only apart', () => {
    const by = (audience: string | null, status: string | null = null) =>
      filterRows(rows, { query: '', status, role: null, audience }).map((r) => r.activity.id);
    expect(by(INTERNAL_ONLY)).toEqual(['b']);
    expect(by('aud-web')).toEqual(['c']);
    expect(by(null, 'active')).toEqual(['b', 'c']);
  });

  it('sorts names by the UI language’s alphabet (Danish Å last) and both ways', () => {
    expect(sortRows(rows, { key: 'name', descending: false }, 'da').map((r) => r.name)).toEqual([
      'Ansøgere',
      'Bogføring',
      'Årsregnskab',
    ]);
    expect(sortRows(rows, { key: 'name', descending: true }, 'da').map((r) => r.name)[0]).toBe('Årsregnskab');
  });
});

describe('the Change log filters', () => {
  const project = sampleProject();
  const [old] = project.activities;
  const context = {
    at: '2026-11-20T10:00:00.000Z',
    newId: () => 'x1',
    languages: ['da', 'sv', 'en'] as const,
  };
  const entries = [
    ...project.changeLog.entries,
    ...itemChanges('activities', old!, { ...old!, owner: 'Jens Jensen' } as Activity, {
      ...context,
      languages: [...context.languages],
    }),
  ];
  const described = entries.reverse().map((entry) => describeChange(entry, project, 'en'));

  it('shows only what came after an export, in an area, or matching every searched word', () => {
    expect(
      filterChanges(described, { after: '2026-11-10T00:00:00.000Z', area: null, query: '' }).map((c) => c.id),
    ).toEqual(['x1']);
    expect(filterChanges(described, { after: null, area: 'vendors', query: '' }).map((c) => c.id)).toEqual([
      'chg-1',
    ]);
    expect(
      filterChanges(described, { after: null, area: null, query: 'united STATES' }).map((c) => c.id),
    ).toEqual(['chg-1']);
    expect(
      filterChanges(described, { after: null, area: null, query: 'jens owner' }).map((c) => c.id),
    ).toEqual(['x1']);
    expect(filterChanges(described, { after: null, area: null, query: 'jens vendor' })).toEqual([]);
  });

  it('describes values in words: countries by name, the field by its label', () => {
    const vendor = described.find((c) => c.id === 'chg-1')!;
    expect(vendor).toMatchObject({ kind: 'Vendor', item: 'Microsoft 365', field: 'processing locations' });
    expect(vendor.before).toBe('Ireland, Netherlands');
    expect(vendor.after).toBe('Ireland, Netherlands, United States');
  });

  it('finds the latest export of a kind and the route to an item that still exists', () => {
    const history = [
      { ...project.exportHistory[0]!, id: 'e1', at: '2026-11-02T10:00:00.000Z' },
      { ...project.exportHistory[0]!, id: 'e2', at: '2026-11-05T10:00:00.000Z', audienceId: null },
    ];
    expect(previousExport(history, 'policy')?.id).toBe('e2');
    expect(previousExport(history, 'policy', { audienceId: 'aud-web' })?.id).toBe('e1');
    expect(previousExport(history, 'vendors')).toBeUndefined();
    const change = described.find((c) => c.id === 'x1')!;
    expect(changeRoute(change, true)).toBe(`/activities/${old!.id}`);
    expect(changeRoute(change, false)).toBeNull();
  });
});
