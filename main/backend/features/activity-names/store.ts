/**
 * Reading and writing list entries. Every write adds a version row (who, when,
 * which fields changed from what to what) in the caller's transaction: the history
 * is data and never rewritten.
 */
import type Database from 'better-sqlite3';
import { AppError, notFound } from '../../../../shared/api/errors';
import type { ActivityName, ActivityNameData, NameVersion } from '../../../../shared/features/activity-names';
import { nameKey } from './matching';

export interface NameRow {
  id: number;
  name: string;
  phase: string;
  area: string;
  content: string;
  guidance: string;
  example: string;
  synonyms: string;
  sort_order: number;
  is_other: number;
  active: number;
  version: number;
  updated_at: string;
}

export const toName = (r: NameRow): ActivityName => ({
  id: r.id,
  name: r.name,
  phase: r.phase as ActivityName['phase'],
  area: r.area as ActivityName['area'],
  content: r.content,
  guidance: r.guidance,
  example: r.example,
  synonyms: JSON.parse(r.synonyms) as string[],
  sortOrder: r.sort_order,
  isOther: r.is_other === 1,
  active: r.active === 1,
  version: r.version,
  updatedAt: r.updated_at,
});

const ORDER = `CASE phase WHEN 'sagsåbning' THEN 1 WHEN 'sagsoplysning' THEN 2 WHEN 'sagsvurdering' THEN 3
  WHEN 'afgørelse' THEN 4 WHEN 'bestilling' THEN 5 ELSE 6 END, is_other, sort_order, id`;

/** The whole list in reading order (phase, then sort order). It is small: tens of rows, never thousands. */
export function allNames(raw: Database.Database, includeRetired = true): ActivityName[] {
  const rows = raw.prepare(`SELECT * FROM activity_names ${includeRetired ? '' : 'WHERE active = 1'} ORDER BY ${ORDER}`).all() as NameRow[];
  return rows.map(toName);
}

export function getName(raw: Database.Database, id: number): ActivityName {
  const row = raw.prepare('SELECT * FROM activity_names WHERE id = ?').get(id) as NameRow | undefined;
  if (!row) throw notFound('Aktivitetsnavnet');
  return toName(row);
}

export function findByKey(raw: Database.Database, name: string): ActivityName | undefined {
  const row = raw.prepare('SELECT * FROM activity_names WHERE name_key = ?').get(nameKey(name)) as NameRow | undefined;
  return row && toName(row);
}

type Field = keyof ActivityNameData | 'active';
const FIELDS: Field[] = ['name', 'phase', 'area', 'content', 'guidance', 'example', 'synonyms', 'sortOrder', 'isOther', 'active'];
const show = (v: unknown): string | null => (v === undefined || v === null ? null : Array.isArray(v) ? v.join(', ') : String(v));

function changesBetween(before: Partial<Record<Field, unknown>> | null, after: Record<Field, unknown>) {
  return FIELDS.filter((f) => show(before?.[f]) !== show(after[f])).map((f) => ({ field: f, from: before ? show(before[f]) : null, to: show(after[f]) }));
}

function assertFree(raw: Database.Database, data: ActivityNameData, selfId: number | null) {
  const clash = raw.prepare('SELECT id FROM activity_names WHERE name_key = ? AND id IS NOT ?').get(nameKey(data.name), selfId);
  if (clash) throw new AppError('CONFLICT', `Navnet "${data.name}" findes allerede på listen.`, { name: 'Navnet findes allerede.' });
  if (data.isOther) {
    const other = raw.prepare('SELECT id FROM activity_names WHERE is_other = 1 AND id IS NOT ?').get(selfId);
    if (other) throw new AppError('CONFLICT', 'Listen har allerede et "Andet"-navn. Der kan kun være ét.', { isOther: 'Der kan kun være ét "Andet"-navn.' });
  }
}

type Action = NameVersion['action'];

function addVersion(raw: Database.Database, id: number, version: number, action: Action, changes: unknown, at: string, userId: number | null) {
  raw
    .prepare('INSERT INTO activity_name_versions (activity_name_id, version, action, changes, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, version, action, JSON.stringify(changes), at, userId);
}

export function insertName(raw: Database.Database, data: ActivityNameData, at: string, userId: number | null, action: Action = 'oprettet'): number {
  assertFree(raw, data, null);
  const id = Number(
    raw
      .prepare(
        `INSERT INTO activity_names (name, name_key, phase, area, content, guidance, example, synonyms, sort_order, is_other, active, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
      )
      .run(data.name, nameKey(data.name), data.phase, data.area, data.content, data.guidance, data.example, JSON.stringify(data.synonyms), data.sortOrder, data.isOther ? 1 : 0, at, at)
      .lastInsertRowid,
  );
  addVersion(raw, id, 1, action, changesBetween(null, { ...data, active: true }), at, userId);
  return id;
}

/** Writes the changed fields; returns false (and writes nothing) when nothing differs. */
export function updateName(
  raw: Database.Database,
  id: number,
  patch: Partial<ActivityNameData> & { active?: boolean },
  at: string,
  userId: number,
  action: Action,
): boolean {
  const before = getName(raw, id);
  const after = { ...before, ...patch };
  const changes = changesBetween(before, after);
  if (changes.length === 0) return false;
  assertFree(raw, after, id);
  const version = before.version + 1;
  raw
    .prepare(
      `UPDATE activity_names SET name = ?, name_key = ?, phase = ?, area = ?, content = ?, guidance = ?, example = ?, synonyms = ?,
         sort_order = ?, is_other = ?, active = ?, version = ?, updated_at = ? WHERE id = ?`,
    )
    .run(after.name, nameKey(after.name), after.phase, after.area, after.content, after.guidance, after.example, JSON.stringify(after.synonyms),
      after.sortOrder, after.isOther ? 1 : 0, after.active ? 1 : 0, version, at, id);
  addVersion(raw, id, version, action, changes, at, userId);
  return true;
}
