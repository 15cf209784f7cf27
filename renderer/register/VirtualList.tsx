import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
  type RefCallback,
  type RefObject,
} from 'react';

/**
 * Long lists are virtualised: only the rows in view (plus a few either side) are in the DOM. The list is
 * its own scroll box; the browser's Tab order still reaches every row, because the row after the focused
 * one is always rendered and a focused row is scrolled into view and kept rendered while it has focus.
 */

/** The attribute that tells the virtualiser (and the focus tracking) which row an element is. */
const INDEX_ATTRIBUTE = 'data-index';

interface VirtualRowsOptions<S extends HTMLElement> {
  count: number;
  getScrollElement(): S | null;
  /** A typical row's height in px; real heights are measured as rows render. */
  estimateSize: number;
  getItemKey(index: number): string;
  /** Rows rendered beyond either edge of the view. */
  overscan?: number;
  gap?: number;
  /** Space in the scroll box above the first row, e.g. a sticky table header. */
  headerHeight?: number;
}

/**
 * useVirtualizer with the row that has keyboard focus, and its neighbours, always rendered (even when
 * scrolled away, so the focus is not lost to the page and Tab goes on from it) and scrolled into view
 * when it gets focus (below a sticky header).
 * Spread `rowFocusHandlers` on the scroll box; give every row `data-index` and `ref={measureElement}`.
 */
export function useVirtualRows<S extends HTMLElement, I extends Element>({
  count,
  getScrollElement,
  estimateSize,
  getItemKey,
  overscan = 6,
  gap = 0,
  headerHeight = 0,
}: VirtualRowsOptions<S>) {
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => withFocusedIndex(defaultRangeExtractor(range), focusedIndex, range.count),
    [focusedIndex],
  );
  // The app does not use React Compiler; the virtualiser is read during render, as TanStack documents.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<S, I>({
    count,
    getScrollElement,
    estimateSize: () => estimateSize,
    getItemKey,
    overscan,
    gap,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    rangeExtractor,
  });
  const rowFocusHandlers = {
    onFocus(event: FocusEvent<HTMLElement>) {
      const row = (event.target as Element).closest(`[${INDEX_ATTRIBUTE}]`);
      if (!row || !event.currentTarget.contains(row)) return;
      const index = Number(row.getAttribute(INDEX_ATTRIBUTE));
      if (!Number.isInteger(index)) return;
      setFocusedIndex(index);
      // Only keyboard focus scrolls: a mouse press focuses the link first, and scrolling the row away
      // under the pointer before the button is released would swallow the click.
      if ((event.target as Element).matches(':focus-visible'))
        virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedIndex(null);
    },
  };
  return { virtualizer, rowFocusHandlers };
}

/**
 * What a virtualised table body renders, top to bottom: the rendered rows, with a spacer standing in for
 * the height of every run of rows that is not rendered (before, between and after them). For rows
 * without a `gap` (a table's rows touch).
 */
export type VirtualBodyPart =
  | { kind: 'row'; index: number; key: string | number | bigint }
  | { kind: 'spacer'; key: string; height: number };

export function virtualBodyParts(virtualizer: {
  getVirtualItems(): { index: number; key: string | number | bigint; start: number; end: number }[];
  getTotalSize(): number;
  options: { scrollMargin: number };
}): VirtualBodyPart[] {
  const parts: VirtualBodyPart[] = [];
  let end = 0;
  for (const item of virtualizer.getVirtualItems()) {
    const start = item.start - virtualizer.options.scrollMargin;
    if (start > end) parts.push({ kind: 'spacer', key: `before-${item.index}`, height: start - end });
    parts.push({ kind: 'row', index: item.index, key: item.key });
    end = item.end - virtualizer.options.scrollMargin;
  }
  const rest = virtualizer.getTotalSize() - end;
  if (rest > 0) parts.push({ kind: 'spacer', key: 'after', height: rest });
  return parts;
}

