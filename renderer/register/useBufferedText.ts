import { useState } from 'react';

/**
 * The text of a field that stores every keystroke at once but types against its own copy, so the round
 * trip through IndexedDB can never move the cursor or swallow a character.
 *
 * The stored value can also change elsewhere: another window or tab on the same project, a restore, an
 * undo. So every stored value that arrives is told apart: the echo of what this field committed, or a
 * foreign value. A foreign value replaces the text of a field nobody is typing in; while the user is
 * typing it is held as `other`, and the user chooses — the field never silently keeps stale text, and
 * never silently drops what was typed.
 */
interface Buffer {
  /** The stored value last seen. */
  seen: string;
  /** What the field shows instead of the stored value; null shows the stored value. */
  local: string | null;
  /** Values this field committed that have not come back yet, oldest first. */
  pending: string[];
  /** A value from elsewhere the user has not decided about yet. */
  other: string | null;
  /** Typed in since the field last lost focus. */
  typing: boolean;
}

/** More commits than this in flight means they are not coming back (the store refused them). */
const MAX_PENDING = 100;

function receive(buffer: Buffer, value: string): Buffer {
  const echo = buffer.pending.indexOf(value);
  if (echo >= 0) {
    // Commits are stored in order, so the ones before this echo are over too.
    const pending = buffer.pending.slice(echo + 1);
    const caughtUp = pending.length === 0 && buffer.local === value;
    return { ...buffer, seen: value, pending, local: caughtUp ? null : buffer.local };
  }
  const mine = buffer.local ?? buffer.seen;
  if (value === mine) return { ...buffer, seen: value, local: null, other: null };
  if (buffer.typing || buffer.local !== null) return { ...buffer, seen: value, local: mine, other: value };
  return { ...buffer, seen: value, local: null, other: null };
}

export function useBufferedText(
  stored: string,
  commit: (text: string) => void,
  /** Applied to the text before it is stored (e.g. trimming), so the echo is recognised. */
  normalize: (text: string) => string = (text) => text,
) {
  const [state, setState] = useState<Buffer>({
    seen: stored,
    local: null,
    pending: [],
    other: null,
    typing: false,
  });
  let buffer = state;
  if (stored !== state.seen) {
    buffer = receive(state, stored);
    setState(buffer);
  }

  /** Stores `text` unless it is what will be stored already; `shown` is what the field shows meanwhile. */
  const store = (text: string, shown: string, change: Partial<Buffer> = {}) => {
    const next = normalize(text);
    const latest = buffer.pending.at(-1) ?? buffer.seen;
    const pending = next === latest ? buffer.pending : [...buffer.pending, next].slice(-MAX_PENDING);
    setState({ ...buffer, ...change, local: shown, pending });
    if (next !== latest) commit(next);
  };

  return {
    value: buffer.local ?? stored,
    /** The value from elsewhere while the user decides; null when there is nothing to decide. */
    other: buffer.other,
    onChange: (text: string) => store(text, text, { typing: true }),
    onBlur: () => {
      const settled = buffer.pending.length === 0 && buffer.other === null;
      setState({ ...buffer, typing: false, local: settled ? null : buffer.local });
    },
    /** Stores the user's text over the other value. */
    keepMine: () => store(buffer.local ?? buffer.seen, buffer.local ?? buffer.seen, { other: null }),
    /** Takes the other value, storing it again if the user's text has overwritten it since. */
    useOther: () => {
      const other = buffer.other ?? buffer.seen;
      if (other === buffer.seen) setState({ ...buffer, other: null, local: null, pending: [] });
      else store(other, other, { other: null });
    },
  };
}
