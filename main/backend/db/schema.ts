/** Kysely's view of the register's tables (snake_case as in SQL). */
import type { Generated } from 'kysely';

export interface TeamsTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  initials: string;
  name: string;
  role: string;
  team_id: number;
  active: number;
  created_at: string;
}

export interface CitizensTable {
  id: Generated<number>;
  cpr: string;
  name: string;
  /** Danish sort key, see shared/domain/collation.ts */
  name_sort: string;
  address: string;
  postal_code: string;
  city: string;
  protected_address: number;
  /** Derived from the CPR number at write time, stored for indexing and age queries. */
  birth_date: string;
  gender: string;
  substitute_cpr: number;
  created_at: string;
  updated_at: string;
}

export interface CasesTable {
  id: Generated<number>;
  case_number: string;
  citizen_id: number;
  area: string;
  case_type: string;
  kle_number: string;
  handlingsfacet: string;
  phase: string;
  state: string;
  received_date: string;
  /** The case's own processing deadline (the rule's, or the caseworker's), from its received date. */
  deadline: string | null;
  /** The deadline that runs now; NULL when no decision awaits (migration 011, services/decision-deadlines.ts). */
  pending_deadline: Generated<string | null>;
  next_follow_up: string | null;
  caseworker_id: number;
  /** Maintained by a trigger on activities. */
  last_activity_date: string | null;
  created_at: string;
  updated_at: string;
}

export interface CaseParagraphsTable {
  case_id: number;
  paragraph: string;
  position: number;
}

export interface CaseAssignmentsTable {
  id: Generated<number>;
  case_id: number;
  user_id: number;
  from_at: string;
  to_at: string | null;
  reason: string;
  assigned_by: number | null;
}

export interface ActivitiesTable {
  id: Generated<number>;
  case_id: number;
  activity_date: string;
  name: string;
  note: string;
  author_id: number;
  created_at: string;
  /** The naming-list entry it was picked from (issue 4); null for legacy free text. */
  activity_name_id: Generated<number | null>;
  /** 1 when picked from the list and not "Andet" (issue 4). */
  standard: Generated<number>;
}

export interface ApplicationsTable {
  id: Generated<number>;
  case_id: number;
  paragraph: string;
  received_date: string;
  status: string;
  decision_date: string | null;
  /** This application's own processing deadline, from its received date (migration 011). */
  deadline: Generated<string | null>;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface ServicesTable {
  id: Generated<number>;
  citizen_id: number;
  case_id: number | null;
  service_type: string;
  paragraph: string;
  provider: string;
  start_date: string;
  end_date: string | null;
  scope: string;
  created_at: string;
  updated_at: string;
}

export interface DeadlineRulesTable {
  id: Generated<number>;
  paragraph: string;
  /** '' for the paragraph's general rule. */
  case_type: string;
  amount: number;
  unit: string;
  note: string;
  updated_at: string;
  updated_by: number | null;
}

export interface DeadlineSettingsTable {
  key: string;
  value: number;
}

export interface DeadlineEventsTable {
  id: Generated<number>;
  case_id: number;
  kind: 'notice' | 'receipt';
  event_date: string;
  expected_date: string | null;
  note: string;
  created_by: number;
  created_at: string;
}

export interface RegisterInfoTable {
  key: string;
  value: string;
}

export interface DB {
  teams: TeamsTable;
  users: UsersTable;
  citizens: CitizensTable;
  cases: CasesTable;
  case_paragraphs: CaseParagraphsTable;
  case_assignments: CaseAssignmentsTable;
  activities: ActivitiesTable;
  applications: ApplicationsTable;
  services: ServicesTable;
  register_info: RegisterInfoTable;
  deadline_rules: DeadlineRulesTable;
  deadline_settings: DeadlineSettingsTable;
  deadline_events: DeadlineEventsTable;
}
