/**
 * The height at which an element ends at the bottom of the window (less `gap`), at
 * least `min`; null until measured. Follows window resizes and content above that
 * grows or shrinks, so a list and its paging controls stay in view without guessing
 * the height of what is above it.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useFillViewport(ref: RefObject<HTMLElement | null>, min: number, gap = 24): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - gap)));
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
  return height;
}
