/** The same shape as the English messages, with any string values: what da and sv must provide. */
export type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/**
 * A feature's UI texts in all three languages. The type checker refuses a Danish or Swedish
 * set that lacks a key of the English one (or has one more), so no language can fall behind.
 */
export function defineMessages<const E extends object>(messages: {
  en: E;
  da: DeepStrings<E>;
  sv: DeepStrings<E>;
}) {
  return messages;
}
