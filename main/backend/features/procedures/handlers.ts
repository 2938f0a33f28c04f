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
function checkContent(ctx: Ctx, c: ProcedureContent): void {
  for (const code of c.paragraphs) {
    const p = ctx.reference.paragraph(code);
    if (!p) throw new AppError('VALIDATION', `Paragraffen ${code} findes ikke på listen.`, { paragraphs: 'Ukendt paragraf.' });
    if (c.area !== 'begge' && p.area !== 'begge' && p.area !== c.area) {
      const message = `${p.short} passer ikke til det valgte område.`;
      throw new AppError('VALIDATION', message, { paragraphs: message });
    }
  }
  if (c.ownerId !== null) {
    const owner = ctx.raw.prepare('SELECT active FROM users WHERE id = ?').get(c.ownerId) as { active: number } | undefined;
    if (!owner || owner.active !== 1) {
      throw new AppError('VALIDATION', 'Tovholderen findes ikke eller er ikke aktiv.', { ownerId: 'Vælg en aktiv bruger.' });
    }
  }
}

function current(ctx: Ctx, id: number) {
  const row = ctx.raw.prepare('SELECT current_version, last_reviewed, last_reviewed_by FROM procedures WHERE id = ?').get(id) as
    | { current_version: number; last_reviewed: string | null; last_reviewed_by: number | null }
    | undefined;
  if (!row) throw notFound('Arbejdsgangen');
  return row;
}

export const procedureHandlers: HandlersFor<typeof proceduresContract> = {
  'procedures.list': (input, ctx) => listProcedures(ctx, input),
  'procedures.folders': (_input, ctx) => folders(ctx),
  'procedures.search': async (input, ctx) => {
    const options = { includeArchived: input.includeArchived, today: ctx.today() };
    const rows = searchProcedures(ctx.raw, input.query, { ...options, limit: input.limit });
    return { rows, suggestions: rows.length ? [] : await searchSuggestions(ctx.db, ctx.raw, input.query, options) };
  },
  'procedures.get': (input, ctx) => loadDetail(ctx, input.id, input.version),
  'procedures.versions': (input, ctx) => {
    current(ctx, input.id);
    const rows = ctx.raw
      .prepare(
        `SELECT v.version, v.change_note, v.saved_at, u.name, json_extract(v.content, '$.title') AS title
         FROM procedure_versions v LEFT JOIN users u ON u.id = v.saved_by WHERE v.procedure_id = ? ORDER BY v.version DESC`,
      )
      .all(input.id) as { version: number; change_note: string; saved_at: string; name: string | null; title: string }[];
    return { rows: rows.map((r) => ({ version: r.version, changeNote: r.change_note, savedAt: r.saved_at, savedByName: r.name, title: r.title })) };
  },
  'procedures.create': (input, ctx) => {
    checkContent(ctx, input);
    const by = ctx.user.id;
    const id = ctx.raw.transaction(() =>
      saveProcedure(ctx.raw, input, { changeNote: 'Oprettet', by, at: ctx.now().toISOString(), lastReviewed: ctx.today(), lastReviewedBy: by }),
    )();
    return loadDetail(ctx, id);
  },
  'procedures.update': (input, ctx) => {
    const { id, baseVersion, changeNote, ...content } = input;
    const row = current(ctx, id);
    if (row.current_version !== baseVersion) {
      throw new AppError('CONFLICT', 'En anden har gemt en nyere version, mens du redigerede. Åbn arbejdsgangen igen, og skriv dine ændringer ind i den nye version.');
    }
    checkContent(ctx, content);
    const by = ctx.user.id;
    // Editing is a review: whoever saves has just read the text through.
    ctx.raw.transaction(() =>
      saveProcedure(ctx.raw, content, { changeNote, by, at: ctx.now().toISOString(), lastReviewed: ctx.today(), lastReviewedBy: by }, {
        id,
        version: row.current_version,
      }),
    )();
    return loadDetail(ctx, id);
  },
  'procedures.markReviewed': (input, ctx) => {
    current(ctx, input.id);
    const interval = (ctx.raw.prepare('SELECT review_interval_months AS m FROM procedures WHERE id = ?').get(input.id) as { m: number }).m;
    ctx.raw
      .prepare('UPDATE procedures SET last_reviewed = ?, last_reviewed_by = ?, review_due = ?, updated_at = ? WHERE id = ?')
      .run(ctx.today(), ctx.user.id, reviewDueOf(ctx.today(), interval), ctx.now().toISOString(), input.id);
    return loadDetail(ctx, input.id);
  },
  'procedures.forCase': (input, ctx) => proceduresForCase(ctx, input.caseId),
  'procedures.importPreview': async (input, ctx) => ({ rows: await previewImport(ctx, input.files) }),
  'procedures.importConfirm': (input, ctx) => {
    for (const p of input.procedures) checkContent(ctx, p);
    return { ids: confirmImport(ctx, input.procedures) };
  },
  'checklists.forCase': (input, ctx) => ({ rows: runsForCase(ctx, input.caseId) }),
  'checklists.start': (input, ctx) => startRun(ctx, input.caseId, input.procedureId),
  'checklists.tick': (input, ctx) => tick(ctx, input.runId, input.index, input.checked),
  'checklists.closedDayCheck': (input) => closedDayCheck(input.date),
};
