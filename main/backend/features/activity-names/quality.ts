/**
 * Data quality: the non-standard names in the register, the bulk rename onto a
 * standard name (recorded, undoable) and the share of standard names per
 * caseworker and team. Every query here runs on the partial index
 * activities_nonstandard or the covering index activities_date_author_standard.
 */
import type Database from 'better-sqlite3';
import { AppError, notFound } from '../../../../shared/api/errors';
import { addDays, format, parseISO } from 'date-fns';
import type { ActivityName, NameMapping, ShareRow } from '../../../../shared/features/activity-names';
import type { Ctx } from '../../context';
import { suggester } from './matching';
import { allNames, getName } from './store';

export function nonStandardPage(raw: Database.Database, offset: number, limit: number) {
  // Counts kept per name by triggers (migration 009): the page does not group the journal.
  const rows = raw
    .prepare('SELECT name, n, via_other FROM activity_nonstandard_names ORDER BY n DESC, name LIMIT ? OFFSET ?')
    .all(limit, offset) as { name: string; n: number; via_other: number }[];
  const { total } = raw.prepare('SELECT count(*) AS total FROM activity_nonstandard_names').get() as { total: number };
  const suggestFor = suggestions(allNames(raw, false));
  return {
    total,
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

interface MappingRow {
  id: number;
  from_name: string;
  to_id: number;
  to_name: string;
  count: number;
  mapped_at: string;
  mapped_by: string;
  undone_at: string | null;
  undone_by: string | null;
}
const MAPPING_SELECT = `SELECT m.id, m.from_name, m.to_id, n.name AS to_name, m.count, m.mapped_at, m.undone_at,
    mu.initials || ' – ' || mu.name AS mapped_by, CASE WHEN uu.id IS NULL THEN NULL ELSE uu.initials || ' – ' || uu.name END AS undone_by
  FROM activity_name_mappings m JOIN activity_names n ON n.id = m.to_id JOIN users mu ON mu.id = m.mapped_by LEFT JOIN users uu ON uu.id = m.undone_by`;
const toMapping = (r: MappingRow): NameMapping => ({
  id: r.id,
  fromName: r.from_name,
  toId: r.to_id,
  toName: r.to_name,
  count: r.count,
  mappedAt: r.mapped_at,
  mappedBy: r.mapped_by,
  undoneAt: r.undone_at,
  undoneBy: r.undone_by,
});
const getMapping = (raw: Database.Database, id: number): NameMapping => {
  const row = raw.prepare(`${MAPPING_SELECT} WHERE m.id = ?`).get(id) as MappingRow | undefined;
  if (!row) throw notFound('Omdøbningen');
  return toMapping(row);
};

export function mappingsPage(raw: Database.Database, offset: number, limit: number) {
  const rows = raw.prepare(`${MAPPING_SELECT} ORDER BY m.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as MappingRow[];
  const { n } = raw.prepare('SELECT count(*) AS n FROM activity_name_mappings').get() as { n: number };
  return { rows: rows.map(toMapping), total: n };
}

/** Renames every activity written with `fromName` (non-standard) to the standard entry `toId`, in one transaction. */
export function mapName(ctx: Ctx, fromName: string, toId: number): NameMapping {
  const { raw } = ctx;
  const target = getName(raw, toId);
  if (!target.active || target.isOther) {
    throw new AppError('VALIDATION', 'Vælg et aktivt standardnavn at omdøbe til.', { toId: 'Vælg et aktivt navn fra listen (ikke Andet).' });
  }
  const id = raw.transaction(() => {
    const affected = raw.prepare('SELECT id, activity_name_id FROM activities WHERE standard = 0 AND name = ?').all(fromName) as { id: number; activity_name_id: number | null }[];
    if (affected.length === 0) throw new AppError('NOT_FOUND', `Der er ingen aktiviteter med navnet "${fromName}", der mangler et standardnavn.`);
    const mappingId = Number(
      raw
        .prepare('INSERT INTO activity_name_mappings (from_name, to_id, count, mapped_at, mapped_by) VALUES (?, ?, ?, ?, ?)')
        .run(fromName, toId, affected.length, ctx.now().toISOString(), ctx.user.id).lastInsertRowid,
    );
    const item = raw.prepare('INSERT INTO activity_name_mapping_items (mapping_id, activity_id, old_activity_name_id) VALUES (?, ?, ?)');
    for (const a of affected) item.run(mappingId, a.id, a.activity_name_id);
    raw.prepare('UPDATE activities SET name = ?, activity_name_id = ?, standard = 1 WHERE standard = 0 AND name = ?').run(target.name, toId, fromName);
    return mappingId;
  })();
  return getMapping(raw, id);
}

/** Puts every activity the mapping renamed back as it was; the mapping stays in the history, marked undone. */
export function undoMapping(ctx: Ctx, id: number): NameMapping {
  const { raw } = ctx;
  const mapping = getMapping(raw, id);
  if (mapping.undoneAt) throw new AppError('CONFLICT', 'Omdøbningen er allerede fortrudt.');
  raw.transaction(() => {
    raw
      .prepare(
        `UPDATE activities SET name = @from, standard = 0,
           activity_name_id = (SELECT i.old_activity_name_id FROM activity_name_mapping_items i WHERE i.mapping_id = @id AND i.activity_id = activities.id)
         WHERE id IN (SELECT activity_id FROM activity_name_mapping_items WHERE mapping_id = @id)`,
      )
      .run({ from: mapping.fromName, id });
    raw.prepare('UPDATE activity_name_mappings SET undone_at = ?, undone_by = ? WHERE id = ?').run(ctx.now().toISOString(), ctx.user.id, id);
  })();
  return getMapping(raw, id);
}

export const SHARE_DAYS = 90;

/**
 * Share of activities dated in the last 90 days (today included) that use a standard name.
 * The planner would otherwise skip-scan activities_author_date and read every row; the
 * covering date index answers from the index alone (SQLite's INDEXED BY; on PostgreSQL a plain index does).
 */
export function shareFigures(raw: Database.Database, today: string) {
  const from = format(addDays(parseISO(today), -(SHARE_DAYS - 1)), 'yyyy-MM-dd');
  const counts = raw
    .prepare(
      `SELECT author_id, count(*) AS total, sum(standard) AS standard FROM activities INDEXED BY activities_date_author_standard
       WHERE activity_date BETWEEN ? AND ? GROUP BY author_id`,
    )
    .all(from, today) as { author_id: number; total: number; standard: number }[];
  const byAuthor = new Map(counts.map((c) => [c.author_id, c]));
  const users = raw
    .prepare('SELECT u.id, u.initials, u.name, u.active, t.id AS team_id, t.name AS team FROM users u JOIN teams t ON t.id = u.team_id ORDER BY t.name, u.initials')
    .all() as { id: number; initials: string; name: string; active: number; team_id: number; team: string }[];
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
