/**
 * Data quality: the non-standard names in the register, the bulk rename onto a
 * standard name (recorded, undoable) and the share of standard names per
 * caseworker and team. Every query here runs on the partial index
 * activities_nonstandard or the covering index activities_date_author_standard.
 */
import { sql } from 'kysely';
import { AppError, notFound } from '../../../../shared/api/errors';
import { addDays, format, parseISO } from 'date-fns';
import type { ActivityName, NameMapping, ShareRow } from '../../../../shared/features/activity-names';
import type { Ctx } from '../../context';
import { dialectOf } from '../../db/dialect';
import { atomically, type Db } from '../../db/transaction';
import { suggester } from './matching';
import { allNames, getName } from './store';

/** Rows per insert of mapping items: well inside every engine's parameter limit. */
const CHUNK = 500;

export async function nonStandardPage(db: Db, offset: number, limit: number) {
  // Counts kept per name by triggers (migration 009): the page does not group the journal.
  const rows = await db
    .selectFrom('activity_nonstandard_names')
    .select(['name', 'n', 'via_other'])
    .orderBy('n', 'desc')
    .orderBy('name')
    .limit(limit)
    .offset(offset)
    .execute();
  const { total } = await db.selectFrom('activity_nonstandard_names').select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const suggestFor = suggestions(await allNames(db, false));
  return {
    total: Number(total),
    rows: rows.map((r) => {
      const s = suggestFor(r.name);
      return { name: r.name, count: r.n, viaOther: r.via_other, suggestion: s && { id: s.entry.id, name: s.entry.name, matchedOn: s.matchedOn } };
    }),
  };
}

type Suggest = ReturnType<typeof suggester<ActivityName>>;
const REMEMBER_MAX = 10_000;
let remembered: { list: string; suggest: Suggest; byName: Map<string, ReturnType<Suggest>> } | null = null;

/**
 * The fuzzy match is the costly part of a page (each name against every name and
 * synonym on the list), and its answer changes only when the list does: answers are
 * kept per name for the current list, identified by its entries' content.
 */
function suggestions(entries: ActivityName[]): (name: string) => ReturnType<Suggest> {
  const list = JSON.stringify(entries.map((e) => [e.id, e.name, e.synonyms, e.isOther]));
  if (remembered?.list !== list || remembered.byName.size > REMEMBER_MAX) remembered = { list, suggest: suggester(entries), byName: new Map() };
  const { suggest, byName } = remembered;
  return (name) => {
    if (!byName.has(name)) byName.set(name, suggest(name));
    return byName.get(name)!;
  };
}

const who = (initials: string | null, name: string | null) => (initials === null ? null : `${initials} – ${name}`);

/** Mappings with the target's name and who mapped and undid them, newest first. */
const mappingsQuery = (db: Db) =>
  db
    .selectFrom('activity_name_mappings as m')
    .innerJoin('activity_names as n', 'n.id', 'm.to_id')
    .innerJoin('users as mu', 'mu.id', 'm.mapped_by')
    .leftJoin('users as uu', 'uu.id', 'm.undone_by')
    .select(['m.id', 'm.from_name', 'm.to_id', 'n.name as to_name', 'm.count', 'm.mapped_at', 'm.undone_at'])
    .select(['mu.initials as mapped_initials', 'mu.name as mapped_name', 'uu.initials as undone_initials', 'uu.name as undone_name']);

type MappingRow = Awaited<ReturnType<ReturnType<typeof mappingsQuery>['executeTakeFirstOrThrow']>>;

const toMapping = (r: MappingRow): NameMapping => ({
  id: r.id,
  fromName: r.from_name,
  toId: r.to_id,
  toName: r.to_name,
  count: r.count,
  mappedAt: r.mapped_at,
  mappedBy: `${r.mapped_initials} – ${r.mapped_name}`,
  undoneAt: r.undone_at,
  undoneBy: who(r.undone_initials, r.undone_name),
});

