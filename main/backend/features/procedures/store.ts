/**
 * Writing procedures: one function used by the handlers, the import, the migration
 * (defaults) and the demo generator, so the current row, the version history, the
 * folder links and both search indexes always move together. Callers wrap it in a
 * transaction.
 */
import type Database from 'better-sqlite3';
import { addMonths, format, parseISO } from 'date-fns';
import type { ProcedureContent } from '../../../../shared/features/procedures';
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

export interface Statements {
  insert: Database.Statement;
  update: Database.Statement;
  version: Database.Statement;
  clearPhases: Database.Statement;
  clearParagraphs: Database.Statement;
  phase: Database.Statement;
  paragraph: Database.Statement;
  deleteWords: Database.Statement;
  deleteGrams: Database.Statement;
  words: Database.Statement;
  grams: Database.Statement;
  deleteTitleWords: Database.Statement;
  deleteTitleGrams: Database.Statement;
  titleWords: Database.Statement;
  titleGrams: Database.Statement;
}

const cache = new WeakMap<Database.Database, Statements>();

export function statements(raw: Database.Database): Statements {
  let s = cache.get(raw);
  if (!s) {
    s = {
      insert: raw.prepare(`INSERT INTO procedures (title, area, status, owner_id, tags, phases, has_checklist, review_interval_months,
        last_reviewed, last_reviewed_by, review_due, current_version, created_at, updated_at)
        VALUES (@title, @area, @status, @owner, @tags, @phases, @hasChecklist, @interval, @lastReviewed, @lastReviewedBy, @due, 1, @at, @at)`),
      update: raw.prepare(`UPDATE procedures SET title = @title, area = @area, status = @status, owner_id = @owner, tags = @tags,
        phases = @phases, has_checklist = @hasChecklist, review_interval_months = @interval, last_reviewed = @lastReviewed,
        last_reviewed_by = @lastReviewedBy, review_due = @due, current_version = @version, updated_at = @at WHERE id = @id`),
      version: raw.prepare(
        'INSERT INTO procedure_versions (procedure_id, version, content, change_note, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      clearPhases: raw.prepare('DELETE FROM procedure_phases WHERE procedure_id = ?'),
      clearParagraphs: raw.prepare('DELETE FROM procedure_paragraphs WHERE procedure_id = ?'),
      phase: raw.prepare('INSERT INTO procedure_phases (phase, procedure_id) VALUES (?, ?)'),
      paragraph: raw.prepare('INSERT INTO procedure_paragraphs (paragraph, procedure_id) VALUES (?, ?)'),
      deleteWords: raw.prepare('DELETE FROM procedure_words WHERE rowid = ?'),
      deleteGrams: raw.prepare('DELETE FROM procedure_grams WHERE rowid = ?'),
      words: raw.prepare('INSERT INTO procedure_words (rowid, title, body) VALUES (?, ?, ?)'),
      grams: raw.prepare('INSERT INTO procedure_grams (rowid, title, body) VALUES (?, ?, ?)'),
      deleteTitleWords: raw.prepare('DELETE FROM procedure_title_words WHERE rowid = ?'),
      deleteTitleGrams: raw.prepare('DELETE FROM procedure_title_grams WHERE rowid = ?'),
      titleWords: raw.prepare('INSERT INTO procedure_title_words (rowid, title) VALUES (?, ?)'),
      titleGrams: raw.prepare('INSERT INTO procedure_title_grams (rowid, title) VALUES (?, ?)'),
    };
    cache.set(raw, s);
  }
  return s;
}

/** Saves a new procedure (id undefined) or a new version of one. Returns the id. */
export function saveProcedure(raw: Database.Database, content: ProcedureContent, meta: SaveMeta, existing?: { id: number; version: number }): number {
  const s = statements(raw);
  const row = {
    title: content.title,
    area: content.area,
    status: content.status,
    owner: content.ownerId,
    tags: JSON.stringify(content.tags),
    phases: JSON.stringify(content.phases),
    hasChecklist: content.checklist.length ? 1 : 0,
    interval: content.reviewIntervalMonths,
    lastReviewed: meta.lastReviewed,
    lastReviewedBy: meta.lastReviewedBy,
    due: reviewDueOf(meta.lastReviewed, content.reviewIntervalMonths),
    at: meta.at,
  };
  let id: number;
  let version: number;
  if (existing) {
    id = existing.id;
    version = existing.version + 1;
    s.update.run({ ...row, version, id });
    s.clearPhases.run(id);
    s.clearParagraphs.run(id);
    s.deleteWords.run(id);
    s.deleteGrams.run(id);
    s.deleteTitleWords.run(id);
    s.deleteTitleGrams.run(id);
  } else {
    id = Number(s.insert.run(row).lastInsertRowid);
    version = 1;
  }
  s.version.run(id, version, JSON.stringify(content), meta.changeNote, meta.by, meta.at);
  for (const p of content.phases) s.phase.run(p, id);
  for (const p of content.paragraphs) s.paragraph.run(p, id);
  const body = searchBody(content);
  const titleWords = wordIndexText(content.title);
  const titleGrams = gramIndexText(content.title);
  s.words.run(id, titleWords, wordIndexText(body));
  s.grams.run(id, titleGrams, gramIndexText(body));
  s.titleWords.run(id, titleWords);
  s.titleGrams.run(id, titleGrams);
  return id;
}
