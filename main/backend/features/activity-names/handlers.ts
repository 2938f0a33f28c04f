/** Everyone uses the list; only super users change it (the contract's `access`, checked by the dispatcher). */
import type { activityNamesContract, NameVersion } from '../../../../shared/features/activity-names';
import type { HandlersFor } from '../../context';
import { searchRank } from './matching';
import { mapName, mappingsPage, nonStandardPage, shareFigures, undoMapping } from './quality';
import { addName, allNames, getName, updateName } from './store';
import { exportList, importList } from './transfer';

export const activityNameHandlers: HandlersFor<typeof activityNamesContract> = {
  'activityNames.list': async (input, ctx) => ({ rows: await allNames(ctx.db, input.includeRetired) }),

  // The list is tens of entries: folding and ranking them in memory answers in well under a millisecond.
  'activityNames.search': async (input, ctx) => {
    const hits = [];
    for (const entry of await allNames(ctx.db, false)) {
      if (input.area && entry.area !== 'begge' && entry.area !== input.area) continue;
      const hit = searchRank(entry, input.query);
      if (hit) hits.push({ entry, ...hit });
    }
    // Keep the list's phase order; with a query, better hits first within nothing else.
    if (input.query.trim() !== '') hits.sort((a, b) => a.rank - b.rank);
    return { rows: hits.slice(0, input.limit).map((h) => ({ ...h.entry, matchedSynonym: h.synonym })) };
  },

  'activityNames.create': async (input, ctx) => {
    const id = await addName(ctx.db, input, ctx.now().toISOString(), ctx.user.id);
    return getName(ctx.db, id);
  },

  'activityNames.update': async (input, ctx) => {
    const { id, ...data } = input;
    await updateName(ctx.db, id, data, ctx.now().toISOString(), ctx.user.id, 'ændret');
    return getName(ctx.db, id);
  },

  'activityNames.setActive': async (input, ctx) => {
    const action = input.active ? 'genaktiveret' : 'udgået';
    await updateName(ctx.db, input.id, { active: input.active }, ctx.now().toISOString(), ctx.user.id, action);
    return getName(ctx.db, input.id);
  },

  'activityNames.versions': async (input, ctx) => {
    const nameId = input.activityNameId;
    let rowsQuery = ctx.db
      .selectFrom('activity_name_versions as v')
      .innerJoin('activity_names as n', 'n.id', 'v.activity_name_id')
      .leftJoin('users as u', 'u.id', 'v.changed_by')
      .select(['v.id', 'v.activity_name_id', 'n.name', 'v.version', 'v.action', 'v.changes', 'v.changed_at', 'u.initials', 'u.name as user_name']);
    let countQuery = ctx.db.selectFrom('activity_name_versions as v').select((eb) => eb.fn.countAll().as('n'));
    if (nameId !== undefined) {
      rowsQuery = rowsQuery.where('v.activity_name_id', '=', nameId);
      countQuery = countQuery.where('v.activity_name_id', '=', nameId);
    }
    const rows = await rowsQuery.orderBy('v.id', 'desc').limit(input.limit).offset(input.offset).execute();
    const { n } = await countQuery.executeTakeFirstOrThrow();
    return {
      total: Number(n),
      rows: rows.map((r) => ({
        id: r.id,
        activityNameId: r.activity_name_id,
        name: r.name,
        version: r.version,
        action: r.action,
        changes: JSON.parse(r.changes) as NameVersion['changes'],
        changedAt: r.changed_at,
        changedBy: r.initials === null ? null : `${r.initials} – ${r.user_name}`,
      })),
    };
  },

  'activityNames.nonStandard': (input, ctx) => nonStandardPage(ctx.db, input.offset, input.limit),
  'activityNames.map': (input, ctx) => mapName(ctx, input.fromName, input.toId),
  'activityNames.mappings': (input, ctx) => mappingsPage(ctx.db, input.offset, input.limit),
  'activityNames.undoMapping': (input, ctx) => undoMapping(ctx, input.id),
  'activityNames.share': (_input, ctx) => shareFigures(ctx.db, ctx.today()),
  'activityNames.export': (input, ctx) => exportList(ctx.db, input.format, ctx.today()),
  'activityNames.import': (input, ctx) => importList(ctx, input.format, Buffer.from(input.base64, 'base64')),
};