/** The rendered rows plus the focused row and its neighbours, so Tab and Shift+Tab always find the next. */
function withFocusedIndex(indexes: number[], focused: number | null, count: number): number[] {
  if (focused === null) return indexes;
  const extra = [focused - 1, focused, focused + 1].filter(
    (index) => index >= 0 && index < count && !indexes.includes(index),
  );
  return extra.length ? [...indexes, ...extra].sort((a, b) => a - b) : indexes;
}

/**
 * A ref callback for a scroll box that sizes it to reach from where it starts down to the bottom of the
 * window, less `bottomGap` px (e.g. the page's bottom padding), and at least `minHeight` px; it follows
 * window resizes and changes of the content above. It sets max-height, so a short list is only as tall as
 * its rows, and sets it on the element as it mounts, so the first render already has its final height.
 * `elementRef` receives the box, e.g. for the virtualiser's getScrollElement.
 */
export function useMaxHeightToWindowBottom<E extends HTMLElement>(
  elementRef: RefObject<E | null>,
  bottomGap: number,
  minHeight = 240,
): RefCallback<E> {
  return useCallback(
    (node: E | null) => {
      elementRef.current = node;
      if (!node) return;
      const fit = () => {
        const top = node.getBoundingClientRect().top + window.scrollY;
        const height = `${Math.max(minHeight, Math.floor(window.innerHeight - top - bottomGap))}px`;
        if (node.style.maxHeight !== height) node.style.maxHeight = height;
      };
      fit();
      window.addEventListener('resize', fit);
      // The body changes size when anything above the list does (filters wrapping, a notice appearing).
      const observer = new ResizeObserver(fit);
      observer.observe(document.body);
      return () => {
        window.removeEventListener('resize', fit);
        observer.disconnect();
        elementRef.current = null;
      };
    },
    [elementRef, bottomGap, minHeight],
  );
}

interface VirtualListProps<T> {
  items: readonly T[];
  /** An item's stable key (a function defined once, not per render). */
  getKey(item: T): string;
  renderItem(item: T, index: number): ReactNode;
  /** A typical item's height in px; real heights are measured. */
  estimateSize: number;
  /** The scroll box's height limit: a CSS length, or `{ toWindowBottom: gap }` to fill the window. */
  maxHeight: string | { toWindowBottom: number };
  gap?: number;
  'aria-label'?: string;
  /** data-testid of every <li>. */
  itemTestId?: string;
  /** The key of the selected item: scrolled into view when it changes (e.g. a new item at the end). */
  activeKey?: string;
}

/**
 * A virtualised <ul>: the scroll box holds a list as tall as all its items, of which only those in view
 * are rendered, each placed at its offset. Every <li> carries aria-setsize and aria-posinset, so a screen
 * reader knows the whole list's length and each item's place in it.
 */
export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  estimateSize,
  maxHeight,
  gap = 0,
  itemTestId,
  activeKey,
  ...aria
}: VirtualListProps<T>) {
  const scrollBoxRef = useRef<HTMLDivElement | null>(null);
  const fitToWindow = useMaxHeightToWindowBottom(
    scrollBoxRef,
    typeof maxHeight === 'string' ? 0 : maxHeight.toWindowBottom,
  );
  const { virtualizer, rowFocusHandlers } = useVirtualRows<HTMLDivElement, HTMLLIElement>({
    count: items.length,
    getScrollElement: () => scrollBoxRef.current,
    estimateSize,
    getItemKey: useCallback((index: number) => getKey(items[index]!), [getKey, items]),
    gap,
  });
  const activeIndex = activeKey === undefined ? -1 : items.findIndex((item) => getKey(item) === activeKey);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  return (
    <div
      ref={typeof maxHeight === 'string' ? scrollBoxRef : fitToWindow}
      style={{ overflowY: 'auto', ...(typeof maxHeight === 'string' ? { maxHeight } : {}) }}
      {...rowFocusHandlers}
    >
      <ul
        {...aria}
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          position: 'relative',
          height: virtualizer.getTotalSize(),
        }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            {...{ [INDEX_ATTRIBUTE]: row.index }}
            data-testid={itemTestId}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start}px)`,
            }}
          >
            {renderItem(items[row.index]!, row.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
