import { fieldLabel, formatChangeValue } from '../../changes/describe';
import { getPath } from '../../changes/paths';
import { sinceExport } from '../../changes/sinceExport';
import type { Vendor } from '../../model/catalogs';
import type { Project } from '../../model/project';
import { deepEqual } from '../../model/values';
import type { BuildContext } from '../context';
import { vendorLabel } from '../derive';
import { formatDate } from '../../i18n/format';
import { bulletList, paragraph, type Block } from '../model';

/** The fields the overview shows: a change in any other (notes, last verified …) is not news to a customer. */
const OVERVIEW_FIELDS: readonly (readonly string[])[] = [
  ['name'],
  ['legalEntity'],
  ['registrationNumber'],
  ['hqCountry'],
  ['role'],
  ['function'],
  ['processingLocations'],
  ['transferMechanism'],
  ['dpa', 'status'],
  ['dpa', 'date'],
  ['dpa', 'reference'],
];

interface VendorFieldChange {
  readonly path: readonly string[];
  readonly before: unknown;
  readonly after: unknown;
}

type VendorChange =
  | { readonly kind: 'added'; readonly vendor: Vendor }
  | { readonly kind: 'removed'; readonly vendor: Vendor }
  | { readonly kind: 'changed'; readonly vendor: Vendor; readonly fields: readonly VendorFieldChange[] };

/** Vendors added, removed and changed (in the fields the overview shows) between two states of the register. */
function vendorChanges(before: readonly Vendor[], after: readonly Vendor[]): VendorChange[] {
  const old = new Map(before.map((vendor) => [vendor.id, vendor]));
  const changes: VendorChange[] = [];
  for (const vendor of after) {
    const previous = old.get(vendor.id);
    if (!previous) {
      changes.push({ kind: 'added', vendor });
      continue;
    }
    const fields = OVERVIEW_FIELDS.flatMap((path) => {
      const [a, b] = [getPath(previous, path), getPath(vendor, path)];
      return deepEqual(a, b) ? [] : [{ path, before: a, after: b }];
    });
    if (fields.length) changes.push({ kind: 'changed', vendor, fields });
  }
  const current = new Set(after.map((vendor) => vendor.id));
  for (const vendor of before) if (!current.has(vendor.id)) changes.push({ kind: 'removed', vendor });
  return changes;
}

/** One change as a line of the overview. */
function changeLine(ctx: BuildContext, project: Project, change: VendorChange): string {
  const v = ctx.t.vendors;
  const name = vendorLabel(change.vendor) || ctx.t.common.notStated;
  if (change.kind === 'removed') return `${v.removed}: ${name}`;
  if (change.kind === 'added') {
    const what = ctx.text(change.vendor.function, 'vendor', change.vendor.id, 'function');
    return what ? `${v.added}: ${name} – ${what}` : `${v.added}: ${name}`;
  }
  const value = (path: readonly string[], raw: unknown) =>
    formatChangeValue(project, ctx.language, 'vendors', path, raw);
  const fields = change.fields.map(
    (field) =>
      `${fieldLabel('vendors', field.path, ctx.language)}: ${value(field.path, field.before)} → ${value(field.path, field.after)}`,
  );
  return `${v.changed}: ${name} – ${fields.join('; ')}`;
}

/**
 * The overview's "changes since the previous overview" (Art. 28(2) and (4): customers must be told of
 * new and replaced sub-processors): from the change log, against the register at the previous export.
 */
export function vendorChangeBlocks(ctx: BuildContext, project: Project): Block[] {
  const v = ctx.t.vendors;
  const since = sinceExport(project, 'vendors', null, ctx.language);
  const blocks: Block[] = [{ type: 'heading', level: 1, text: v.changesHeading }];
  if (since.status === 'first') return [...blocks, paragraph(v.changesFirst)];
  const previous = formatDate(since.previous.at, ctx.language);
  if (since.status === 'unknown') {
    return [...blocks, paragraph(v.changesUnknown(previous, formatDate(since.logSince, ctx.language)))];
  }
  const changes = vendorChanges(since.before.vendors, project.vendors);
  if (changes.length === 0) return [...blocks, paragraph(v.changesNone(previous))];
  return [
    ...blocks,
    paragraph(v.changesIntro(previous)),
    bulletList(changes.map((change) => changeLine(ctx, project, change))),
  ];
}
