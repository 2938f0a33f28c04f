// Type aliases, not interfaces: withTables needs an index-signature-compatible shape.
/**
 * Kysely's view of the tables this feature reads and writes beyond the register's core
 * (added to the DB type locally, as features/procedures/tables.ts does): its own tables
 * (migration 012), the deadlines feature's tasks_done (006), the stamkort's sections (003)
 * and the naming list (004).
 */
import type { Generated, Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export type TransitionHandoversTable = {
  id: Generated<number>;
  citizen_id: number;
  handover_date: string;
  eighteenth_birthday: string;
  from_user_id: number;
  from_team_id: number;
  to_user_id: number;
  to_team_id: number;
  adult_case_id: number;
  adult_case_created: number;
  /** JSON: SummaryFacts (shared/features/transition.ts). */
  facts: string;
  situation: string;
  cross_meeting: string;
  services_note: string;
  family_note: string;
  created_at: string;
  created_by: number;
};

export type TransitionTables = {
  transition_handovers: TransitionHandoversTable;
  transition_handover_cases: { handover_id: number; case_id: number; decision: string };
  tasks_done: { kind: string; subject_id: number; due: string; done_by: number; done_at: string };
  stamkort_sections: { citizen_id: number; section: string; data: string; version: number; updated_at: string; updated_by: number };
  activity_names: { id: number; name: string; area: string; active: number; is_other: number };
};

export type TransitionDb = Kysely<DB & TransitionTables>;

export const withTransition = (db: Kysely<DB>): TransitionDb => db.withTables<TransitionTables>();
