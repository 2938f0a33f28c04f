/**
 * Which columns a case list shows and how wide they are, remembered per user: in this
 * window's localStorage, keyed by the list, the register and the user's id (the register
 * has no per-user settings of its own; the reminder panel's "open" choice is kept in
 * localStorage too, see deadlines/ReminderCentre.tsx). Only what differs from the
 * defaults is stored, so a column added later shows as its default says.
 *
 * Reading it is one getItem at the list's first draw: no wait, no extra render.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AppStatus } from '../../../../shared/features/app';
import { call } from '../../api/client';
import { queryKey } from '../../api/hooks';

export interface ColumnPrefs {
  /** Field → shown (true) or hidden (false), where the user chose otherwise than the default. */
  shown: Record<string, boolean>;
  /** Field → width in px, where the user resized the column. */
  widths: Record<string, number>;
}

const EMPTY: ColumnPrefs = { shown: {}, widths: {} };
const PREFIX = 'sagsoverblik.caseColumns.v1';

/** The storage key of the current user in the open register; null before someone is chosen. */
const userKey = (status: AppStatus): string | null =>
  status.currentUser ? `${status.registerPath}\u0000${status.currentUser.id}` : null;

function parse(text: string | null): ColumnPrefs {
  if (!text) return EMPTY;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return EMPTY;
    const { shown, widths } = value as Partial<Record<keyof ColumnPrefs, unknown>>;
    return {
      shown: pick(shown, (v): v is boolean => typeof v === 'boolean'),
      widths: pick(widths, (v): v is number => typeof v === 'number' && Number.isFinite(v)),
    };
  } catch {
    return EMPTY;
  }
}

function pick<T>(value: unknown, ok: (v: unknown) => v is T): Record<string, T> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, T] => ok(e[1])));
}

// The stored text (a string compares by value, so React sees no change until it changes).
// Storage may be unavailable: then nothing is remembered, and the defaults show.
function readRaw(key: string | null): string | null {
  if (!key) return null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

// The lists in this window that follow a key (another window's changes come as 'storage' events).
const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function write(key: string | null, prefs: ColumnPrefs) {
  if (!key) return;
  try {
    if (Object.keys(prefs.shown).length === 0 && Object.keys(prefs.widths).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(prefs));
  } catch {
    // Not remembered.
  }
  listeners.forEach((l) => l());
}

export interface ColumnPrefsApi {
  prefs: ColumnPrefs;
  /** Shows or hides a column; `byDefault` is whether it is shown when nothing is chosen. */
  setShown: (field: string, shown: boolean, byDefault: boolean) => void;
  /** A new width; `byDefault` is the column's default width. */
  setWidth: (field: string, width: number, byDefault: number) => void;
  /** Back to the default columns and widths. */
  reset: () => void;
}

/** The column choice of the current user for one list ('mine' or 'team'). */
export function useColumnPrefs(list: string): ColumnPrefsApi {
  // The status the boot script already has; only the key is selected, so a refetch
  // (the status carries the backend's clock) does not redraw the list.
  const user =
    useQuery({ queryKey: queryKey('app.status', {}), queryFn: () => call('app.status', {}), staleTime: 30_000, select: userKey }).data ?? null;
  const key = user === null ? null : `${PREFIX}.${list}\u0000${user}`;
  const raw = useSyncExternalStore(subscribe, () => readRaw(key));
  const prefs = useMemo(() => parse(raw), [raw]);

  const update = useCallback((change: (current: ColumnPrefs) => ColumnPrefs) => write(key, change(parse(readRaw(key)))), [key]);
  const setShown = useCallback(
    (field: string, shown: boolean, byDefault: boolean) =>
      update((p) => ({ ...p, shown: without(p.shown, field, shown === byDefault ? undefined : shown) })),
    [update],
  );
  const setWidth = useCallback(
    (field: string, width: number, byDefault: number) =>
      update((p) => ({ ...p, widths: without(p.widths, field, width === byDefault ? undefined : width) })),
    [update],
  );
  const reset = useCallback(() => update(() => EMPTY), [update]);
  return { prefs, setShown, setWidth, reset };
}

/** `record` with `field` set to `value`, or without it when `value` is undefined. */
function without<T>(record: Record<string, T>, field: string, value: T | undefined): Record<string, T> {
  const next = { ...record };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}
