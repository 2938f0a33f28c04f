/**
 * Writing procedures: one function used by the handlers, the import, the migration
 * (defaults) and the demo generator, so the current row, the version history, the
 * folder links and both search indexes always move together, in one transaction.
 */
import { addMonths, format, parseISO } from 'date-fns';
import type { ProcedureContent } from '../../../../shared/features/procedures';
import { dialectOf, type ProcedureIndexText } from '../../db/dialect';
import { atomically, type Db } from '../../db/transaction';
import { gramIndexText, wordIndexText } from './text';

export function reviewDueOf(lastReviewed: string, intervalMonths: number): string {
  return format(addMonths(parseISO(lastReviewed), intervalMonths), 'yyyy-MM-dd');
}

/** The body a search looks in (the title is indexed on its own, weighted higher). */
export function searchBody(c: ProcedureContent): string {
  return [
    c.purpose,
    ...c.steps.map((s) => `${s.what} ${s.who} ${s.when}`),
    ...c.involvement.map((i) => `${i.who} ${i.why} ${i.when}`),
    c.time,
    ...c.checklist,
    ...c.tags,
    ...c.legalLinks.map((l) => l.label),
  ]
    .filter(Boolean)
    .join('\n');
}

export interface SaveMeta {
  changeNote: string;
  by: number | null;
  at: string;
  /** When the content was last checked to be right (YYYY-MM-DD). */
  lastReviewed: string;
  lastReviewedBy: number | null;
}

/** The current row's columns for `content` saved with `meta`. */
export function procedureRow(content: ProcedureContent, meta: SaveMeta) {
  return {
    title: content.title,
    area: content.area,
    status: content.status,
    owner_id: content.ownerId,
    tags: JSON.stringify(content.tags),
    phases: JSON.stringify(content.phases),
    has_checklist: content.checklist.length ? 1 : 0,
    review_interval_months: content.reviewIntervalMonths,
    last_reviewed: meta.lastReviewed,
    last_reviewed_by: meta.lastReviewedBy,
    review_due: reviewDueOf(meta.lastReviewed, content.reviewIntervalMonths),
    updated_at: meta.at,
  };
}

/** The normalised text the search indexes hold for `content`. */
export function indexTextOf(content: ProcedureContent): ProcedureIndexText {
  const body = searchBody(content);
  return { titleWords: wordIndexText(content.title), bodyWords: wordIndexText(body), titleGrams: gramIndexText(content.title), bodyGrams: gramIndexText(body) };
}

/** Saves a new procedure (id undefined) or a new version of one, in one transaction. Returns the id. */
export function saveProcedure(db: Db, content: ProcedureContent, meta: SaveMeta, existing?: { id: number; version: number }): Promise<number> {
  return atomically(db, async (trx) => {
    const row = procedureRow(content, meta);
    let id: number;
    let version: number;
    if (existing) {
      id = existing.id;
      version = existing.version + 1;
      await trx.updateTable('procedures').set({ ...row, current_version: version }).where('id', '=', id).execute();
      await trx.deleteFrom('procedure_phases').where('procedure_id', '=', id).execute();
      await trx.deleteFrom('procedure_paragraphs').where('procedure_id', '=', id).execute();
    } else {
      ({ id } = await trx.insertInto('procedures').values({ ...row, current_version: 1, created_at: meta.at }).returning('id').executeTakeFirstOrThrow());
      version = 1;
    }
    await trx
      .insertInto('procedure_versions')
      .values({ procedure_id: id, version, content: JSON.stringify(content), change_note: meta.changeNote, saved_by: meta.by, saved_at: meta.at })
      .execute();
    if (content.phases.length) await trx.insertInto('procedure_phases').values(content.phases.map((phase) => ({ phase, procedure_id: id }))).execute();
    if (content.paragraphs.length) {
      await trx.insertInto('procedure_paragraphs').values(content.paragraphs.map((paragraph) => ({ paragraph, procedure_id: id }))).execute();
    }
    await dialectOf(trx).indexProcedure(trx, id, indexTextOf(content));
    return id;
  });
}
