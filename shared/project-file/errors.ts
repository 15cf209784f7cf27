import type * as z from 'zod';
import { LANGUAGES } from '../i18n/languages';
import type { ReferencedKey } from '../model/usage';
import { isPlainRecord } from '../model/values';
import { DATE_BOUNDS, DATE_OUT_OF_BOUNDS } from '../model/primitives';

export type PathSegment = string | number;

/** What kind of value a field should hold or was found holding, in words a user can be told. */
export type ValueType = 'text' | 'number' | 'boolean' | 'list' | 'object' | 'null' | 'other';

/** One problem in a file that is JSON and a Kartotek file, but breaks the model. */
type IssueKind =
  | 'missing'
  | 'wrongType'
  | 'unknownField'
  | 'tooLong'
  | 'tooMany'
  | 'tooHigh'
  | 'tooShort'
  | 'tooFew'
  | 'tooLow'
  | 'notInteger'
  | 'numberTooLarge'
  | 'notOneOf'
  | 'badId'
  | 'badDate'
  | 'dateOutOfRange'
  | 'badTimestamp'
  | 'badCountry'
  | 'badColour'
  | 'badLogo'
  | 'badFormat'
  | 'unknownReference'
  | 'duplicateId'
  | 'primaryLanguage'
  | 'duplicateLanguage'
  | 'notAllowed';

export interface ValidationIssue {
  kind: IssueKind;
  /** From the file's root, e.g. ["project", "activities", 2, "purposes", 0, "legalBases", 1, "code"]. */
  path: PathSegment[];
  /** Same length as path: the display name of the item at each list index, where it has one. */
  pathNames: (string | null)[];
  expected?: ValueType;
  found?: ValueType;
  /** Unknown field names (unknownField). */
  keys?: string[];
  /** The limit broken (tooLong, tooMany, tooHigh, tooShort, tooFew, tooLow). */
  limit?: number;
  /** How many characters the text holds (tooLong). */
  length?: number;
  /** The dates a date field may hold (dateOutOfRange, with the date found as `value`). */
  range?: { earliest: string; latest: string };
  /** The values allowed (notOneOf), at most a handful. */
  allowed?: string[];
  /** The offending value as text, shortened (notOneOf, unknownReference, duplicateId). */
  value?: string;
  /** The list the dangling id was meant to point into (unknownReference). */
  target?: ReferencedKey;
}

interface ErrorBase {
  path: PathSegment[];
  pathNames: (string | null)[];
}

/** Why a file could not be opened. describeProjectFileError turns it into a sentence in da/sv/en. */
export type ProjectFileError =
  | (ErrorBase & { code: 'tooLarge'; sizeBytes: number; limitBytes: number })
  | (ErrorBase & { code: 'empty' })
  | (ErrorBase & { code: 'notText' })
  | (ErrorBase & { code: 'notJson'; line: number | null; column: number | null })
  | (ErrorBase & { code: 'tooDeep'; limit: number })
  | (ErrorBase & { code: 'forbiddenKey'; key: string })
  | (ErrorBase & { code: 'notKartotek' })
  | (ErrorBase & { code: 'badVersion' })
  | (ErrorBase & {
      code: 'newerVersion';
      version: number;
      supportedVersion: number;
      /** The app version the file says wrote it, if it says so readably. */
      appVersion: string | null;
    })
  | (ErrorBase & { code: 'migrationFailed'; fromVersion: number; failedAt: number })
  | (ErrorBase & {
      code: 'invalid';
      /** The first problems found (at most MAX_REPORTED_ISSUES), in file order. */
      issues: ValidationIssue[];
      /** How many problems there are in all. */
      issueCount: number;
    });

export type ProjectFileErrorCode = ProjectFileError['code'];

const MAX_REPORTED_ISSUES = 20;

/** A technical rendering of a path for logs and the CLI: project.activities[2].name.da */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

// ---------------------------------------------------------------------------------------------------
// From zod's issues to ValidationIssues

function valueType(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'other';
  }
}

