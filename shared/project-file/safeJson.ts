import { FORBIDDEN_KEYS, MAX_FILE_BYTES, MAX_NESTING_DEPTH } from './format';
import type { PathSegment, ProjectFileError } from './errors';

/**
 * The steps before the model sees a file, each guarding against a hostile or broken file: a size
 * limit checked before anything is decoded or parsed, strict UTF-8, a nesting limit checked on the
 * raw text (so JSON.parse and the validator never recurse deeply), and a refusal of keys that mean
 * something to JavaScript objects. JSON.parse itself only builds plain data: nothing is executed.
 */

export type Step<T> = { ok: true; value: T } | { ok: false; error: ProjectFileError };

/** The UTF-8 length of a string without encoding it (a lone surrogate counts as U+FFFD, 3 bytes). */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const tooLarge = (sizeBytes: number): Step<never> => ({
  ok: false,
  error: { code: 'tooLarge', path: [], pathNames: [], sizeBytes, limitBytes: MAX_FILE_BYTES },
});

/**
 * Bytes → text: size first, then strict UTF-8 (a binary file is "not text", not a JSON error). A byte-order
 * mark is kept in the text, so parseJsonSafely alone decides about it (one is allowed, a second is not).
 */
export function decodeFileBytes(bytes: Uint8Array): Step<string> {
  if (bytes.byteLength > MAX_FILE_BYTES) return tooLarge(bytes.byteLength);
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { code: 'notText', path: [], pathNames: [] } };
  }
}

export function checkTextSize(text: string): Step<string> {
  // Every UTF-16 unit is at least one UTF-8 byte, so an over-long string is refused without counting.
  if (text.length > MAX_FILE_BYTES) return tooLarge(text.length);
  const bytes = utf8ByteLength(text);
  return bytes > MAX_FILE_BYTES ? tooLarge(bytes) : { ok: true, value: text };
}

/** Deepest nesting of [ and { outside strings; stops counting as soon as the limit is passed. */
function exceedsNesting(text: string, limit = MAX_NESTING_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * JSON.parse with the nesting limit first; a syntax error reports where, when the engine says. One leading
 * byte-order mark is skipped (Windows editors write one); anything after it, a second mark too, must be JSON.
 */
export function parseJsonSafely(text: string): Step<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: { code: 'empty', path: [], pathNames: [] } };
  if (exceedsNesting(body)) {
    return { ok: false, error: { code: 'tooDeep', path: [], pathNames: [], limit: MAX_NESTING_DEPTH } };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const at = position === undefined ? null : lineAndColumn(body, Number(position));
    return {
      ok: false,
      error: { code: 'notJson', path: [], pathNames: [], line: at?.line ?? null, column: at?.column ?? null },
    };
  }
}

/**
 * The first key named __proto__, constructor or prototype anywhere in the parsed value, with its
 * path. JSON.parse stores such keys as plain own properties, and zod's strict objects would refuse
 * them as unknown fields anyway; refusing them by name gives a clearer message and does not depend
 * on every schema staying strict.
 */
export function findForbiddenKey(value: unknown): PathSegment[] | null {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (Array.isArray(current)) {
      current.forEach((item, index) => {
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, index] });
      });
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) return [...path, key];
        const child = (current as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}
