import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActivity, ProjectSchema, type Project } from '../../../shared/model';
import { chooseAll, diffProjects, mergeProjects } from '../../../shared/project-file';
import { sampleProject } from '../../support/sampleProject';
import { suggestedBy } from '../../../shared/model/confirmation';
import { projectArbitrary } from './projectArbitrary';

const NOW = '2026-12-01T12:00:00.000Z';

/** The consultant's copy and the client's edited copy of the same project. */
function pair(): { local: Project; incoming: Project } {
  const local = sampleProject();
  const incoming = structuredClone(local);
  incoming.organisation.city = 'Aalborg';
  incoming.policy.title.en = 'Privacy notice';
  incoming.activities[0]!.name.da = 'Kundesupport';
  incoming.activities[0]!.vendorIds = ['v-m365', 'v-new'];
  incoming.vendors.push({ ...structuredClone(incoming.vendors[0]!), id: 'v-new', name: 'Datto' });
  incoming.activities.splice(1, 1); // act-empty removed in the file
  incoming.activities.push({ ...createActivity('act-hr', '2026-11-20T09:00:00.000Z'), name: { da: 'HR' } });
  incoming.exportHistory.push({ ...incoming.exportHistory[0]!, id: 'exp-2', at: '2026-11-21T10:00:00.000Z' });
  return { local, incoming };
}

describe('diffProjects', () => {
  it('finds nothing between a project and its copy', () => {
    const project = sampleProject();
    const diff = diffProjects(project, structuredClone(project));
    expect(diff).toMatchObject({ identical: true, sameProject: true, items: [], settings: [] });
  });

  it('lists added, changed and removed items with ids, names and changed fields', () => {
    const { local, incoming } = pair();
    const diff = diffProjects(local, incoming);
    expect(diff.items.map(({ key, kind }) => [key, kind])).toEqual([
      ['activities:act-support', 'changed'],
      ['activities:act-empty', 'removed'],
      ['activities:act-hr', 'added'],
      ['vendors:v-new', 'added'],
    ]);
    const changed = diff.items[0]!;
    expect(changed).toMatchObject({ id: 'act-support', localName: 'Support', incomingName: 'Kundesupport' });
    expect(changed.fields).toEqual([['name', 'da'], ['vendorIds']]);
    expect(diff.items[3]).toMatchObject({ collection: 'vendors', incomingName: 'Datto', localName: null });
    expect(diff.settings.map((s) => [s.key, s.fields])).toEqual([
      ['settings:organisation.city', [[]]],
      ['settings:policy.title', [['en']]],
    ]);
    expect(diff.settings[0]).toMatchObject({
      local: 'Aarhus C',
      incoming: 'Aalborg',
      path: ['organisation', 'city'],
    });
    expect(diff.incomingExportRecords).toBe(1);
    expect(diff.identical).toBe(false);
  });

  it('compares every catalog, joint controllers included', () => {
    const local = sampleProject();
    const incoming = structuredClone(local);
    incoming.jointControllers[0]!.contact = 'new@example.com';
    incoming.customers = [];
    incoming.securityMeasures[0]!.kind = 'organisational';
    expect(diffProjects(local, incoming).items.map((i) => `${i.key}:${i.kind}`)).toEqual([
      'securityMeasures:sm-mfa:changed',
      'customers:cu-1:removed',
      'jointControllers:jc-1:changed',
    ]);
  });
});

