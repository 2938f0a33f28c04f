/**
 * The list's insert as migration 004 runs it: migrations run synchronously on the raw
 * SQLite handle they are given (db/migrations/types.ts), so they cannot use the async
 * port in features/activity-names/store.ts. A migration must not change meaning later either: this is its
 * frozen copy, and it goes when the migrations move onto the port (issue 16).
 */
import type { ActivityNameData } from '../../../../../shared/features/activity-names';
import type { Migration } from '../types';
import { nameKey } from '../../../features/activity-names';

type MigrationHandle = Parameters<Migration['up']>[0];

export function insertNameForMigration(raw: MigrationHandle, data: ActivityNameData, at: string, userId: number | null): number {
  const id = Number(
    raw
      .prepare(
        `INSERT INTO activity_names (name, name_key, phase, area, content, guidance, example, synonyms, sort_order, is_other, active, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
      )
      .run(data.name, nameKey(data.name), data.phase, data.area, data.content, data.guidance, data.example, JSON.stringify(data.synonyms), data.sortOrder, data.isOther ? 1 : 0, at, at)
      .lastInsertRowid,
  );
  const fields = ['name', 'phase', 'area', 'content', 'guidance', 'example', 'synonyms', 'sortOrder', 'isOther', 'active'] as const;
  const after: Record<(typeof fields)[number], unknown> = { ...data, active: true };
  const show = (v: unknown): string | null => (v === undefined || v === null ? null : Array.isArray(v) ? v.join(', ') : String(v));
  const changes = fields.filter((f) => show(after[f]) !== null).map((f) => ({ field: f, from: null, to: show(after[f]) }));
  raw
    .prepare('INSERT INTO activity_name_versions (activity_name_id, version, action, changes, changed_at, changed_by) VALUES (?, 1, ?, ?, ?, ?)')
    .run(id, 'oprettet', JSON.stringify(changes), at, userId);
  return id;
}