function expectedType(expected: string): ValueType {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
    case 'tuple':
      return 'list';
    case 'object':
      return 'object';
    case 'null':
      return 'null';
    default:
      return 'other';
  }
}

interface Lookup {
  found: boolean;
  value: unknown;
}

function lookup(root: unknown, path: readonly PathSegment[]): Lookup {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return { found: false, value: undefined };
      current = current[segment];
    } else {
      if (!isPlainRecord(current) || !Object.hasOwn(current, segment))
        return { found: false, value: undefined };
      current = current[segment];
    }
  }
  return { found: true, value: current };
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return shorten(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return shorten(JSON.stringify(value) ?? '');
}

/** The primary document language the file names, so item names are shown in it. */
function nameOrder(root: unknown): string[] {
  const primary = lookup(root, ['project', 'documentLanguages', 'primary']).value;
  return typeof primary === 'string' && (LANGUAGES as readonly string[]).includes(primary)
    ? [primary, ...LANGUAGES.filter((l) => l !== primary)]
    : [...LANGUAGES];
}

function itemName(item: unknown, order: readonly string[]): string | null {
  if (!isPlainRecord(item)) return null;
  for (const key of ['name', 'heading']) {
    const value = Object.hasOwn(item, key) ? item[key] : undefined;
    if (typeof value === 'string' && value.trim()) return shorten(value.trim());
    if (isPlainRecord(value)) {
      for (const language of order) {
        const text = Object.hasOwn(value, language) ? value[language] : undefined;
        if (typeof text === 'string' && text.trim()) return shorten(text.trim());
      }
    }
  }
  return null;
}

/** Names of the items along a path (for "activity 3 “Customer support”"), read from the raw file. */
export function namesAlongPath(root: unknown, path: readonly PathSegment[]): (string | null)[] {
  const order = nameOrder(root);
  return path.map((segment, i) =>
    typeof segment === 'number' ? itemName(lookup(root, path.slice(0, i + 1)).value, order) : null,
  );
}

const REFERENCE_FIELDS: Record<string, ReferencedKey> = {
  customerIds: 'customers',
  jointControllerIds: 'jointControllers',
  dataSubjectIds: 'dataSubjects',
  dataSubjectId: 'dataSubjects',
  dataCategoryIds: 'dataCategories',
  dataCategoryId: 'dataCategories',
  sourceIds: 'sources',
  recipientId: 'recipients',
  vendorIds: 'vendors',
  securityMeasureIds: 'securityMeasures',
  audienceIds: 'audiences',
  audienceId: 'audiences',
};

const DATE_FIELDS = new Set(['effectiveDate', 'lastVerified', 'date', 'lastReviewed', 'nextReview']);
const TIMESTAMP_FIELDS = new Set(['createdAt', 'updatedAt', 'at', 'savedAt']);
const COUNTRY_FIELDS = new Set(['country', 'hqCountry', 'processingLocations']);

/** The field a path ends in, skipping list indexes: processingLocations[2] → processingLocations. */
function fieldOf(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

/** Format problems are named after the field they occur in: a date field holds a bad date. */
function formatKind(path: readonly PathSegment[]): IssueKind {
  const field = fieldOf(path);
  if (DATE_FIELDS.has(field)) return 'badDate';
  if (TIMESTAMP_FIELDS.has(field)) return 'badTimestamp';
  if (COUNTRY_FIELDS.has(field)) return 'badCountry';
  if (field === 'accentColor') return 'badColour';
  if (field === 'dataBase64') return 'badLogo';
  if (field === 'id' || field === 'ruleId' || field in REFERENCE_FIELDS) return 'badId';
  return 'badFormat';
}

type ZodIssue = z.core.$ZodIssue;

/** A union such as "'' or a calendar date" fails in every branch; the last branch is the real field. */
function unionBranch(issue: ZodIssue & { code: 'invalid_union' }): ZodIssue[] {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const meaningful = branches.filter(
    (branch) =>
      !(branch.length === 1 && branch[0]!.code === 'invalid_value' && branch[0]!.values.includes('')),
  );
  return (meaningful.length > 0 ? meaningful : branches)[0] ?? [];
}

/** Flattens unions into their branch issues, with paths made absolute. */
function flatten(issues: readonly ZodIssue[], prefix: PathSegment[] = []): ZodIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'invalid_union') return flatten(unionBranch(issue), path);
    return [{ ...issue, path } as ZodIssue];
  });
}

