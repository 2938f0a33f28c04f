/** Reading procedures: summaries for lists and folders, and one procedure in full. */
import type { Kysely, Selectable } from 'kysely';
import { notFound } from '../../../../shared/api/errors';
import type { Phase } from '../../../../shared/domain/enums';
import type { ProcedureContent, ProcedureDetail, ProcedureSummary, ProcedureStatus } from '../../../../shared/features/procedures';
import type { Ctx } from '../../context';
import type { DB, ProceduresTable } from '../../db/schema';
import type { Reference } from '../../reference';

export type SummaryRow = Pick<
  Selectable<ProceduresTable>,
  'id' | 'title' | 'area' | 'status' | 'tags' | 'phases' | 'has_checklist' | 'last_reviewed' | 'review_due' | 'current_version'
> & { owner_name: string | null };

export const summaryColumns = [
  'p.id',
  'p.title',
  'p.area',
  'p.status',
  'p.tags',
  'p.phases',
  'p.has_checklist',
  'p.last_reviewed',
  'p.review_due',
  'p.current_version',
  'o.name as owner_name',
] as const;

export function summariesQuery(db: Kysely<DB>) {
  return db.selectFrom('procedures as p').leftJoin('users as o', 'o.id', 'p.owner_id').select(summaryColumns);
}

/** Paragraph labels per procedure, for one page of rows (one query). */
async function paragraphsOf(db: Kysely<DB>, ids: number[], reference: Reference): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('procedure_paragraphs')
    .select(['procedure_id', 'paragraph'])
    .where('procedure_id', 'in', ids)
    .execute();
  for (const r of rows) map.set(r.procedure_id, [...(map.get(r.procedure_id) ?? []), reference.short(r.paragraph)]);
  return map;
}

export async function toSummaries(db: Kysely<DB>, rows: SummaryRow[], ctx: Pick<Ctx, 'reference' | 'today'>): Promise<ProcedureSummary[]> {
  const paragraphs = await paragraphsOf(db, rows.map((r) => r.id), ctx.reference);
  const today = ctx.today();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    area: r.area as ProcedureSummary['area'],
    status: r.status as ProcedureStatus,
    phases: JSON.parse(r.phases) as Phase[],
    paragraphs: paragraphs.get(r.id) ?? [],
    tags: JSON.parse(r.tags) as string[],
    version: r.current_version,
    hasChecklist: r.has_checklist === 1,
    ownerName: r.owner_name,
    lastReviewed: r.last_reviewed,
    reviewDue: r.review_due,
    outOfDate: r.review_due < today,
  }));
}

export async function loadDetail(ctx: Ctx, id: number, version?: number): Promise<ProcedureDetail> {
  const db = ctx.db;
  const p = await summariesQuery(ctx.db).where('p.id', '=', id).executeTakeFirst();
  if (!p) throw notFound('Arbejdsgangen');
  const v = await db
    .selectFrom('procedure_versions as v')
    .leftJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.content', 'v.change_note', 'v.saved_at', 'u.name as saved_by_name'])
    .where('v.procedure_id', '=', id)
    .where('v.version', '=', version ?? p.current_version)
    .executeTakeFirst();
  if (!v) throw notFound('Versionen');
  const content = JSON.parse(v.content) as ProcedureContent;
  return {
    ...content,
    warnBeforeClosedDays: content.warnBeforeClosedDays ?? false,
    id,
    version: p.current_version,
    shownVersion: v.version,
    paragraphLabels: content.paragraphs.map((c) => ctx.reference.short(c)),
    changeNote: v.change_note,
    savedAt: v.saved_at,
    savedByName: v.saved_by_name,
    ownerName: p.owner_name,
    lastReviewed: p.last_reviewed,
    reviewDue: p.review_due,
    outOfDate: p.review_due < ctx.today(),
  };
}
