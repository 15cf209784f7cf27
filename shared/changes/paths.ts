import type { JsonValue } from './record';

/** Reading and writing a field by its path in plain JSON data, without changing the original. */

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at `path`; undefined when any step is missing. */
export function getPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * A copy of `value` with `path` set to `next` (removed when `next` is undefined). Missing objects on the
 * way are created; a path through something that is not an object leaves the value as it was.
 */
export function setPath(value: unknown, path: readonly string[], next: unknown): JsonValue | undefined {
  if (path.length === 0) return next as JsonValue | undefined;
  if (value !== undefined && !isObject(value)) return value as JsonValue;
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = { ...(value ?? {}) };
  const child = setPath(copy[key], rest, next);
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy as JsonValue;
}