function classify(issue: ZodIssue, root: unknown): Omit<ValidationIssue, 'pathNames'> {
  const path = issue.path as PathSegment[];
  const here = lookup(root, path);
  // A field that is not there is "missing", whatever zod expected of it (a type, one of some values …).
  if (!here.found && issue.code !== 'unrecognized_keys' && issue.code !== 'custom')
    return { kind: 'missing', path };
  switch (issue.code) {
    case 'invalid_type':
      if (!here.found || here.value === undefined) return { kind: 'missing', path };
      // JSON.parse reads 1e400 as Infinity, which zod calls "not a number": it is a number, only too large.
      if (typeof here.value === 'number' && !Number.isFinite(here.value))
        return { kind: 'numberTooLarge', path };
      return {
        kind: 'wrongType',
        path,
        expected: expectedType(issue.expected),
        found: valueType(here.value),
      };
    case 'unrecognized_keys':
      return { kind: 'unknownField', path, keys: issue.keys.slice(0, 5).map((key) => shorten(key, 40)) };
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string')
        return { kind: 'tooLong', path, limit, length: String(here.value).length };
      if (issue.origin === 'array' || issue.origin === 'set') return { kind: 'tooMany', path, limit };
      return { kind: 'tooHigh', path, limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return { kind: 'tooShort', path, limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { kind: 'tooFew', path, limit };
      return { kind: 'tooLow', path, limit };
    }
    case 'invalid_value':
      // null or a list where a word was wanted reads better as a wrong kind of value.
      if (
        typeof here.value !== 'string' &&
        typeof here.value !== 'number' &&
        typeof here.value !== 'boolean'
      ) {
        return { kind: 'wrongType', path, expected: 'text', found: valueType(here.value) };
      }
      return {
        kind: 'notOneOf',
        path,
        value: asText(here.value),
        allowed: issue.values.slice(0, 8).map((value) => String(value)),
      };
    case 'not_multiple_of':
      return { kind: 'notInteger', path };
    case 'invalid_format':
      return { kind: formatKind(path), path };
    case 'custom': {
      const message = issue.message;
      if (message.startsWith('refers to a')) {
        const target = REFERENCE_FIELDS[fieldOf(path)];
        return { kind: 'unknownReference', path, value: asText(here.value), ...(target ? { target } : {}) };
      }
      if (message === DATE_OUT_OF_BOUNDS)
        return { kind: 'dateOutOfRange', path, value: asText(here.value), range: { ...DATE_BOUNDS } };
      if (message.startsWith('duplicate id')) return { kind: 'duplicateId', path, value: asText(here.value) };
      if (message.startsWith('the primary language')) return { kind: 'primaryLanguage', path };
      if (message.startsWith('a document language is listed twice'))
        return { kind: 'duplicateLanguage', path };
      const kind = formatKind(path);
      return { kind: kind === 'badFormat' ? 'notAllowed' : kind, path };
    }
    default:
      return { kind: 'notAllowed', path };
  }
}

/** zod's issues for the whole file, in the file's terms: what is wrong, where, with names along the path. */
export function toValidationIssues(
  error: z.ZodError,
  root: unknown,
): { issues: ValidationIssue[]; count: number } {
  const flat = flatten(error.issues);
  // zod reports a number that is not whole as invalid_type "int"; say so plainly.
  const issues = flat.slice(0, MAX_REPORTED_ISSUES).map((issue): ValidationIssue => {
    const classified =
      issue.code === 'invalid_type' && issue.expected === 'int'
        ? { kind: 'notInteger' as const, path: issue.path as PathSegment[] }
        : classify(issue, root);
    return { ...classified, pathNames: namesAlongPath(root, classified.path) };
  });
  return { issues, count: flat.length };
}
