import type { Wording } from '../model/primitives';
import { RETENTION_UNIT_LABELS } from '../model/vocabulary';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { Activity, Retention } from '../model/activity';
import type { ExportRecord } from '../model/organisation';
import type { Project } from '../model/project';
import { citeAll, namesOf, q } from './format';
import { contentDigest, Digest, sameContent } from './hash';
import { referencedIds } from './references';
import type { RegisterContent } from './types';

/**
 * Drift: has the register changed since a document was exported?
 *
 * An export records a content hash (ExportRecord.contentHash). The exporter must compute it with
 * exportContentHash below, so that the checks can recompute it from today's register and compare.
 * The hash is a 128-bit digest (hash.ts) of the content the document is built from; export history,
 * timestamps and internal-only fields are left out, so saving without a change of content is no drift.
 * It is synchronous, so the checks stay one plain function. For a policy, each activity and catalog item
 * is digested once and the policy's digest is taken over those digests (a small Merkle tree), so checking
 * the policies of several audiences costs little more than checking one.
 */

/** Fields no policy shows: left out of the policy digest. */
const NOT_IN_POLICY: Readonly<Record<'activity' | 'vendor', ReadonlySet<string>>> = {
  activity: new Set(['createdAt', 'updatedAt', 'lastReviewed', 'nextReview', 'owner', 'dpia']),
  vendor: new Set(['lastVerified', 'notes', 'dpa', 'libraryRef']),
};

const NONE: ReadonlySet<string> = new Set();

/** The catalogs a policy can show, in the order they enter its digest. */
const POLICY_CATALOGS = [
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'vendors',
  'securityMeasures',
  'audiences',
] as const;

/** The activities a policy for `audienceId` shows: not internal-only, and for an audience those marked for it. */
function activitiesInPolicy(project: Project, audienceId: string | null): Activity[] {
  return project.activities.filter(
    (a) => !a.internalOnly && (audienceId === null || a.audienceIds.includes(audienceId)),
  );
}

function policyHeader(project: Project) {
  return {
    organisation: project.organisation,
    privacyContact: project.privacyContact,
    representative: project.representative,
    jointControllers: project.jointControllers,
    documentLanguages: project.documentLanguages,
    policy: project.policy,
  };
}

/**
 * Policy digests of one project for any number of audiences. Item digests are computed once per
 * instance; make a new instance for every state of the project (nothing is cached across states).
 */
export class PolicyDigests {
  private header: string | undefined;
  private readonly items = new Map<object, string>();

  constructor(private readonly project: Project) {}

  private itemDigest(item: object, excluded: ReadonlySet<string>): string {
    let digest = this.items.get(item);
    if (digest === undefined) {
      digest = new Digest().valueExcept(item, excluded).hex();
      this.items.set(item, digest);
    }
    return digest;
  }

  forAudience(audienceId: string | null): string {
    this.header ??= contentDigest(policyHeader(this.project));
    const activities = activitiesInPolicy(this.project, audienceId);
    const used = referencedIds(activities);
    const digest = new Digest().value(audienceId).update(this.header).update('A');
    for (const activity of activities) digest.update(this.itemDigest(activity, NOT_IN_POLICY.activity));
    for (const key of POLICY_CATALOGS) {
      digest.update(`C${key}`);
      for (const item of this.project[key] as readonly { id: string }[]) {
        if (!used[key].has(item.id)) continue;
        digest.update(this.itemDigest(item, key === 'vendors' ? NOT_IN_POLICY.vendor : NONE));
      }
    }
    return digest.hex();
  }
}

/** The hash a policy export for `audienceId` (null: no audience filter) records. */
export function policyContentHash(project: Project, audienceId: string | null): string {
  return new PolicyDigests(project).forAudience(audienceId);
}

/**
 * The hash of the whole register (for register, vendor-overview and audit-pack exports): everything but
 * the project's own id, workspace name, timestamps, branding and export history. Review dates count:
 * the register shows them.
 */
export function registerContentHash(project: Project): string {
  const {
    id: _id,
    name: _name,
    createdAt: _c,
    updatedAt: _u,
    branding: _b,
    exportHistory: _h,
    activities,
    ...rest
  } = project;
  const stripped = activities.map(({ createdAt: _ac, updatedAt: _au, ...activity }) => activity);
  return contentDigest({ ...rest, activities: stripped });
}

/**
 * The content hash an export of this kind records: the exporter must store it in ExportRecord.contentHash
 * (not a hash of the rendered file, which changes with the export date and cannot be recomputed here).
 */
