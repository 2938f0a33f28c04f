/** Browsing the library: the folder structure (phase, area, paragraph), paged lists, and the procedures for a case. */
import { sql } from 'kysely';
import { addDays, format, parseISO } from 'date-fns';
import { notFound } from '../../../../shared/api/errors';
import { phases } from '../../../../shared/domain/enums';
import type { CaseProcedure, procedureListInput } from '../../../../shared/features/procedures';
import type { z } from 'zod';
import type { Ctx } from '../../context';
import { dialectOf } from '../../db/dialect';
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
    // Danish order (æ, ø, å after z): the dialect's sort key.
    .orderBy(input.dueForMe ? sql`p.review_due` : dialectOf(ctx.db).sortKey(sql.ref('p.title')))
    .orderBy('p.id')
    .offset(input.offset)
    .limit(input.limit)
    .execute();
  return { rows: await toSummaries(ctx.db, rows, ctx), total: Number(total.n) };
}

export async function folders(ctx: Ctx) {
  const { db } = ctx;
  const live = db.selectFrom('procedures').select('id').where('status', '!=', 'arkiveret');
  const phaseRows = await db.selectFrom('procedure_phases').select(['phase as key', (eb) => eb.fn.countAll().as('n')]).where('procedure_id', 'in', live).groupBy('phase').execute();
  const areaRows = await db.selectFrom('procedures').select(['area as key', (eb) => eb.fn.countAll().as('n')]).where('status', '!=', 'arkiveret').groupBy('area').execute();
  const byParagraph = await db
    .selectFrom('procedure_paragraphs')
    .select(['paragraph as key', (eb) => eb.fn.countAll().as('n')])
    .where('procedure_id', 'in', live)
    .groupBy('paragraph')
    .execute();
  // count(*) is a string on PostgreSQL.
  const byPhase = new Map(phaseRows.map((r) => [r.key, Number(r.n)]));
  const byArea = new Map(areaRows.map((r) => [r.key, Number(r.n)]));
  return {
    phases: phases.map((phase) => ({ phase, count: byPhase.get(phase) ?? 0 })),
    areas: (['børn', 'voksen', 'begge'] as const).map((area) => ({ area, count: byArea.get(area) ?? 0 })),
    // In the order of the paragraph list, so the folders read like the law.
    paragraphs: ctx.reference.paragraphs
      .map((p) => ({ code: p.code, label: `${p.short} ${p.title}`, count: Number(byParagraph.find((r) => r.key === p.code)?.n ?? 0) }))
      .filter((p) => p.count > 0),
  };
}

/**
 * The current procedures that fit a case: its area (or both), and its paragraphs. A
 * procedure written for paragraphs is offered when the case has one of them, whatever
 * the phase; a general procedure (no paragraphs) when it fits the case's phase. So a
 * child's SEL § 116 case gets the § 116 procedures and the general ones for its phase,
 * never one written for an adult paragraph or for another service. Paragraph and phase
 * first, then paragraph, then phase.
 */
export async function proceduresForCase(ctx: Ctx, caseId: number): Promise<{ rows: CaseProcedure[] }> {
  const db = ctx.db;
  const c = await db.selectFrom('cases').select(['area', 'phase']).where('id', '=', caseId).executeTakeFirst();
  if (!c) throw notFound('Sagen');
  const caseParagraphs = (await db.selectFrom('case_paragraphs').select('paragraph').where('case_id', '=', caseId).orderBy('position').execute()).map(
    (r) => r.paragraph,
  );
  const rows = await db
    .selectFrom('procedures as p')
    .select((eb) => [
      'p.id',
      eb.exists(eb.selectFrom('procedure_phases as f').select('f.phase').whereRef('f.procedure_id', '=', 'p.id').where('f.phase', '=', c.phase)).as('by_phase'),
      caseParagraphs.length
        ? eb
            .exists(eb.selectFrom('procedure_paragraphs as g').select('g.paragraph').whereRef('g.procedure_id', '=', 'p.id').where('g.paragraph', 'in', caseParagraphs))
            .as('by_paragraph')
        : sql<number>`0`.as('by_paragraph'),
      eb.exists(eb.selectFrom('procedure_paragraphs as h').select('h.paragraph').whereRef('h.procedure_id', '=', 'p.id')).as('has_paragraphs'),
    ])
    .where('p.status', '=', 'gældende')
    .where('p.area', 'in', [c.area, 'begge'])
    .where((eb) =>
      eb.or([
        ...(caseParagraphs.length
          ? [eb('p.id', 'in', eb.selectFrom('procedure_paragraphs').select('procedure_id').where('paragraph', 'in', caseParagraphs))]
          : []),
        eb.and([
          eb('p.id', 'in', eb.selectFrom('procedure_phases').select('procedure_id').where('phase', '=', c.phase)),
          eb.not(eb.exists(eb.selectFrom('procedure_paragraphs as k').select('k.paragraph').whereRef('k.procedure_id', '=', 'p.id'))),
        ]),
      ]),
    )
    .orderBy(sql`by_paragraph DESC`)
    .orderBy(sql`by_phase DESC`)
    .orderBy(dialectOf(db).sortKey(sql.ref('p.title')))
    .orderBy('p.id')
    .limit(50)
    .execute();
  if (!rows.length) return { rows: [] };
  const ids = rows.map((r) => r.id);
  const shared = new Map<number, string[]>();
  if (caseParagraphs.length) {
    const links = await db.selectFrom('procedure_paragraphs').select(['procedure_id', 'paragraph']).where('procedure_id', 'in', ids).where('paragraph', 'in', caseParagraphs).execute();
    for (const l of links) shared.set(l.procedure_id, [...(shared.get(l.procedure_id) ?? []), l.paragraph]);
  }
  const found = await summariesQuery(ctx.db).where('p.id', 'in', ids).execute();
  const summaries = new Map((await toSummaries(ctx.db, found, ctx)).map((s) => [s.id, s]));
  return {
    rows: rows.map((r) => ({
      ...summaries.get(r.id)!,
      // In the case's order of paragraphs.
      matchedParagraphs: caseParagraphs.filter((p) => shared.get(r.id)?.includes(p)).map((p) => ctx.reference.short(p)),
      matchesPhase: Boolean(r.by_phase),
    })),
  };
}
