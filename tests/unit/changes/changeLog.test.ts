import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coalesce,
  fieldChanges,
  itemChanges,
  projectSettingChanges,
  registerAt,
  describeChange,
  type ChangeContext,
} from '../../../shared/changes';
import { type ChangeEntry, type Project, type Vendor } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';
import { suggestedBy } from '../../../shared/model/confirmation';
import { confirmItem } from '../../../shared/model/confirm';

let ids = 0;
const context = (at: string): ChangeContext => ({
  at,
  newId: () => `c${++ids}`,
  languages: ['da', 'sv', 'en'],
});

describe('what an edit records', () => {
  it('opens objects to their fields, but keeps text per language and lists whole', () => {
    const before = { id: 'x', retention: { text: { da: 'a' }, period: null }, ids: ['1'], createdAt: 't1' };
    const after = {
      id: 'x',
      retention: { text: { da: 'b', en: 'b' }, period: null },
      ids: ['1', '2'],
      createdAt: 't2',
    };
    expect(fieldChanges(before, after, new Set(['createdAt']))).toEqual([
      { path: ['retention', 'text'], before: { da: 'a' }, after: { da: 'b', en: 'b' } },
      { path: ['ids'], before: ['1'], after: ['1', '2'] },
    ]);
  });

  it('logs an activity change without its timestamps, named in the primary language first', () => {
    const [activity] = sampleProject().activities;
    const changed = { ...activity!, owner: 'Ny ejer', updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(itemChanges('activities', activity!, changed, context('2026-11-22T10:00:00.000Z'))).toEqual([
      expect.objectContaining({
        itemName: 'Support',
        path: ['owner'],
        before: activity!.owner,
        after: 'Ny ejer',
      }),
    ]);
  });

  it('copies values, so later edits of the item cannot alter the log', () => {
    const vendor = structuredClone(sampleProject().vendors[0]!);
    const [entry] = itemChanges('vendors', null, vendor, context('2026-11-22T10:00:00.000Z'));
    vendor.processingLocations.push('CN');
    expect((entry!.after as Vendor).processingLocations).toEqual(['IE', 'NL', 'US']);
  });

  it('does not log the export history, the workspace name or timestamps as register changes', () => {
    const before = sampleProject();
    const after = { ...before, name: 'Other', updatedAt: 'x', exportHistory: [] };
    expect(projectSettingChanges(before, after, context('2026-11-22T10:00:00.000Z'))).toEqual([]);
  });
});

describe('coalescing', () => {
  const base = (at: string, after: string, before = 'a'): ChangeEntry => ({
    id: `e-${at}`,
    at,
    target: 'vendors',
    itemId: 'v1',
    itemName: 'V',
    action: 'changed',
    path: ['name'],
    before,
    after,
  });

  it('folds an edit of the same field within the window, keeping the first old value', () => {
    const first = base('2026-11-22T10:00:00.000Z', 'ab');
    const result = coalesce(base('2026-11-22T10:05:00.000Z', 'abc', 'ab'), [first], '');
    expect(result).toEqual({
      kind: 'replace',
      replaces: first.id,
      entry: { ...first, at: '2026-11-22T10:05:00.000Z', after: 'abc' },
    });
  });

  it('keeps entries apart across the window, across an export, and for another item', () => {
    const first = base('2026-11-22T10:00:00.000Z', 'ab');
    expect(coalesce(base('2026-11-22T10:11:00.000Z', 'abc', 'ab'), [first], '').kind).toBe('append');
    expect(
      coalesce(base('2026-11-22T10:02:00.000Z', 'abc', 'ab'), [first], '2026-11-22T10:01:00.000Z').kind,
    ).toBe('append');
    expect(coalesce({ ...base('2026-11-22T10:02:00.000Z', 'x'), itemId: 'v2' }, [first], '').kind).toBe(
      'append',
    );
  });

  it('drops an entry whose edit was taken back', () => {
    const first = base('2026-11-22T10:00:00.000Z', 'ab');
    expect(coalesce(base('2026-11-22T10:01:00.000Z', 'a', 'ab'), [first], '')).toEqual({
      kind: 'drop',
      removes: first.id,
    });
  });
});

/** Applies entries to an in-memory log the way renderer/db/items.ts does. */
function record(log: ChangeEntry[], entries: ChangeEntry[], lastExportAt: string): void {
  for (const entry of entries) {
    const earlier = log.filter((e) => e.target === entry.target && e.itemId === entry.itemId).reverse();
    const result = coalesce(entry, earlier, lastExportAt);
    if (result.kind === 'append') log.push(result.entry);
    else if (result.kind === 'drop')
      log.splice(
        log.findIndex((e) => e.id === result.removes),
        1,
      );
    else
      log.splice(
        log.findIndex((e) => e.id === result.replaces),
        1,
        result.entry,
      );
  }
}

type Edit =
  | { kind: 'owner'; value: string }
  | { kind: 'city'; value: string }
  | { kind: 'addVendor'; id: string }
  | { kind: 'removeVendor' }
  | { kind: 'locations'; value: Vendor['processingLocations'] }
  | { kind: 'export' };

const editArbitrary: fc.Arbitrary<{ edit: Edit; minutes: number }> = fc.record({
  minutes: fc.integer({ min: 0, max: 15 }),
  edit: fc.oneof(
    fc.record({ kind: fc.constant('owner' as const), value: fc.constantFrom('A', 'B', 'Mette Hansen') }),
    fc.record({ kind: fc.constant('city' as const), value: fc.constantFrom('Aarhus C', 'Odense') }),
    fc.record({ kind: fc.constant('addVendor' as const), id: fc.constantFrom('v-a', 'v-b') }),
    fc.record({ kind: fc.constant('removeVendor' as const) }),
    fc.record({
      kind: fc.constant('locations' as const),
      value: fc.subarray<Vendor['processingLocations'][number]>(['IE', 'NL', 'US', 'IN']),
    }),
    fc.record({ kind: fc.constant('export' as const) }),
  ),
});

/** One edit as the app makes it: the next state and the entries it records. */
function apply(project: Project, edit: Edit, at: string): [Project, ChangeEntry[]] {
  const next = structuredClone(project);
  const ctx = context(at);
  switch (edit.kind) {
    case 'owner': {
      const before = next.activities[0]!;
      next.activities[0] = { ...before, owner: edit.value };
      return [next, itemChanges('activities', before, next.activities[0]!, ctx)];
    }
    case 'city':
      next.organisation = { ...next.organisation, city: edit.value };
      return [next, projectSettingChanges(project, next, ctx)];
    case 'addVendor': {
      if (next.vendors.some((v) => v.id === edit.id)) return [next, []];
      const vendor = { ...next.vendors[0]!, id: edit.id, name: edit.id };
      next.vendors.push(vendor);
      return [next, itemChanges('vendors', null, vendor, ctx)];
    }
    case 'removeVendor': {
      const vendor = next.vendors.find((v) => v.id !== 'v-m365');
      if (!vendor) return [next, []];
      next.vendors = next.vendors.filter((v) => v !== vendor);
      return [next, itemChanges('vendors', vendor, null, ctx)];
    }
    case 'locations': {
      const before = next.vendors[0]!;
      next.vendors[0] = { ...before, processingLocations: edit.value };
      return [next, itemChanges('vendors', before, next.vendors[0]!, ctx)];
    }
    case 'export':
      return [next, []];
  }
}

describe('rebuilding the register at an export', () => {
  it('gives exactly the register as it was at every export, whatever was edited in between', () => {
    const comparable = (p: Project) => ({
      ...p,
      changeLog: null,
      vendors: [...p.vendors].sort((a, b) => a.id.localeCompare(b.id)),
    });
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 25 }), (edits) => {
        let project = sampleProject();
        const log = [...project.changeLog.entries];
        let clock = Date.parse('2026-11-22T08:00:00.000Z');
        let lastExportAt = '';
        const exports: [string, Project][] = [];
        for (const { edit, minutes } of edits) {
          clock += minutes * 60_000 + 1000;
          const at = new Date(clock).toISOString();
          if (edit.kind === 'export') {
            lastExportAt = at;
            exports.push([at, structuredClone(project)]);
            continue;
          }
          const [next, entries] = apply(project, edit, at);
          record(log, entries, lastExportAt);
          project = next;
        }
        const final = { ...project, changeLog: { ...project.changeLog, entries: log } };
        for (const [at, state] of exports)
          expect(comparable(registerAt(final, at)!)).toEqual(comparable(state));
      }),
      { numRuns: 300 },
    );
  });

  it('cannot go back before the log starts', () => {
    const project = sampleProject();
    expect(registerAt(project, '2026-10-01T00:00:00.000Z')).toBeUndefined();
    expect(registerAt(project, project.changeLog.since)?.vendors[0]!.processingLocations).toEqual([
      'IE',
      'NL',
    ]);
  });
});