export function exportContentHash(
  project: Project,
  record: Pick<ExportRecord, 'kind' | 'audienceId'>,
): string {
  return record.kind === 'policy'
    ? policyContentHash(project, record.audienceId)
    : registerContentHash(project);
}

/**
 * True for a hash made by exportContentHash (32 hex digits). Other hashes in an export record — e.g. a
 * SHA-256 of the rendered document (64 digits), which also covers the export date — cannot be recomputed
 * from the register, so drift against them cannot be judged.
 */
export function isContentHash(hash: string): boolean {
  return /^[0-9a-f]{32}$/.test(hash);
}

export interface Drift {
  /** True when the register's content differs from what the export was made from; null when it cannot be told (see isContentHash). */
  readonly changed: boolean | null;
  readonly currentHash: string;
  readonly recordedHash: string;
}

/** Has the register changed since this export? */
export function driftSince(project: Project, record: ExportRecord): Drift {
  const currentHash = exportContentHash(project, record);
  const changed = isContentHash(record.contentHash) ? currentHash !== record.contentHash : null;
  return { changed, currentHash, recordedHash: record.contentHash };
}

/**
 * The latest export of each document: per kind, audience and language, the record with the latest time.
 * These are the documents that may be published now.
 */
export function latestExports(history: readonly ExportRecord[], kind: ExportRecord['kind']): ExportRecord[] {
  const latest = new Map<string, ExportRecord>();
  for (const record of history) {
    if (record.kind !== kind) continue;
    const key = `${record.audienceId ?? ''}|${record.language}`;
    const current = latest.get(key);
    if (!current || Date.parse(record.at) > Date.parse(current.at)) latest.set(key, record);
  }
  return [...latest.values()];
}

// ---------------------------------------------------------------------------------------------------------
// What changed: for the drift finding, the change log and a policy's "changes" section.

export type RegisterChange =
  | { readonly kind: 'activityAdded' | 'activityRemoved'; readonly id: string; readonly name: Wording }
  | { readonly kind: 'activityRenamed'; readonly id: string; readonly from: Wording; readonly to: Wording }
  | {
      readonly kind: 'legalBasesChanged';
      readonly id: string;
      readonly name: Wording;
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | {
      readonly kind: 'retentionChanged';
      readonly id: string;
      readonly name: Wording;
      readonly from: Wording;
      readonly to: Wording;
    }
  | { readonly kind: 'vendorAdded' | 'vendorRemoved'; readonly id: string; readonly name: Wording }
  | { readonly kind: 'vendorRenamed'; readonly id: string; readonly from: Wording; readonly to: Wording };

function legalBasisCodes(activity: Activity): Set<string> {
  const codes = new Set<string>();
  for (const purpose of activity.purposes) for (const basis of purpose.legalBases) codes.add(basis.code);
  return codes;
}

const NO_RETENTION: Wording = { da: '(ingen)', sv: '(ingen)', en: '(none)' };

/** The retention in words per language; the structured period when there are no words. */
function retentionSummary(retention: Retention, primary: Language): Wording {
  const words = namesOf(retention.text, primary);
  const hasWords = LANGUAGES.some((l) => retention.text[l]?.trim());
  const result = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const period = retention.period
      ? `${retention.period.amount} ${RETENTION_UNIT_LABELS[retention.period.unit][language]}`
      : NO_RETENTION[language];
    result[language] = hasWords ? words[language] : period;
  }
  return result;
}

