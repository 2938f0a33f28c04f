/**
 * A new procedure saved as migration 005 saves the defaults: migrations run
 * synchronously on the raw SQLite handle they are given (db/migrations/types.ts), so
 * they cannot use the async port in features/procedures/store.ts. It writes what saveProcedure writes for
 * a new procedure (row, first version, folder links, the FTS5 indexes of migration 005),
 * and goes when the migrations move onto the port (issue 16).
 */
import type { ProcedureContent } from '../../../../../shared/features/procedures';
import type { Migration } from '../types';
import { defaultProcedures } from '../../../features/procedures';
import { indexTextOf, procedureRow, type SaveMeta } from '../../../features/procedures';

export type MigrationHandle = Parameters<Migration['up']>[0];

export function saveProcedureForMigration(raw: MigrationHandle, content: ProcedureContent, meta: SaveMeta): number {
  const row = procedureRow(content, meta);
  const id = Number(
    raw
      .prepare(
        `INSERT INTO procedures (title, area, status, owner_id, tags, phases, has_checklist, review_interval_months,
           last_reviewed, last_reviewed_by, review_due, current_version, created_at, updated_at)
         VALUES (@title, @area, @status, @owner_id, @tags, @phases, @has_checklist, @review_interval_months,
           @last_reviewed, @last_reviewed_by, @review_due, 1, @updated_at, @updated_at)`,
      )
      .run(row).lastInsertRowid,
  );
  raw
    .prepare('INSERT INTO procedure_versions (procedure_id, version, content, change_note, saved_by, saved_at) VALUES (?, 1, ?, ?, ?, ?)')
    .run(id, JSON.stringify(content), meta.changeNote, meta.by, meta.at);
  for (const p of content.phases) raw.prepare('INSERT INTO procedure_phases (phase, procedure_id) VALUES (?, ?)').run(p, id);
  for (const p of content.paragraphs) raw.prepare('INSERT INTO procedure_paragraphs (paragraph, procedure_id) VALUES (?, ?)').run(p, id);
  const text = indexTextOf(content);
  raw.prepare('INSERT INTO procedure_words (rowid, title, body) VALUES (?, ?, ?)').run(id, text.titleWords, text.bodyWords);
  raw.prepare('INSERT INTO procedure_grams (rowid, title, body) VALUES (?, ?, ?)').run(id, text.titleGrams, text.bodyGrams);
  raw.prepare('INSERT INTO procedure_title_words (rowid, title) VALUES (?, ?)').run(id, text.titleWords);
  raw.prepare('INSERT INTO procedure_title_grams (rowid, title) VALUES (?, ?)').run(id, text.titleGrams);
  return id;
}

/** Migration 005's defaults, saved with the frozen insert above. */
export function loadDefaultProcedures(raw: MigrationHandle, now: Date): number {
  const defaults = defaultProcedures(now);
  for (const { content, meta } of defaults) saveProcedureForMigration(raw, content, meta);
  return defaults.length;
}
