/**
 * Sets an element's height so that it ends at the bottom of the window (less `gap`),
 * at least `min`. Follows window resizes and content above that grows or shrinks, so a
 * list and its paging controls stay in view without guessing the height of what is
 * above it. It writes the style itself instead of keeping the height in React state: a
 * state change here would draw the whole list a second time before its first paint.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useFillViewport(ref: RefObject<HTMLElement | null>, min: number, gap = 24): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.height = `${Math.max(min, Math.floor(window.innerHeight - top - gap))}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [ref, min, gap]);
}
