import { AppError, notFound } from '../../../../shared/api/errors';
import type { ProcedureContent, proceduresContract } from '../../../../shared/features/procedures';
import type { Ctx, HandlersFor } from '../../context';
import { closedDayCheck, runsForCase, startRun, tick } from './checklists';
import { confirmImport, previewImport } from './import';
import { listProcedures, proceduresForCase, folders } from './list';
import { loadDetail } from './queries';
import { searchProcedures } from './search';
import { searchSuggestions } from './suggest';
import { reviewDueOf, saveProcedure } from './store';

/** Owner must be an active user; paragraphs must be on the list and fit the area. */
async function checkContent(ctx: Ctx, c: ProcedureContent): Promise<void> {
  for (const code of c.paragraphs) {
    const p = ctx.reference.paragraph(code);
    if (!p) throw new AppError('VALIDATION', `Paragraffen ${code} findes ikke på listen.`, { paragraphs: 'Ukendt paragraf.' });
    if (c.area !== 'begge' && p.area !== 'begge' && p.area !== c.area) {
      const message = `${p.short} passer ikke til det valgte område.`;
      throw new AppError('VALIDATION', message, { paragraphs: message });
    }
  }
  if (c.ownerId !== null) {
    const owner = await ctx.db.selectFrom('users').select('active').where('id', '=', c.ownerId).executeTakeFirst();
    if (!owner || owner.active !== 1) {
      throw new AppError('VALIDATION', 'Tovholderen findes ikke eller er ikke aktiv.', { ownerId: 'Vælg en aktiv bruger.' });
    }
  }
}

async function current(ctx: Ctx, id: number) {
  const row = await ctx.db
    .selectFrom('procedures')
    .select(['current_version', 'last_reviewed', 'last_reviewed_by', 'review_interval_months'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Arbejdsgangen');
  return row;
}

export const procedureHandlers: HandlersFor<typeof proceduresContract> = {
  'procedures.list': (input, ctx) => listProcedures(ctx, input),
  'procedures.folders': (_input, ctx) => folders(ctx),
  'procedures.search': async (input, ctx) => {
    const options = { includeArchived: input.includeArchived, today: ctx.today() };
    const rows = await searchProcedures(ctx.db, input.query, { ...options, limit: input.limit });
    return { rows, suggestions: rows.length ? [] : await searchSuggestions(ctx.db, input.query, options) };
  },
  'procedures.get': (input, ctx) => loadDetail(ctx, input.id, input.version),
  'procedures.versions': async (input, ctx) => {
    await current(ctx, input.id);
    const rows = await ctx.db
      .selectFrom('procedure_versions as v')
      .leftJoin('users as u', 'u.id', 'v.saved_by')
      .select(['v.version', 'v.change_note', 'v.saved_at', 'u.name', 'v.content'])
      .where('v.procedure_id', '=', input.id)
      .orderBy('v.version', 'desc')
      .execute();
    // Each version's title is read from its saved content (JSON, the same on every engine).
    return {
      rows: rows.map((r) => ({
        version: r.version,
        changeNote: r.change_note,
        savedAt: r.saved_at,
        savedByName: r.name,
        title: (JSON.parse(r.content) as ProcedureContent).title,
      })),
    };
  },
  'procedures.create': async (input, ctx) => {
    await checkContent(ctx, input);
    const by = ctx.user.id;
    const id = await saveProcedure(ctx.db, input, { changeNote: 'Oprettet', by, at: ctx.now().toISOString(), lastReviewed: ctx.today(), lastReviewedBy: by });
    return loadDetail(ctx, id);
  },
  'procedures.update': async (input, ctx) => {
    const { id, baseVersion, changeNote, ...content } = input;
    const row = await current(ctx, id);
    if (row.current_version !== baseVersion) {
      throw new AppError('CONFLICT', 'En anden har gemt en nyere version, mens du redigerede. Åbn arbejdsgangen igen, og skriv dine ændringer ind i den nye version.');
    }
    await checkContent(ctx, content);
    const by = ctx.user.id;
    // Editing is a review: whoever saves has just read the text through.
    await saveProcedure(ctx.db, content, { changeNote, by, at: ctx.now().toISOString(), lastReviewed: ctx.today(), lastReviewedBy: by }, {
      id,
      version: row.current_version,
    });
    return loadDetail(ctx, id);
  },
  'procedures.markReviewed': async (input, ctx) => {
    const { review_interval_months: interval } = await current(ctx, input.id);
    await ctx.db
      .updateTable('procedures')
      .set({ last_reviewed: ctx.today(), last_reviewed_by: ctx.user.id, review_due: reviewDueOf(ctx.today(), interval), updated_at: ctx.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
    return loadDetail(ctx, input.id);
  },
  'procedures.forCase': (input, ctx) => proceduresForCase(ctx, input.caseId),
  'procedures.importPreview': async (input, ctx) => ({ rows: await previewImport(ctx, input.files) }),
  'procedures.importConfirm': async (input, ctx) => {
    for (const p of input.procedures) await checkContent(ctx, p);
    return { ids: await confirmImport(ctx, input.procedures) };
  },
  'checklists.forCase': async (input, ctx) => ({ rows: await runsForCase(ctx, input.caseId) }),
  'checklists.start': (input, ctx) => startRun(ctx, input.caseId, input.procedureId),
  'checklists.tick': (input, ctx) => tick(ctx, input.runId, input.index, input.checked),
  'checklists.closedDayCheck': (input) => closedDayCheck(input.date),
};