async function getMapping(db: Db, id: number): Promise<NameMapping> {
  const row = await mappingsQuery(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Omdøbningen');
  return toMapping(row);
}

export async function mappingsPage(db: Db, offset: number, limit: number) {
  const rows = await mappingsQuery(db).orderBy('m.id', 'desc').limit(limit).offset(offset).execute();
  const { n } = await db.selectFrom('activity_name_mappings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { rows: rows.map(toMapping), total: Number(n) };
}

/** Renames every activity written with `fromName` (non-standard) to the standard entry `toId`, in one transaction. */
export function mapName(ctx: Ctx, fromName: string, toId: number): Promise<NameMapping> {
  return atomically(ctx.db, async (trx) => {
    const target = await getName(trx, toId);
    if (!target.active || target.isOther) {
      throw new AppError('VALIDATION', 'Vælg et aktivt standardnavn at omdøbe til.', { toId: 'Vælg et aktivt navn fra listen (ikke Andet).' });
    }
    const affected = await trx.selectFrom('activities').select(['id', 'activity_name_id']).where('standard', '=', 0).where('name', '=', fromName).execute();
    if (affected.length === 0) throw new AppError('NOT_FOUND', `Der er ingen aktiviteter med navnet "${fromName}", der mangler et standardnavn.`);
    const { id } = await trx
      .insertInto('activity_name_mappings')
      .values({ from_name: fromName, to_id: toId, count: affected.length, mapped_at: ctx.now().toISOString(), mapped_by: ctx.user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < affected.length; i += CHUNK) {
      const items = affected.slice(i, i + CHUNK).map((a) => ({ mapping_id: id, activity_id: a.id, old_activity_name_id: a.activity_name_id }));
      await trx.insertInto('activity_name_mapping_items').values(items).execute();
    }
    await trx.updateTable('activities').set({ name: target.name, activity_name_id: toId, standard: 1 }).where('standard', '=', 0).where('name', '=', fromName).execute();
    return getMapping(trx, id);
  });
}

/** Puts every activity the mapping renamed back as it was; the mapping stays in the history, marked undone. */
export function undoMapping(ctx: Ctx, id: number): Promise<NameMapping> {
  return atomically(ctx.db, async (trx) => {
    const mapping = await getMapping(trx, id);
    if (mapping.undoneAt) throw new AppError('CONFLICT', 'Omdøbningen er allerede fortrudt.');
    await trx
      .updateTable('activities')
      .set((eb) => ({
        name: mapping.fromName,
        standard: 0,
        activity_name_id: eb
          .selectFrom('activity_name_mapping_items as i')
          .select('i.old_activity_name_id')
          .where('i.mapping_id', '=', id)
          .whereRef('i.activity_id', '=', 'activities.id'),
      }))
      .where('id', 'in', (eb) => eb.selectFrom('activity_name_mapping_items').select('activity_id').where('mapping_id', '=', id))
      .execute();
    await trx.updateTable('activity_name_mappings').set({ undone_at: ctx.now().toISOString(), undone_by: ctx.user.id }).where('id', '=', id).execute();
    return getMapping(trx, id);
  });
}

export const SHARE_DAYS = 90;

/**
 * Share of activities dated in the last 90 days (today included) that use a standard name.
 * The planner would otherwise skip-scan activities_author_date and read every row; the
 * covering date index answers from the index alone (SQLite's INDEXED BY; on PostgreSQL a plain index does).
 */
export async function shareFigures(db: Db, today: string) {
  const from = format(addDays(parseISO(today), -(SHARE_DAYS - 1)), 'yyyy-MM-dd');
  const indexed = dialectOf(db).tableIndexedBy('activities', 'activities_date_author_standard');
  const { rows: counted } = await sql<{ author_id: number; total: number | string; standard: number | string | null }>`
    SELECT author_id, count(*) AS total, sum(standard) AS standard FROM ${indexed}
    WHERE activity_date BETWEEN ${from} AND ${today} GROUP BY author_id`.execute(db);
  // count and sum come back as strings on PostgreSQL.
  const counts = counted.map((c) => ({ author_id: c.author_id, total: Number(c.total), standard: Number(c.standard ?? 0) }));
  const byAuthor = new Map(counts.map((c) => [c.author_id, c]));
  const users = await db
    .selectFrom('users as u')
    .innerJoin('teams as t', 't.id', 'u.team_id')
    .select(['u.id', 'u.initials', 'u.name', 'u.active', 't.id as team_id', 't.name as team'])
    .orderBy('t.name')
    .orderBy('u.initials')
    .execute();
  const percent = (std: number, total: number) => (total === 0 ? null : Math.round((1000 * std) / total) / 10);
  const caseworkers: ShareRow[] = [];
  const teams = new Map<number, ShareRow>();
  for (const u of users) {
    const c = byAuthor.get(u.id);
    if (!c && !u.active) continue;
    const total = c?.total ?? 0;
    const standard = c?.standard ?? 0;
    caseworkers.push({ id: u.id, label: `${u.initials} – ${u.name}`, team: u.team, total, standard, percent: percent(standard, total) });
    const t = teams.get(u.team_id) ?? { id: u.team_id, label: u.team, team: u.team, total: 0, standard: 0, percent: null };
    t.total += total;
    t.standard += standard;
    t.percent = percent(t.standard, t.total);
    teams.set(u.team_id, t);
  }
  return { from, to: today, caseworkers, teams: [...teams.values()] };
}
