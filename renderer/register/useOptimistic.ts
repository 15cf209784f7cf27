import { useState } from 'react';

/**
 * Shows a value the user just chose before the database has stored it, so a checkbox or switch never
 * flips back for a moment. The stored value takes over again as soon as it changes.
 */
export function useOptimistic<T>(stored: T): [T, (value: T) => void] {
  const [local, setLocal] = useState<{ value: T } | null>(null);
  const [seen, setSeen] = useState(stored);
  if (!Object.is(stored, seen)) {
    setSeen(stored);
    setLocal(null);
  }
  return [local ? local.value : stored, (value: T) => setLocal({ value })];
}
