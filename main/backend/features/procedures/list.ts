/** Browsing the library: the folder structure (phase, area, paragraph), paged lists, and the procedures for a case. */
import { sql } from 'kysely';
import { addDays, format, parseISO } from 'date-fns';
import { notFound } from '../../../../shared/api/errors';
import { phases, type Phase } from '../../../../shared/domain/enums';
import type { procedureListInput, ProcedureSummary } from '../../../../shared/features/procedures';
import type { z } from 'zod';
import type { Ctx } from '../../context';
import { summariesQuery, toSummaries } from './queries';

/** "Due for review" for an owner: past due or due within this many days. */
export const DUE_SOON_DAYS = 30;

export async function listProcedures(ctx: Ctx, input: z.output<typeof procedureListInput>) {
  let q = summariesQuery(ctx.db);
  if (input.phase) {
    const phase = input.phase;
    q = q.where('p.id', 'in', (eb) => eb.selectFrom('procedure_phases').select('procedure_id').where('phase', '=', phase));
  }
  if (input.paragraph) {
    const paragraph = input.paragraph;
    q = q.where('p.id', 'in', (eb) => eb.selectFrom('procedure_paragraphs').select('procedure_id').where('paragraph', '=', paragraph));
  }
  if (input.area) q = q.where('p.area', 'in', input.area === 'begge' ? ['begge'] : [input.area, 'begge']);
  if (input.status) q = q.where('p.status', '=', input.status);
  else if (!input.dueForMe) q = q.where('p.status', '!=', 'arkiveret');
  if (input.dueForMe) {
    const soon = format(addDays(parseISO(ctx.today()), DUE_SOON_DAYS), 'yyyy-MM-dd');
    q = q.where('p.owner_id', '=', ctx.user.id).where('p.review_due', '<=', soon).where('p.status', '!=', 'arkiveret');
  }
  const total = await q.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    // Danish order (æ, ø, å after z) through the sort-key function the register registers.
    .orderBy(input.dueForMe ? sql`p.review_due` : sql`danish_sort_key(p.title)`)
    .orderBy('p.id')
    .offset(input.offset)
    .limit(input.limit)
    .execute();
  return { rows: await toSummaries(ctx.db, rows, ctx), total: Number(total.n) };
}

export function folders(ctx: Ctx) {
  const count = (sqlText: string) => ctx.raw.prepare(sqlText).all() as { key: string; n: number }[];
  const live = "SELECT id FROM procedures WHERE status != 'arkiveret'";
  const byPhase = new Map(count(`SELECT phase AS key, count(*) AS n FROM procedure_phases WHERE procedure_id IN (${live}) GROUP BY phase`).map((r) => [r.key, r.n]));
  const byArea = new Map(count(`SELECT area AS key, count(*) AS n FROM procedures WHERE status != 'arkiveret' GROUP BY area`).map((r) => [r.key, r.n]));
  const byParagraph = count(`SELECT paragraph AS key, count(*) AS n FROM procedure_paragraphs WHERE procedure_id IN (${live}) GROUP BY paragraph`);
  return {
    phases: phases.map((phase) => ({ phase, count: byPhase.get(phase) ?? 0 })),
    areas: (['børn', 'voksen', 'begge'] as const).map((area) => ({ area, count: byArea.get(area) ?? 0 })),
    // In the order of the paragraph list, so the folders read like the law.
    paragraphs: ctx.reference.paragraphs
      .map((p) => ({ code: p.code, label: `${p.short} ${p.title}`, count: byParagraph.find((r) => r.key === p.code)?.n ?? 0 }))
      .filter((p) => p.count > 0),
  };
}

/** Current procedures for the case's area that fit its phase or one of its paragraphs; both first. */
export async function proceduresForCase(ctx: Ctx, caseId: number): Promise<{ rows: ProcedureSummary[] }> {
  const c = ctx.raw.prepare('SELECT area, phase FROM cases WHERE id = ?').get(caseId) as { area: string; phase: Phase } | undefined;
  if (!c) throw notFound('Sagen');
  const rows = ctx.raw
    .prepare(
      `SELECT p.id,
         EXISTS (SELECT 1 FROM procedure_phases f WHERE f.procedure_id = p.id AND f.phase = @phase) AS by_phase,
         EXISTS (SELECT 1 FROM procedure_paragraphs g JOIN case_paragraphs cp ON cp.paragraph = g.paragraph
                 WHERE g.procedure_id = p.id AND cp.case_id = @caseId) AS by_paragraph
       FROM procedures p
       WHERE p.status = 'gældende' AND p.area IN (@area, 'begge')
         AND (p.id IN (SELECT procedure_id FROM procedure_phases WHERE phase = @phase)
              OR p.id IN (SELECT g.procedure_id FROM procedure_paragraphs g JOIN case_paragraphs cp ON cp.paragraph = g.paragraph WHERE cp.case_id = @caseId))
       ORDER BY (by_phase + by_paragraph) DESC, danish_sort_key(p.title)
       LIMIT 50`,
    )
    .all({ phase: c.phase, caseId, area: c.area }) as { id: number }[];
  if (!rows.length) return { rows: [] };
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const found = await summariesQuery(ctx.db).where('p.id', 'in', rows.map((r) => r.id)).execute();
  const summaries = await toSummaries(ctx.db, found, ctx);
  return { rows: summaries.sort((a, b) => order.get(a.id)! - order.get(b.id)!) };
}
