/**
 * Reading and writing list entries. Every write adds a version row (who, when,
 * which fields changed from what to what) in the same transaction (the caller's when
 * there is one): the history is data and never rewritten.
 */
import { sql, type Selectable } from 'kysely';
import { AppError, notFound } from '../../../../shared/api/errors';
import type { ActivityName, ActivityNameData, NameVersion } from '../../../../shared/features/activity-names';
import type { ActivityNamesTable } from '../../db/schema';
import { atomically, type Db } from '../../db/transaction';
import { nameKey } from './matching';

// Migration 004 seeds the list synchronously on its raw handle, under this name.

export type NameRow = Selectable<ActivityNamesTable>;

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

// Standard SQL: the list's reading order (phase, then "Andet" last in it, then sort order).
const ORDER = sql`CASE phase WHEN 'sagsåbning' THEN 1 WHEN 'sagsoplysning' THEN 2 WHEN 'sagsvurdering' THEN 3
  WHEN 'afgørelse' THEN 4 WHEN 'bestilling' THEN 5 ELSE 6 END`;

/** The whole list in reading order (phase, then sort order). It is small: tens of rows, never thousands. */
export async function allNames(db: Db, includeRetired = true): Promise<ActivityName[]> {
  let q = db.selectFrom('activity_names').selectAll();
  if (!includeRetired) q = q.where('active', '=', 1);
  const rows = await q.orderBy(ORDER).orderBy('is_other').orderBy('sort_order').orderBy('id').execute();
  return rows.map(toName);
}

export async function getName(db: Db, id: number): Promise<ActivityName> {
  const row = await db.selectFrom('activity_names').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Aktivitetsnavnet');
  return toName(row);
}

export async function findByKey(db: Db, name: string): Promise<ActivityName | undefined> {
  const row = await db.selectFrom('activity_names').selectAll().where('name_key', '=', nameKey(name)).executeTakeFirst();
  return row && toName(row);
}

type Field = keyof ActivityNameData | 'active';
const FIELDS: Field[] = ['name', 'phase', 'area', 'content', 'guidance', 'example', 'synonyms', 'sortOrder', 'isOther', 'active'];
const show = (v: unknown): string | null => (v === undefined || v === null ? null : Array.isArray(v) ? v.join(', ') : String(v));

function changesBetween(before: Partial<Record<Field, unknown>> | null, after: Record<Field, unknown>) {
  return FIELDS.filter((f) => show(before?.[f]) !== show(after[f])).map((f) => ({ field: f, from: before ? show(before[f]) : null, to: show(after[f]) }));
}

async function assertFree(db: Db, data: ActivityNameData, selfId: number | null) {
  // `id != self` only when there is a self: ids are never null, and `IS NOT ?` is SQLite's.
  const others = () => {
    const q = db.selectFrom('activity_names').select('id');
    return selfId === null ? q : q.where('id', '!=', selfId);
  };
  const clash = await others().where('name_key', '=', nameKey(data.name)).executeTakeFirst();
  if (clash) throw new AppError('CONFLICT', `Navnet "${data.name}" findes allerede på listen.`, { name: 'Navnet findes allerede.' });
  if (data.isOther) {
    const other = await others().where('is_other', '=', 1).executeTakeFirst();
    if (other) throw new AppError('CONFLICT', 'Listen har allerede et "Andet"-navn. Der kan kun være ét.', { isOther: 'Der kan kun være ét "Andet"-navn.' });
  }
}

type Action = NameVersion['action'];

async function addVersion(db: Db, id: number, version: number, action: Action, changes: unknown, at: string, userId: number | null) {
  await db
    .insertInto('activity_name_versions')
    .values({ activity_name_id: id, version, action, changes: JSON.stringify(changes), changed_at: at, changed_by: userId })
    .execute();
}

/** The columns every write sets from an entry's data. */
const columnsOf = (data: ActivityNameData) => ({
  name: data.name,
  name_key: nameKey(data.name),
  phase: data.phase,
  area: data.area,
  content: data.content,
  guidance: data.guidance,
  example: data.example,
  synonyms: JSON.stringify(data.synonyms),
  sort_order: data.sortOrder,
  is_other: data.isOther ? 1 : 0,
});

/** Adds an entry with its first version row, in one transaction. */
export function addName(db: Db, data: ActivityNameData, at: string, userId: number | null, action: Action = 'oprettet'): Promise<number> {
  return atomically(db, async (trx) => {
    await assertFree(trx, data, null);
    const { id } = await trx
      .insertInto('activity_names')
      .values({ ...columnsOf(data), active: 1, version: 1, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addVersion(trx, id, 1, action, changesBetween(null, { ...data, active: true }), at, userId);
    return id;
  });
}

/**
 * Writes the changed fields with a version row, in one transaction; returns false (and
 * writes nothing) when nothing differs. `before` saves reading the entry when the caller has it.
 */
export function updateName(
  db: Db,
  id: number,
  patch: Partial<ActivityNameData> & { active?: boolean },
  at: string,
  userId: number,
  action: Action,
  before?: ActivityName,
): Promise<boolean> {
  return atomically(db, async (trx) => {
    const current = before ?? (await getName(trx, id));
    const after = { ...current, ...patch };
    const changes = changesBetween(current, after);
    if (changes.length === 0) return false;
    await assertFree(trx, after, id);
    const version = current.version + 1;
    await trx
      .updateTable('activity_names')
      .set({ ...columnsOf(after), active: after.active ? 1 : 0, version, updated_at: at })
      .where('id', '=', id)
      .execute();
    await addVersion(trx, id, version, action, changes, at, userId);
    return true;
  });
}
