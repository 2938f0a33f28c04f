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
  /** The new expected decision date from the latest written notice to the citizen (migration 006). */
  expected_decision_date: string | null;
  /** When a receipt for the written enquiry is due; NULL for cases from before receipts were tracked (migration 006). */
  receipt_due: string | null;
  receipt_date: string | null;
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
  /** The next follow-up (migration 006, features/deadlines). */
  follow_up_date: string | null;
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

/** Name search words, kept by triggers on citizens (migration 010, shared/domain/name-search.ts). */
export interface CitizenNameWordsTable {
  word: string;
  name_sort: string;
  citizen_id: number;
}

/** The handover of a young person to the adult area at 18 (migration 012); rows are never changed. */
export interface TransitionHandoversTable {
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
}

export interface TransitionHandoverCasesTable {
  handover_id: number;
  case_id: number;
  decision: 'close' | 'keep' | 'handOver';
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  method: string;
  action: 'read' | 'change';
  citizen_id: number | null;
  case_id: number | null;
}

/** The activity naming list (migration 004). */
export interface ActivityNamesTable {
  id: Generated<number>;
  name: string;
  /** nameKey(name): case and spacing do not make two names different. */
  name_key: string;
  phase: string;
  area: string;
  content: string;
  guidance: string;
  example: string;
  /** JSON array of strings. */
  synonyms: string;
  sort_order: number;
  is_other: number;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ActivityNameVersionsTable {
  id: Generated<number>;
  activity_name_id: number;
  version: number;
  action: 'oprettet' | 'ændret' | 'udgået' | 'genaktiveret' | 'importeret';
  /** JSON array of { field, from, to }. */
  changes: string;
  changed_at: string;
  changed_by: number | null;
}

export interface ActivityNameMappingsTable {
  id: Generated<number>;
  from_name: string;
  to_id: number;
  count: number;
  mapped_at: string;
  mapped_by: number;
  undone_at: string | null;
  undone_by: number | null;
}

export interface ActivityNameMappingItemsTable {
  mapping_id: number;
  activity_id: number;
  old_activity_name_id: number | null;
}

/** Non-standard names with their counts, kept by triggers on activities (migration 009). */
export interface ActivityNonstandardNamesTable {
  name: string;
  n: number;
  via_other: number;
}

/** The procedure library (migration 005); its full-text indexes are the dialect's (db/dialect). */
export interface ProceduresTable {
  id: Generated<number>;
  title: string;
  area: string;
  status: string;
  owner_id: number | null;
  /** JSON arrays of strings. */
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
}

export interface ProcedureVersionsTable {
  procedure_id: number;
  version: number;
  /** The whole ProcedureContent as JSON. */
  content: string;
  change_note: string;
  saved_by: number | null;
  saved_at: string;
}

export interface ProcedurePhasesTable {
  phase: string;
  procedure_id: number;
}

export interface ProcedureParagraphsTable {
  paragraph: string;
  procedure_id: number;
}

export interface ChecklistRunsTable {
  id: Generated<number>;
  case_id: number;
  procedure_id: number;
  version: number;
  /** JSON array of item texts, as the procedure's version had them. */
  items: string;
  started_by: number;
  started_at: string;
}

export interface ChecklistTicksTable {
  id: Generated<number>;
  run_id: number;
  item_index: number;
  checked: number;
  by_user: number;
  at: string;
}

/** Handover (migration 008): one row per team, who tells the family and within how many working days. */
export interface HandoverSettingsTable {
  team_id: number;
  notify_by: 'teamleder' | 'modtager';
  notify_days: number;
  updated_at: string;
  updated_by: number | null;
}

export interface ShiftsTable {
  id: Generated<number>;
  kind: 'planlagt' | 'uplanlagt';
  from_user_id: number;
  team_id: number;
  shift_date: string;
  reason: string;
  status: 'forberedes' | 'gennemført';
  meeting_date: string | null;
  meeting_participants: Generated<string>;
  created_at: string;
  created_by: number;
  executed_at: string | null;
}

export interface ShiftCasesTable {
  shift_id: number;
  case_id: number;
  to_user_id: number;
  position: number;
  minutes: Generated<number>;
  cover_until: string | null;
  essentials: Generated<string>;
  deviation: Generated<string>;
  agreements: Generated<string>;
  knowledge_elsewhere: Generated<string>;
  family_told: Generated<string>;
  taken_over_at: string | null;
  taken_over_by: number | null;
}

export interface ShiftQuestionsTable {
  id: Generated<number>;
  shift_id: number;
  case_id: number;
  question: string;
  asked_by: number;
  asked_at: string;
  answer: string | null;
  answered_by: number | null;
  answered_at: string | null;
}

/** The case returns to return_user_id after until_date. */
export interface TemporaryCoversTable {
  id: Generated<number>;
  case_id: number;
  shift_id: number | null;
  cover_user_id: number;
  return_user_id: number;
  until_date: string;
  created_at: string;
  ended_at: string | null;
  end_note: string | null;
}

export interface NotificationTasksTable {
  id: Generated<number>;
  shift_id: number;
  case_id: number;
  recipient_role: 'borger' | 'forældremyndighed' | 'partsrepræsentant' | 'værge';
  recipient_name: string;
  recipient_phone: Generated<string>;
  new_user_id: number;
  responsible_user_id: number;
  channel: 'digital_post' | 'telefon' | 'brev';
  due_date: string;
  done_on: string | null;
  done_channel: 'digital_post' | 'telefon' | 'brev' | null;
  done_by: number | null;
  created_at: string;
}

/** The stamkort (migration 003): one card per citizen, a JSON document per section; history and confirmations are append-only. */
export interface StamkortTable {
  citizen_id: number;
  version: Generated<number>;
  confirmed_on: string | null;
  confirmed_at: string | null;
  confirmed_by: number | null;
  updated_at: string;
}

export interface StamkortSectionsTable {
  citizen_id: number;
  section: string;
  /** JSON: StoredSection (features/stamkort/rules.ts). */
  data: string;
  version: number;
  updated_at: string;
  updated_by: number;
}

export interface StamkortHistoryTable {
  id: Generated<number>;
  citizen_id: number;
  section: string;
  version: number;
  field: string;
  old_value: string;
  new_value: string;
  changed_at: string;
  changed_by: number;
}

export interface StamkortConfirmationsTable {
  id: Generated<number>;
  citizen_id: number;
  confirmed_on: string;
  confirmed_at: string;
  confirmed_by: number;
}

/** Reminder tasks marked done (migration 006): transition steps, follow-ups. */
export interface TasksDoneTable {
  kind: string;
  subject_id: number;
  due: string;
  done_by: number;
  done_at: string;
}

/** Follow-up period per service type (migration 006); the type compares without case. */
export interface FollowUpRulesTable {
  service_type: string;
  months: number;
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
  audit_log: AuditLogTable;
  deadline_rules: DeadlineRulesTable;
  deadline_settings: DeadlineSettingsTable;
  deadline_events: DeadlineEventsTable;
  activity_names: ActivityNamesTable;
  activity_name_versions: ActivityNameVersionsTable;
  activity_name_mappings: ActivityNameMappingsTable;
  activity_name_mapping_items: ActivityNameMappingItemsTable;
  activity_nonstandard_names: ActivityNonstandardNamesTable;
  procedures: ProceduresTable;
  procedure_versions: ProcedureVersionsTable;
  procedure_phases: ProcedurePhasesTable;
  procedure_paragraphs: ProcedureParagraphsTable;
  checklist_runs: ChecklistRunsTable;
  checklist_ticks: ChecklistTicksTable;
  citizen_name_words: CitizenNameWordsTable;
  transition_handovers: TransitionHandoversTable;
  transition_handover_cases: TransitionHandoverCasesTable;
  handover_settings: HandoverSettingsTable;
  shifts: ShiftsTable;
  shift_cases: ShiftCasesTable;
  shift_questions: ShiftQuestionsTable;
  temporary_covers: TemporaryCoversTable;
  notification_tasks: NotificationTasksTable;
  stamkort: StamkortTable;
  stamkort_sections: StamkortSectionsTable;
  stamkort_history: StamkortHistoryTable;
  stamkort_confirmations: StamkortConfirmationsTable;
  tasks_done: TasksDoneTable;
  follow_up_rules: FollowUpRulesTable;
}
