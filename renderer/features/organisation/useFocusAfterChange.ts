import { useEffect, useRef, type RefObject } from 'react';
import type { MoveDirection } from './ExtraSectionCard';

/** What to focus in a section once the list shows it: its heading (after an add) or the move button used. */
type FocusTarget = 'heading' | MoveDirection;

/**
 * Focus that follows a section after an add or a move. The change is stored first and the list re-rendered
 * from the store, so the focus waits until the list's order (`order`) has changed; then it lands on the
 * section's first text field, or on the move button used (the other one when that is now disabled at an
 * end of the list).
 */
export function useFocusAfterChange(listRef: RefObject<HTMLElement | null>, order: string) {
  const pending = useRef<{ id: string; target: FocusTarget } | null>(null);

  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || !listRef.current) return;
    const item = listRef.current.querySelector<HTMLElement>(`[data-section-id="${wanted.id}"]`);
    if (!item) return;
    const target =
      wanted.target === 'heading'
        ? item.querySelector<HTMLElement>('input, textarea')
        : (item.querySelector<HTMLButtonElement>(`[data-move="${wanted.target}"]:not(:disabled)`) ??
          item.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'));
    target?.focus();
    pending.current = null;
  }, [listRef, order]);

  return (id: string, target: FocusTarget) => {
    pending.current = { id, target };
  };
}
