/**
 * The `.kartotek` project file: one UTF-8 JSON document holding one whole project (see FORMAT.md).
 * These constants are the format's identity; changing any of them is a new format version.
 */
export const PROJECT_FILE_FORMAT = 'kartotek-project';

/**
 * The format version this app writes. Raise it (and add a migration from the previous version plus a
 * fixture of the previous version) whenever a file written now could not be read by the app before.
 * Because every object in the model is strict, adding a field is such a change.
 */
export const CURRENT_FORMAT_VERSION = 3;

export const PROJECT_FILE_EXTENSION = '.kartotek';
export const PROJECT_FILE_MEDIA_TYPE = 'application/x-kartotek+json';

/**
 * Checked before parsing. Far above a real register (a large one is a few MB, a logo at most 2 MB): the bench's
 * register of 10,000 activities, every text in three languages, is a 49 MB file (`npm run bench`, which also
 * proves that one opens, is checked and exported within its memory budget); this leaves room for about 13,000.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The deepest a valid file nests is about 10 levels; anything past this is refused before parsing. */
export const MAX_NESTING_DEPTH = 64;

/** Keys that mean something to JavaScript objects. Kartotek never writes them, so a file holding one is refused. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
