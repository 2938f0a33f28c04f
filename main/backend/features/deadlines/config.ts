/** The team's deadline configuration: rules per paragraph/case type, settings, follow-up periods. */
import type Database from 'better-sqlite3';
import { addMonths, format, parseISO } from 'date-fns';
import { addPeriod, closedDayName, deadlineFrom, isWorkingDay, type DeadlineUnit } from '../../../../shared/domain/calendar';
import type { DeadlinePreview, DeadlineSettings } from '../../../../shared/features/deadlines';
import type { Reference } from '../../reference';
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

export function loadSettings(raw: Database.Database): DeadlineSettings {
  const rows = raw.prepare('SELECT key, value FROM deadline_settings').all() as { key: keyof DeadlineSettings; value: number }[];
  const settings = { ...DEFAULT_SETTINGS };
  for (const r of rows) if (r.key in settings) settings[r.key] = r.value;
  return settings;
}

export function loadRules(raw: Database.Database): RuleRow[] {
  return raw
    .prepare(
      `SELECT r.id, r.paragraph, r.case_type, r.amount, r.unit, r.note, r.updated_at, u.name AS updated_by_name
       FROM deadline_rules r LEFT JOIN users u ON u.id = r.updated_by ORDER BY r.paragraph, r.case_type`,
    )
    .all() as RuleRow[];
}

const unitLabel = (amount: number, unit: DeadlineUnit) =>
  amount === 1 ? { dage: '1 dag', uger: '1 uge', måneder: '1 måned' }[unit] : `${amount} ${unit}`;

/**
 * The deadline for a case: for each of its paragraphs the rule for its case type, else the
 * paragraph's general rule; the earliest resulting date wins, because the strictest rule
 * is the one the citizen can hold us to.
 */
export function computeDeadline(
  raw: Database.Database,
  reference: Reference,
  received: string,
  caseType: string,
  paragraphs: string[],
): DeadlinePreview {
  if (paragraphs.length === 0) return { deadline: null, basis: null, movedFrom: null };
  const rules = raw
    .prepare(`SELECT paragraph, case_type, amount, unit FROM deadline_rules WHERE paragraph IN (${paragraphs.map(() => '?').join(',')})`)
    .all(...paragraphs) as Pick<RuleRow, 'paragraph' | 'case_type' | 'amount' | 'unit'>[];
  let best: DeadlinePreview = { deadline: null, basis: null, movedFrom: null };
  for (const paragraph of paragraphs) {
    const rule =
      rules.find((r) => r.paragraph === paragraph && r.case_type !== '' && r.case_type.toLowerCase() === caseType.toLowerCase()) ??
      rules.find((r) => r.paragraph === paragraph && r.case_type === '');
    if (!rule) continue;
    const deadline = deadlineFrom(received, rule.amount, rule.unit);
    if (best.deadline === null || deadline < best.deadline) {
      const unmoved = addPeriod(received, rule.amount, rule.unit);
      best = {
        deadline,
        basis: `${reference.short(paragraph)}${rule.case_type ? ` (${rule.case_type})` : ''}: ${unitLabel(rule.amount, rule.unit)}`,
        movedFrom: unmoved !== deadline ? (closedDayName(unmoved) ?? (isWorkingDay(unmoved) ? null : 'weekend')) : null,
      };
    }
  }
  return best;
}

/** A service's first follow-up: its type's period, else the general one, after the start. */
export function followUpDateFor(raw: Database.Database, serviceType: string, startDate: string): string {
  const rule = raw.prepare('SELECT months FROM follow_up_rules WHERE service_type = ?').get(serviceType) as { months: number } | undefined;
  const months = rule?.months ?? loadSettings(raw).followUpMonths;
  return format(addMonths(parseISO(startDate), months), 'yyyy-MM-dd');
}

/** The receipt for a written enquiry is due this many days after it was received. */
export function receiptDueFor(raw: Database.Database, received: string): string {
  return addPeriod(received, loadSettings(raw).receiptDays, 'dage');
}
