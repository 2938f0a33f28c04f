/**
 * React.lazy for named exports: each screen's code loads when it is first shown,
 * so starting the app fetches and runs only what the start page needs.
 */
import { lazy, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lazy() itself accepts any component props
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