describe('mergeProjects', () => {
  it('keeps the local project when nothing is chosen, and takes the file when everything is', () => {
    const { local, incoming } = pair();
    const diff = diffProjects(local, incoming);
    const kept = mergeProjects(local, incoming, {}, { now: NOW });
    expect(kept.project).toEqual({ ...local, updatedAt: NOW, exportHistory: incoming.exportHistory });
    const taken = mergeProjects(local, incoming, chooseAll(diff, 'incoming'), { now: NOW });
    // What came from the file waits for this user's confirmation; the rest is the file's as it was.
    const asSuggested = (item: { id: string }) =>
      ['act-support', 'act-hr', 'v-new'].includes(item.id)
        ? { ...item, confirmation: suggestedBy('merge') }
        : item;
    expect({ ...taken.project, changeLog: null }).toEqual({
      ...incoming,
      activities: incoming.activities.map(asSuggested),
      vendors: incoming.vendors.map(asSuggested),
      updatedAt: NOW,
      changeLog: null,
    });
    expect(taken.adjustments).toEqual([]);
    // The change log records what the merge took, as changes made now.
    const recorded = taken.project.changeLog.entries.slice(local.changeLog.entries.length);
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((entry) => entry.at === NOW)).toBe(true);
    expect(recorded.map((e) => `${e.target}:${e.itemId ?? ''}:${e.action}:${e.path.join('.')}`)).toEqual(
      expect.arrayContaining(
        diff.items
          .filter((i) => i.collection !== 'jointControllers' && i.kind !== 'changed')
          .map((i) => `${i.collection}:${i.id}:${i.kind}:`),
      ),
    );
  });

  it('makes what it takes from the file a suggestion, and leaves the local confirmations alone', () => {
    const { local, incoming } = pair();
    const { project } = mergeProjects(local, incoming, { 'activities:act-hr': 'incoming' }, { now: NOW });
    expect(project.activities.find((a) => a.id === 'act-hr')!.confirmation).toEqual(suggestedBy('merge'));
    expect(project.activities.find((a) => a.id === 'act-support')!.confirmation).toEqual(
      local.activities[0]!.confirmation,
    );
    expect(local.activities[0]!.confirmation.confirmedAt).not.toBeNull();
  });

  it('takes one change per item and per field', () => {
    const { local, incoming } = pair();
    const { project } = mergeProjects(
      local,
      incoming,
      {
        'settings:organisation.city': 'incoming',
        'activities:act-hr': 'incoming',
        'activities:act-empty': 'local',
      },
      { now: NOW },
    );
    expect(project.organisation.city).toBe('Aalborg');
    expect(project.policy.title.en).toBe('Privacy policy');
    expect(project.activities.map((a) => a.id)).toEqual(['act-support', 'act-hr', 'act-empty']);
    expect(project.activities[0]!.name.da).toBe('Support');
    expect(ProjectSchema.safeParse(project).success).toBe(true);
  });

  it('brings in a catalog item an incoming activity needs, and says so', () => {
    const { local, incoming } = pair();
    const result = mergeProjects(
      local,
      incoming,
      { 'activities:act-support': 'incoming', 'vendors:v-new': 'local' },
      { now: NOW },
    );
    expect(result.project.vendors.map((v) => v.id)).toEqual(['v-m365', 'v-new']);
    expect(result.adjustments).toEqual([
      { kind: 'includedForReference', collection: 'vendors', id: 'v-new', name: 'Datto' },
    ]);
  });

  it('keeps an item the file removed while a kept activity still refers to it', () => {
    const local = sampleProject();
    const incoming = structuredClone(local);
    incoming.activities = [];
    incoming.securityMeasures = [];
    const result = mergeProjects(local, incoming, { 'securityMeasures:sm-mfa': 'incoming' }, { now: NOW });
    expect(result.project.securityMeasures.map((s) => s.id)).toEqual(['sm-mfa']);
    expect(result.adjustments).toEqual([
      { kind: 'keptForReference', collection: 'securityMeasures', id: 'sm-mfa', name: 'MFA' },
    ]);
  });

  it('always produces a valid project, whatever is chosen (random projects, random choices)', () => {
    fc.assert(
      fc.property(projectArbitrary, projectArbitrary, fc.infiniteStream(fc.boolean()), (a, b, coin) => {
        const incoming = { ...b, id: a.id };
        const diff = diffProjects(a, incoming);
        const choices = Object.fromEntries(
          [...diff.items, ...diff.settings].map(
            (c) => [c.key, coin.next().value ? 'incoming' : 'local'] as const,
          ),
        );
        const { project } = mergeProjects(a, incoming, choices, { now: NOW });
        expect(ProjectSchema.safeParse(project).success).toBe(true);
        expect(project.id).toBe(a.id);
        // Taking every incoming side reproduces the file's project, except the export history (a
        // union), the items kept only because the local export records refer to them, and the
        // confirmations (what the merge took is a suggestion).
        const merged = mergeProjects(a, incoming, chooseAll(diff, 'incoming'), { now: NOW });
        const kept = new Set(merged.adjustments.map((adj) => `${adj.collection}:${adj.id}`));
        expect(merged.adjustments.every((adj) => adj.kind === 'keptForReference')).toBe(true);
        // Order is compared apart: a change of order alone is not a difference.
        const byId = (list: unknown[]) =>
          [...list].sort((x, y) =>
            String((x as { id?: string }).id).localeCompare(String((y as { id?: string }).id)),
          );
        const normalise = (project: Record<string, unknown>, drop: Set<string>) =>
          Object.fromEntries(
            Object.entries(project).map(([key, value]) => [
              key,
              Array.isArray(value) && key !== 'exportHistory'
                ? byId(
                    value
                      .filter((item) => !drop.has(`${key}:${(item as { id?: string }).id}`))
                      .map(({ confirmation: _suggestedByTheMerge, ...item }) => item),
                  )
                : value,
            ]),
          );
        expect({ ...normalise(merged.project, kept), exportHistory: [], changeLog: null }).toEqual({
          ...normalise(ProjectSchema.parse(incoming), new Set()),
          createdAt: a.createdAt,
          updatedAt: NOW,
          exportHistory: [],
          changeLog: null,
        });
        // The log keeps the local history, and undoing what the merge recorded gives the local project back.
        expect(merged.project.changeLog.entries.slice(0, a.changeLog.entries.length)).toEqual(
          ProjectSchema.parse(a).changeLog.entries,
        );
      }),
      { numRuns: 60 },
    );
  });
});