describe('an entry in words', () => {
  it('names a deleted item by the name the log remembers, and writes dates out', () => {
    const project = sampleProject();
    const vendor = project.vendors[0]!;
    const [activity] = project.activities;
    const ctx = context('2026-11-20T10:00:00.000Z');
    const removed = itemChanges('vendors', vendor, null, ctx);
    const unlinked = itemChanges('activities', activity!, { ...activity!, vendorIds: [] }, ctx);
    const redated = itemChanges(
      'vendors',
      vendor,
      { ...vendor, dpa: { ...vendor.dpa, date: '2026-11-14' } },
      ctx,
    );
    const after: Project = {
      ...project,
      vendors: [],
      activities: [{ ...activity!, vendorIds: [] }, ...project.activities.slice(1)],
      changeLog: {
        ...project.changeLog,
        entries: [...project.changeLog.entries, ...redated, ...removed, ...unlinked],
      },
    };
    const link = describeChange(unlinked[0]!, after, 'da');
    expect(link.field).toBe('leverandører');
    expect(link.before).toBe('Microsoft 365 (slettet)');
    expect(link.after).toBe('—');
    expect(describeChange(redated[0]!, after, 'en')).toMatchObject({
      field: 'data processing agreement › signed on',
      before: '15 January 2025',
      after: '14 November 2026',
    });
  });
});