/** What differs between two states of the register: activities and vendors added, removed, renamed; legal bases and retention changed. */
export function diffRegister(before: RegisterContent, after: RegisterContent): RegisterChange[] {
  const changes: RegisterChange[] = [];
  const beforePrimary = before.documentLanguages.primary;
  const afterPrimary = after.documentLanguages.primary;

  const oldActivities = new Map(before.activities.map((a) => [a.id, a]));
  const newIds = new Set(after.activities.map((a) => a.id));
  for (const activity of after.activities) {
    const name = namesOf(activity.name, afterPrimary);
    const old = oldActivities.get(activity.id);
    if (!old) {
      changes.push({ kind: 'activityAdded', id: activity.id, name });
      continue;
    }
    if (!sameContent(old.name, activity.name)) {
      changes.push({
        kind: 'activityRenamed',
        id: activity.id,
        from: namesOf(old.name, beforePrimary),
        to: name,
      });
    }
    const oldCodes = legalBasisCodes(old);
    const newCodes = legalBasisCodes(activity);
    const added = [...newCodes].filter((code) => !oldCodes.has(code));
    const removed = [...oldCodes].filter((code) => !newCodes.has(code));
    if (added.length || removed.length) {
      changes.push({ kind: 'legalBasesChanged', id: activity.id, name, added, removed });
    }
    if (!sameContent(old.retention, activity.retention)) {
      changes.push({
        kind: 'retentionChanged',
        id: activity.id,
        name,
        from: retentionSummary(old.retention, beforePrimary),
        to: retentionSummary(activity.retention, afterPrimary),
      });
    }
  }
  for (const activity of before.activities) {
    if (!newIds.has(activity.id)) {
      changes.push({ kind: 'activityRemoved', id: activity.id, name: namesOf(activity.name, beforePrimary) });
    }
  }

  const oldVendors = new Map(before.vendors.map((v) => [v.id, v]));
  const newVendorIds = new Set(after.vendors.map((v) => v.id));
  for (const vendor of after.vendors) {
    const old = oldVendors.get(vendor.id);
    const name = namesOf(vendor.name, afterPrimary);
    if (!old) changes.push({ kind: 'vendorAdded', id: vendor.id, name });
    else if (old.name.trim() !== vendor.name.trim()) {
      changes.push({
        kind: 'vendorRenamed',
        id: vendor.id,
        from: namesOf(old.name, beforePrimary),
        to: name,
      });
    }
  }
  for (const vendor of before.vendors) {
    if (!newVendorIds.has(vendor.id)) {
      changes.push({ kind: 'vendorRemoved', id: vendor.id, name: namesOf(vendor.name, beforePrimary) });
    }
  }
  return changes;
}

/** One change as a sentence. */
export function describeRegisterChange(change: RegisterChange, language: Language): string {
  const n = (names: Wording): string => q(language, names[language]);
  const A = { da: 'Aktiviteten', sv: 'Behandlingen', en: 'The activity' }[language];
  const V = { da: 'Leverandøren', sv: 'Leverantören', en: 'The vendor' }[language];
  switch (change.kind) {
    case 'activityAdded':
      return { da: `${A} ${n(change.name)} er tilføjet`, sv: `${A} ${n(change.name)} har lagts till`, en: `${A} ${n(change.name)} was added` }[language]; // prettier-ignore
    case 'activityRemoved':
      return { da: `${A} ${n(change.name)} er fjernet`, sv: `${A} ${n(change.name)} har tagits bort`, en: `${A} ${n(change.name)} was removed` }[language]; // prettier-ignore
    case 'activityRenamed':
      return { da: `${A} ${n(change.from)} hedder nu ${n(change.to)}`, sv: `${A} ${n(change.from)} heter nu ${n(change.to)}`, en: `${A} ${n(change.from)} is now called ${n(change.to)}` }[language]; // prettier-ignore
    case 'legalBasesChanged': {
      const parts: string[] = [];
      const added = { da: 'tilføjet', sv: 'tillagd', en: 'added' }[language];
      const removed = { da: 'fjernet', sv: 'borttagen', en: 'removed' }[language];
      if (change.added.length) parts.push(`${added}: ${citeAll(language, change.added)}`);
      if (change.removed.length) parts.push(`${removed}: ${citeAll(language, change.removed)}`);
      const what = { da: 'behandlingsgrundlag', sv: 'rättslig grund', en: 'legal bases' }[language];
      return `${A} ${n(change.name)}: ${what} – ${parts.join('; ')}`;
    }
    case 'retentionChanged':
      return { da: `${A} ${n(change.name)}: opbevaringsperioden er ændret fra ${n(change.from)} til ${n(change.to)}`, sv: `${A} ${n(change.name)}: lagringstiden har ändrats från ${n(change.from)} till ${n(change.to)}`, en: `${A} ${n(change.name)}: retention changed from ${n(change.from)} to ${n(change.to)}` }[language]; // prettier-ignore
    case 'vendorAdded':
      return { da: `${V} ${n(change.name)} er tilføjet`, sv: `${V} ${n(change.name)} har lagts till`, en: `${V} ${n(change.name)} was added` }[language]; // prettier-ignore
    case 'vendorRemoved':
      return { da: `${V} ${n(change.name)} er fjernet`, sv: `${V} ${n(change.name)} har tagits bort`, en: `${V} ${n(change.name)} was removed` }[language]; // prettier-ignore
    case 'vendorRenamed':
      return { da: `${V} ${n(change.from)} hedder nu ${n(change.to)}`, sv: `${V} ${n(change.from)} heter nu ${n(change.to)}`, en: `${V} ${n(change.from)} is now called ${n(change.to)}` }[language]; // prettier-ignore
  }
}

/** The changes between two states of the register, one sentence each, in `language`. */
export function describeRegisterChanges(
  before: RegisterContent,
  after: RegisterContent,
  language: Language,
): string[] {
  return diffRegister(before, after).map((change) => describeRegisterChange(change, language));
}
