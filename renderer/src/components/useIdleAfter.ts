/**
 * True once `ready` has been true and the browser has had a quiet moment since.
 * Secondary panels use it so their queries start after the page's main content
 * has been drawn instead of competing with it.
 */
import { useEffect, useState } from 'react';

export function useIdleAfter(ready: boolean, timeoutMs = 1000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 0);
    return () => window.clearTimeout(id);
  }, [ready, idle, timeoutMs]);
  return idle;
}
