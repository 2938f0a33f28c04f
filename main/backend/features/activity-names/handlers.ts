/** Everyone uses the list; only super users change it (the contract's `access`, checked by the dispatcher). */
import type { activityNamesContract, NameVersion } from '../../../../shared/features/activity-names';
import type { HandlersFor } from '../../context';
import { searchRank } from './matching';
import { mapName, mappingsPage, nonStandardPage, shareFigures, undoMapping } from './quality';
import { allNames, getName, insertName, updateName } from './store';
import { exportList, importList } from './transfer';

interface VersionRow {
  id: number;
  activity_name_id: number;
  name: string;
  version: number;
  action: NameVersion['action'];
  changes: string;
  changed_at: string;
  who: string | null;
}

export const activityNameHandlers: HandlersFor<typeof activityNamesContract> = {
  'activityNames.list': (input, ctx) => ({ rows: allNames(ctx.raw, input.includeRetired) }),

  // The list is tens of entries: folding and ranking them in memory answers in well under a millisecond.
  'activityNames.search': (input, ctx) => {
    const hits = [];
    for (const entry of allNames(ctx.raw, false)) {
      if (input.area && entry.area !== 'begge' && entry.area !== input.area) continue;
      const hit = searchRank(entry, input.query);
      if (hit) hits.push({ entry, ...hit });
    }
    // Keep the list's phase order; with a query, better hits first within nothing else.
    if (input.query.trim() !== '') hits.sort((a, b) => a.rank - b.rank);
    return { rows: hits.slice(0, input.limit).map((h) => ({ ...h.entry, matchedSynonym: h.synonym })) };
  },

  'activityNames.create': (input, ctx) => {
    const id = ctx.raw.transaction(() => insertName(ctx.raw, input, ctx.now().toISOString(), ctx.user.id))();
    return getName(ctx.raw, id);
  },

  'activityNames.update': (input, ctx) => {
    const { id, ...data } = input;
    ctx.raw.transaction(() => updateName(ctx.raw, id, data, ctx.now().toISOString(), ctx.user.id, 'ændret'))();
    return getName(ctx.raw, id);
  },

  'activityNames.setActive': (input, ctx) => {
    const action = input.active ? 'genaktiveret' : 'udgået';
    ctx.raw.transaction(() => updateName(ctx.raw, input.id, { active: input.active }, ctx.now().toISOString(), ctx.user.id, action))();
    return getName(ctx.raw, input.id);
  },

  'activityNames.versions': (input, ctx) => {
    const where = input.activityNameId === undefined ? '' : 'WHERE v.activity_name_id = @nameId';
    const params = { nameId: input.activityNameId ?? null, limit: input.limit, offset: input.offset };
    const rows = ctx.raw
      .prepare(
        `SELECT v.id, v.activity_name_id, n.name, v.version, v.action, v.changes, v.changed_at,
           CASE WHEN u.id IS NULL THEN NULL ELSE u.initials || ' – ' || u.name END AS who
         FROM activity_name_versions v JOIN activity_names n ON n.id = v.activity_name_id LEFT JOIN users u ON u.id = v.changed_by
         ${where} ORDER BY v.id DESC LIMIT @limit OFFSET @offset`,
      )
      .all(params) as VersionRow[];
    const total = (ctx.raw.prepare(`SELECT count(*) AS n FROM activity_name_versions v ${where}`).get(input.activityNameId === undefined ? {} : { nameId: input.activityNameId }) as { n: number }).n;
    return {
      total,
      rows: rows.map((r) => ({
        id: r.id,
        activityNameId: r.activity_name_id,
        name: r.name,
        version: r.version,
        action: r.action,
        changes: JSON.parse(r.changes) as NameVersion['changes'],
        changedAt: r.changed_at,
        changedBy: r.who,
      })),
    };
  },

  'activityNames.nonStandard': (input, ctx) => nonStandardPage(ctx.raw, input.offset, input.limit),
  'activityNames.map': (input, ctx) => {
    return mapName(ctx, input.fromName, input.toId);
  },
  'activityNames.mappings': (input, ctx) => mappingsPage(ctx.raw, input.offset, input.limit),
  'activityNames.undoMapping': (input, ctx) => {
    return undoMapping(ctx, input.id);
  },
  'activityNames.share': (_input, ctx) => shareFigures(ctx.raw, ctx.today()),
  'activityNames.export': (input, ctx) => exportList(ctx.raw, input.format, ctx.today()),
  'activityNames.import': (input, ctx) => {
    return importList(ctx, input.format, Buffer.from(input.base64, 'base64'));
  },
};
