import { AppError } from '../../../../shared/api/errors';
import { formatDateTime } from '../../../../shared/domain/dates';
import { sectionsFor, type stamkortContract } from '../../../../shared/features/stamkort';
import type { Ctx, HandlersFor } from '../../context';
import { caseHead, loadStamkort, reviewDaysSetting } from './load';
import { listReminders } from './reminders';
import { diffSection, type StoredSection } from './rules';

const FUTURE = 'Datoen kan ikke ligge i fremtiden.';

const load = (ctx: Ctx, caseId: number) => loadStamkort(ctx.raw, ctx.reference, caseId, ctx.today(), ctx.maybeUser);

/** Dates that cannot lie ahead (a diagnosis made, a sibling born): refused at the field, nothing saved. */
function checkNoFutureDates(entries: Record<string, unknown>[], field: string, today: string): void {
  const fields: Record<string, string> = {};
  entries.forEach((e, i) => {
    const v = e[field];
    if (typeof v === 'string' && v > today) fields[`data.entries.${i}.${field}`] = FUTURE;
  });
  const keys = Object.keys(fields);
  if (keys.length > 0) throw new AppError('VALIDATION', `Oplysningerne kan ikke gemmes: ${FUTURE}`, fields);
}

function conflict(ctx: Ctx, citizenId: number, section: string | null): AppError {
  const row = (
    section
      ? ctx.raw.prepare('SELECT x.updated_at AS at, u.name FROM stamkort_sections x JOIN users u ON u.id = x.updated_by WHERE x.citizen_id = ? AND x.section = ?').get(citizenId, section)
      : ctx.raw.prepare('SELECT s.updated_at AS at, NULL AS name FROM stamkort s WHERE s.citizen_id = ?').get(citizenId)
  ) as { at: string; name: string | null } | undefined;
  const who = row?.name ? ` af ${row.name}` : '';
  const when = row ? ` ${formatDateTime(row.at)}` : '';
  return new AppError(
    'CONFLICT',
    `Stamkortet er ændret${who}${when}, efter du åbnede det. Din ændring er ikke gemt. Den nyeste udgave vises nu – ret igen, hvis det stadig er nødvendigt.`,
  );
}

export const stamkortHandlers: HandlersFor<typeof stamkortContract> = {
  'stamkort.get': (input, ctx) => load(ctx, input.caseId),

  'stamkort.saveSection': (input, ctx) => {
    const head = caseHead(ctx.raw, input.caseId);
    if (!sectionsFor(head.area).includes(input.section)) {
      throw new AppError('VALIDATION', 'Afsnittet findes ikke på stamkort for voksne.');
    }
    const today = ctx.today();
    const entries = input.data.entries as Record<string, unknown>[];
    if (input.section === 'diagnoses') checkNoFutureDates(entries, 'date', today);
    if (input.section === 'siblings') checkNoFutureDates(entries, 'birthDate', today);
    const raw = ctx.raw;
    const userId = ctx.user.id;
    const at = ctx.now().toISOString();
    raw.transaction(() => {
      raw.prepare('INSERT OR IGNORE INTO stamkort (citizen_id, version, updated_at) VALUES (?, 0, ?)').run(head.citizen_id, at);
      const current = raw.prepare('SELECT data, version FROM stamkort_sections WHERE citizen_id = ? AND section = ?').get(head.citizen_id, input.section) as
        | { data: string; version: number }
        | undefined;
      if ((current?.version ?? 0) !== input.version) throw conflict(ctx, head.citizen_id, input.section);
      const next: StoredSection = { none: input.data.none, entries };
      const changes = diffSection(current ? (JSON.parse(current.data) as StoredSection) : null, next);
      // Saving an unchanged section still records that it was looked at and filled in (completeness).
      if (changes.length === 0 && current) return;
      const version = (current?.version ?? 0) + 1;
      raw
        .prepare(
          `INSERT INTO stamkort_sections (citizen_id, section, data, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (citizen_id, section) DO UPDATE SET data = excluded.data, version = excluded.version, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        )
        .run(head.citizen_id, input.section, JSON.stringify(next), version, at, userId);
      const history = raw.prepare(
        'INSERT INTO stamkort_history (citizen_id, section, version, field, old_value, new_value, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const c of changes) history.run(head.citizen_id, input.section, version, c.field, c.oldValue, c.newValue, at, userId);
      raw.prepare('UPDATE stamkort SET version = version + 1, updated_at = ? WHERE citizen_id = ?').run(at, head.citizen_id);
    })();
    return load(ctx, input.caseId);
  },

  'stamkort.confirm': (input, ctx) => {
    const head = caseHead(ctx.raw, input.caseId);
    if (input.date > ctx.today()) throw new AppError('VALIDATION', `Stamkortet kan ikke markeres som gennemgået: ${FUTURE}`, { date: FUTURE });
    const raw = ctx.raw;
    const at = ctx.now().toISOString();
    const userId = ctx.user.id;
    raw.transaction(() => {
      raw.prepare('INSERT OR IGNORE INTO stamkort (citizen_id, version, updated_at) VALUES (?, 0, ?)').run(head.citizen_id, at);
      const card = raw.prepare('SELECT version FROM stamkort WHERE citizen_id = ?').get(head.citizen_id) as { version: number };
      if (card.version !== input.version) throw conflict(ctx, head.citizen_id, null);
      raw.prepare('INSERT INTO stamkort_confirmations (citizen_id, confirmed_on, confirmed_at, confirmed_by) VALUES (?, ?, ?, ?)').run(head.citizen_id, input.date, at, userId);
      raw
        .prepare('UPDATE stamkort SET version = version + 1, confirmed_on = ?, confirmed_at = ?, confirmed_by = ?, updated_at = ? WHERE citizen_id = ?')
        .run(input.date, at, userId, at, head.citizen_id);
    })();
    return load(ctx, input.caseId);
  },

  'stamkort.history': (input, ctx) => {
    const head = caseHead(ctx.raw, input.caseId);
    const rows = ctx.raw
      .prepare(
        `SELECT h.id, h.changed_at AS changedAt, u.name AS changedBy, h.field, h.old_value AS oldValue, h.new_value AS newValue
         FROM stamkort_history h JOIN users u ON u.id = h.changed_by
         WHERE h.citizen_id = ? AND h.section = ? ORDER BY h.id DESC LIMIT ? OFFSET ?`,
      )
      .all(head.citizen_id, input.section, input.limit, input.offset) as {
      id: number;
      changedAt: string;
      changedBy: string;
      field: string;
      oldValue: string;
      newValue: string;
    }[];
    const total = (ctx.raw.prepare('SELECT count(*) AS n FROM stamkort_history WHERE citizen_id = ? AND section = ?').get(head.citizen_id, input.section) as { n: number }).n;
    return { rows, total };
  },

  'stamkort.reminders': (input, ctx) => listReminders(ctx.raw, ctx.user.id, ctx.today(), input.offset, input.limit),

  'stamkort.settings': (_input, ctx) => ({ reviewDays: reviewDaysSetting(ctx.raw) }),

  'stamkort.updateSettings': (input, ctx) => {
    ctx.raw.prepare("INSERT OR REPLACE INTO register_info (key, value) VALUES ('stamkort_review_days', ?)").run(String(input.reviewDays));
    return { reviewDays: input.reviewDays };
  },
};
