/** The team's deadline configuration: rules per paragraph/case type, settings, follow-up periods. */
import { addMonths, format, parseISO } from 'date-fns';
import { addPeriod, type DeadlineUnit } from '../../../../shared/domain/calendar';
import type { DeadlineSettings } from '../../../../shared/features/deadlines';
import type { Db } from '../../db/transaction';

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

export async function loadSettings(db: Db): Promise<DeadlineSettings> {
  const settings = { ...DEFAULT_SETTINGS };
  for (const r of await db.selectFrom('deadline_settings').select(['key', 'value']).execute()) {
    if (r.key in settings) settings[r.key as keyof DeadlineSettings] = r.value;
  }
  return settings;
}

export async function loadRules(db: Db): Promise<RuleRow[]> {
  const rows = await db
    .selectFrom('deadline_rules as r')
    .leftJoin('users as u', 'u.id', 'r.updated_by')
    .select(['r.id', 'r.paragraph', 'r.case_type', 'r.amount', 'r.unit', 'r.note', 'r.updated_at', 'u.name as updated_by_name'])
    .orderBy('r.paragraph')
    .orderBy('r.case_type')
    .execute();
  return rows.map((r) => ({ ...r, unit: r.unit as DeadlineUnit }));
}

/** A service's first follow-up: its type's period, else the general one, after the start. */
export async function followUpDateFor(db: Db, serviceType: string, startDate: string): Promise<string> {
  // service_type compares without case (NOCASE on SQLite, register_nocase on PostgreSQL).
  const rule = await db.selectFrom('follow_up_rules').select('months').where('service_type', '=', serviceType).executeTakeFirst();
  const months = rule?.months ?? (await loadSettings(db)).followUpMonths;
  return format(addMonths(parseISO(startDate), months), 'yyyy-MM-dd');
}

/** The receipt for a written enquiry is due this many days after it was received. */
export async function receiptDueFor(db: Db, received: string): Promise<string> {
  return addPeriod(received, (await loadSettings(db)).receiptDays, 'dage');
}
