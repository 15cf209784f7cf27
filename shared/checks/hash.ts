/**
 * Content digests for drift detection: a small synchronous 128-bit hash over a canonical token stream.
 *
 * Why not SHA-256: globalThis.crypto.subtle is async only, and a pure-TS SHA-256 over a large register
 * (≈2 MB of text for 1,000 activities) takes too long for checks that run on every edit. The digest only
 * has to notice that content changed, not resist tampering, so a fast non-cryptographic hash suffices:
 * cyrb128 (public domain, by bryc) — four 32-bit lanes mixed with Math.imul — fed incrementally.
 * 128 bits make an accidental collision between two states of a register negligible.
 *
 * Canonical form: object keys sorted; undefined, '' and objects that hold nothing else left out, so that
 * `{da: ''}` and `{}` — the same content — give the same digest; array order kept (it is the order
 * the documents show). Strings are length-prefixed, so no escaping is needed and no two different
 * values produce the same stream.
 */

/** Type tags in the token stream, outside the range of the lengths and characters that follow them. */
const TAG = {
  string: 0x10001,
  number: 0x10002,
  true: 0x10003,
  false: 0x10004,
  null: 0x10005,
  array: 0x10006,
  object: 0x10007,
  end: 0x10008,
  other: 0x10009,
} as const;

export class Digest {
  private h1 = 1779033703;
  private h2 = 3144134277;
  private h3 = 1013904242;
  private h4 = 2773480762;

  update(text: string): this {
    let { h1, h2, h3, h4 } = this;
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
    this.h4 = h4;
    return this;
  }

  /** One 16-bit unit (a character code, a tag or a length): numbers mixed without building strings. */
  private mix(k: number): void {
    const h1 = this.h2 ^ Math.imul(this.h1 ^ k, 597399067);
    this.h2 = this.h3 ^ Math.imul(this.h2 ^ k, 2869860233);
    this.h3 = this.h4 ^ Math.imul(this.h3 ^ k, 951274213);
    this.h4 = h1 ^ Math.imul(this.h4 ^ k, 2716044179);
    this.h1 = h1;
  }

  private string(text: string): void {
    this.mix(TAG.string);
    this.mix(text.length & 0xffff);
    this.mix(text.length >>> 16);
    this.update(text);
  }

  /** Feed a value in canonical form. */
  value(value: unknown): this {
    if (value === null) {
      this.mix(TAG.null);
      return this;
    }
    switch (typeof value) {
      case 'string':
        this.string(value);
        return this;
      case 'number':
        this.mix(TAG.number);
        this.string(String(value));
        return this;
      case 'boolean':
        this.mix(value ? TAG.true : TAG.false);
        return this;
      case 'object':
        break;
      default:
        this.mix(TAG.other);
        return this;
    }
    if (Array.isArray(value)) {
      this.mix(TAG.array);
      for (const item of value) this.value(item);
      this.mix(TAG.end);
      return this;
    }
    const record = value as Record<string, unknown>;
    this.mix(TAG.object);
    const keys = Object.keys(record);
    if (keys.length > 1) keys.sort();
    for (const key of keys) {
      const child = record[key];
      if (isBlank(child)) continue;
      this.string(key);
      this.value(child);
    }
    this.mix(TAG.end);
    return this;
  }

  /** Feed an object in canonical form, leaving out some of its top-level keys (without copying it). */
  valueExcept(record: object, excluded: ReadonlySet<string>): this {
    this.mix(TAG.object);
    const keys = Object.keys(record).sort();
    for (const key of keys) {
      if (excluded.has(key)) continue;
      const child = (record as Record<string, unknown>)[key];
      if (isBlank(child)) continue;
      this.string(key);
      this.value(child);
    }
    this.mix(TAG.end);
    return this;
  }

  /** 32 lower-case hex digits. */
  hex(): string {
    let { h1, h2, h3, h4 } = this;
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  }
}

/** Empty content: undefined, '', or a plain object holding only empty content. Arrays are never blank. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) {
    if (!isBlank((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** The digest of one value in canonical form: 32 hex digits. */
export function contentDigest(value: unknown): string {
  return new Digest().value(value).hex();
}

/** Same content, in the canonical sense above (key order and empty text ignored). */
export function sameContent(a: unknown, b: unknown): boolean {
  return contentDigest(a) === contentDigest(b);
}
