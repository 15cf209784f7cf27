import { CURRENT_FORMAT_VERSION } from './format';

/**
 * Migrations of older project files, keyed by the version they start from. Each takes the whole
 * parsed file of version N (already checked to be a plain object with format "kartotek-project") and
 * returns the file of version N + 1, formatVersion included. They work on plain JSON, not on the typed
 * model: the model only describes the current version.
 *
 * To introduce format version 2:
 *   1. save a file of version 1 as tests/fixtures/project-files/v1-*.kartotek (they exist already),
 *   2. raise CURRENT_FORMAT_VERSION to 2 and change the model,
 *   3. add `1: (file) => ({ ...file, formatVersion: 2, project: … })` below,
 *   4. write the v2 fixtures (the fixture test asks for them) and regenerate the JSON Schema.
 * Never edit a migration once released: files of that version exist on users' disks.
 */
export type JsonObject = Record<string, unknown>;
export type Migration = (file: JsonObject) => JsonObject;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 adds the project's change log. A version 1 file has no history: its log starts empty, from
  // the time the file was saved (every change after that is recorded; nothing before it is known).
  1: (file) => ({
    ...file,
    formatVersion: 2,
    project: { ...(file.project as JsonObject), changeLog: { since: file.savedAt, entries: [] } },
  }),
  // Version 3 records whether the user confirmed each item, and stops reading defaults as claims (see
  // itemToV3 and activityToV3). Nothing in a version 2 file says who confirmed what, so nothing is confirmed.
  2: (file) => ({ ...file, formatVersion: 3, project: projectToV3(file.project as JsonObject) }),
};

export type MigrationResult = { ok: true; file: JsonObject } | { ok: false; failedAt: number };

/**
 * Runs the migrations from `fromVersion` up to `toVersion`, one step at a time. A missing step, a step
 * that throws, or one that does not produce the next version fails the whole migration; the caller
 * reports it and the file is not opened.
 */
export function migrateFile(
  file: JsonObject,
  fromVersion: number,
  toVersion: number = CURRENT_FORMAT_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationResult {
  let current = file;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return { ok: false, failedAt: version };
    try {
      // Each step gets its own deep copy, so a careless step cannot alter what the caller holds.
      current = step(structuredClone(current));
    } catch {
      return { ok: false, failedAt: version };
    }
    if (current === null || typeof current !== 'object' || current.formatVersion !== version + 1) {
      return { ok: false, failedAt: version };
    }
  }
  return { ok: true, file: current };
}

// ---- version 2 → 3 (also used by the database's upgrade of the same data, renderer/db/database.ts) ----

const ITEM_LISTS_V2 = [
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'vendors',
  'securityMeasures',
  'customers',
  'audiences',
  'activities',
] as const;

/**
 * A catalog item or activity of version 2 in version 3: not confirmed (a version 2 file cannot tell a
 * template's suggestion from the user's own text), from the library when it names a library entry.
 */
export function itemToV3(list: (typeof ITEM_LISTS_V2)[number], item: JsonObject): JsonObject {
  const fromLibrary = list === 'vendors' && item.libraryRef !== null && item.libraryRef !== undefined;
  const upgraded: JsonObject = {
    ...item,
    confirmation: { origin: fromLibrary ? 'library' : 'unknown', confirmedAt: null },
  };
  if (list === 'vendors') upgraded.checkBeforeUse = {};
  if (list === 'activities') return activityToV3(upgraded);
  return upgraded;
}

/**
 * Version 2 defaulted "no statutory or contractual requirement" and "no automated decisions"; those
 * defaults were printed as the firm's statements although nobody chose them. Version 3 cannot tell a
 * choice from a default for the first, so both become "not assessed", except automated decisions that were
 * recorded as used (nobody says "used" by default).
 */
function activityToV3(activity: JsonObject): JsonObject {
  const requirement = activity.requirement as JsonObject;
  const automated = activity.automatedDecisions as JsonObject;
  const { used, ...automatedRest } = automated;
  return {
    ...activity,
    requirement: { ...requirement, kind: requirement.kind === 'none' ? 'notAssessed' : requirement.kind },
    automatedDecisions: { ...automatedRest, status: used === true ? 'used' : 'notAssessed' },
  };
}

/** The project-level parts of version 3: the policy's own texts and the export records. */
export function projectCoreToV3(project: JsonObject): JsonObject {
  return {
    ...project,
    policy: { ...(project.policy as JsonObject), confirmation: { origin: 'unknown', confirmedAt: null } },
    exportHistory: (project.exportHistory as JsonObject[]).map((record) => ({
      ...record,
      editionDate: '',
      draft: false,
    })),
  };
}

function projectToV3(project: JsonObject): JsonObject {
  const upgraded = projectCoreToV3(project);
  for (const list of ITEM_LISTS_V2) {
    upgraded[list] = (project[list] as JsonObject[]).map((item) => itemToV3(list, item));
  }
  return upgraded;
}
