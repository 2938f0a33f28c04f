// Type aliases, not interfaces: withTables needs an index-signature-compatible shape.
/** Kysely's view of this feature's tables (added to the register's DB type locally). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export type ProceduresTable = {
  id: number;
  title: string;
  area: string;
  status: string;
  owner_id: number | null;
  tags: string;
  phases: string;
  has_checklist: number;
  review_interval_months: number;
  last_reviewed: string | null;
  last_reviewed_by: number | null;
  review_due: string;
  current_version: number;
  created_at: string;
  updated_at: string;
};

export type ProcedureTables = {
  procedures: ProceduresTable;
  procedure_versions: { procedure_id: number; version: number; content: string; change_note: string; saved_by: number | null; saved_at: string };
  procedure_phases: { phase: string; procedure_id: number };
  procedure_paragraphs: { paragraph: string; procedure_id: number };
  checklist_runs: { id: number; case_id: number; procedure_id: number; version: number; items: string; started_by: number; started_at: string };
  checklist_ticks: { id: number; run_id: number; item_index: number; checked: number; by_user: number; at: string };
};

export const withProcedures = (db: Kysely<DB>) => db.withTables<ProcedureTables>();
