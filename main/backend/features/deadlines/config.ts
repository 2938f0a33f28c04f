/** The team's deadline configuration: rules per paragraph/case type, settings, follow-up periods. */
import type Database from 'better-sqlite3';
import { addMonths, format, parseISO } from 'date-fns';
import type { Kysely } from 'kysely';
import { addPeriod, type DeadlineUnit } from '../../../../shared/domain/calendar';
import type { DeadlineSettings } from '../../../../shared/features/deadlines';
import type { DB } from '../../db/schema';
import './schema';

export interface RuleRow {
  id: number;
  paragraph: string;
  case_type: string;
  amount: number;
  unit: DeadlineUnit;
  note: string;
  updated_at: string;
  updated_by_name: string | null;
}

const DEFAULT_SETTINGS: DeadlineSettings = { warningDays: 14, idleDays: 30, receiptDays: 10, followUpMonths: 3 };

function settingsFrom(rows: { key: string; value: number }[]): DeadlineSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const r of rows) if (r.key in settings) settings[r.key as keyof DeadlineSettings] = r.value;
  return settings;
}

export function loadSettings(raw: Database.Database): DeadlineSettings {
  return settingsFrom(raw.prepare('SELECT key, value FROM deadline_settings').all() as { key: string; value: number }[]);
}

/** The same, on the connection (and transaction) the call holds. */
export async function loadSettingsOn(db: Kysely<DB>): Promise<DeadlineSettings> {
  return settingsFrom(await db.selectFrom('deadline_settings').select(['key', 'value']).execute());
}

export function loadRules(raw: Database.Database): RuleRow[] {
  return raw
    .prepare(
      `SELECT r.id, r.paragraph, r.case_type, r.amount, r.unit, r.note, r.updated_at, u.name AS updated_by_name
       FROM deadline_rules r LEFT JOIN users u ON u.id = r.updated_by ORDER BY r.paragraph, r.case_type`,
    )
    .all() as RuleRow[];
}

/** A service's first follow-up: its type's period, else the general one, after the start. */
export function followUpDateFor(raw: Database.Database, serviceType: string, startDate: string): string {
  const rule = raw.prepare('SELECT months FROM follow_up_rules WHERE service_type = ?').get(serviceType) as { months: number } | undefined;
  const months = rule?.months ?? loadSettings(raw).followUpMonths;
  return format(addMonths(parseISO(startDate), months), 'yyyy-MM-dd');
}

/** The receipt for a written enquiry is due this many days after it was received. */
export async function receiptDueFor(db: Kysely<DB>, received: string): Promise<string> {
  return addPeriod(received, (await loadSettingsOn(db)).receiptDays, 'dage');
}