describe('a confirmation in the log', () => {
  it('is recorded with its time and described as confirmed, not as a raw timestamp', () => {
    const project = sampleProject();
    const activity = { ...project.activities[0]!, confirmation: suggestedBy('template'), lastReviewed: '' };
    const at = '2026-11-22T10:00:00.000Z';
    const confirmed = confirmItem('activities', activity, { at, today: '2026-11-22' });
    const entries = itemChanges('activities', activity, confirmed, context(at));
    const entry = entries.find((e) => e.path[0] === 'confirmation')!;
    expect(entry.at).toBe(at);
    const words = ['da', 'sv', 'en'].map((language) => describeChange(entry, project, language as 'da'));
    expect(words.map((w) => w.after)).toEqual(['Bekræftet', 'Bekräftad', 'Confirmed']);
    expect(words[2]!.before).toBe('Suggestion (not confirmed)');
    expect(words[0]!.field).toMatch(/bekræft/);
    expect(JSON.stringify(words.map((w) => [w.before, w.after]))).not.toContain('2026');
  });
});

describe('a damaged log', () => {
  it('makes the earlier register unknown instead of something that is no register', () => {
    const project = sampleProject();
    project.changeLog.entries.push({
      id: 'bad',
      at: '2026-11-20T10:00:00.000Z',
      target: 'activities',
      itemId: 'gone',
      itemName: 'Gone',
      action: 'removed',
      path: [],
      before: 'not an activity',
    });
    expect(registerAt(project, '2026-11-10T00:00:00.000Z')).toBeUndefined();
    expect(registerAt(project, '2026-11-21T00:00:00.000Z')).toBe(project);
  });
});
